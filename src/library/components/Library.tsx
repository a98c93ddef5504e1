/**
 * The notes library page: search and filter every saved note, group them by article or by entity,
 * edit, delete with undo, export a selection or everything, and import files with a report.
 * All data comes from the background through `api` (notes messages); all text is rendered as text.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { NotesFacets } from '../../core/notes/search-index.ts';
import type { ExportFile, ExportFormat, Note, NoteLayer, NotePatch, NotesQuery } from '../../core/notes/types.ts';
import type { NotesCall } from '../api.ts';
import { groupNotes, safeHref, type GroupBy } from '../group-notes.ts';
import { askPersistence } from '../persist.ts';
import { ActionsBar } from './ActionsBar.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { NoteCard } from './NoteCard.tsx';
import { NO_FILTERS, SearchFilters, type Filters } from './SearchFilters.tsx';

/** Notes shown at once; the rest are reached by narrowing the search. */
const PAGE = 200;

function toQuery(f: Filters, limit: number): NotesQuery {
  const q: NotesQuery = { limit };
  if (f.text.trim()) q.text = f.text.trim();
  if (f.site) q.site = f.site;
  if (f.tag) q.tag = f.tag;
  if (f.entity) q.entity = f.entity;
  if (f.layer) q.layer = f.layer as NoteLayer;
  if (f.from) q.from = f.from;
  if (f.to) q.to = f.to;
  return q;
}

/** Hands a file to the browser's download (the object URL is ours; the content is data, not markup). */
function download(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function Library({ api }: { api: NotesCall }) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [groupBy, setGroupBy] = useState<GroupBy>('article');
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [more, setMore] = useState(false);
  const [facets, setFacets] = useState<NotesFacets | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [undo, setUndo] = useState<Note[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);
  const [evictable, setEvictable] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const latest = useRef(0);

  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    void askPersistence(api).then((state) => setEvictable(state.supported && !state.persisted));
  }, [api]);

  useEffect(() => {
    void api('notes.facets', {}).then(setFacets, fail);
  }, [api, version]);

  useEffect(() => {
    const ticket = ++latest.current;
    // Typing waits a moment; other filter changes apply at once.
    const timer = setTimeout(() => {
      api('notes.list', { query: toQuery(filters, limit) }).then((page) => {
        if (ticket !== latest.current) return; // an older answer arriving late
        setNotes(page.notes);
        setMore(page.more);
        setError('');
      }, fail);
    }, filters.text ? 150 : 0);
    return () => clearTimeout(timer);
  }, [api, filters, version, limit]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key === '/' && !target?.closest('input, textarea, select')) {
        e.preventDefault();
        document.getElementById('q')?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const groups = useMemo(() => groupNotes(notes ?? [], groupBy), [notes, groupBy]);
  const shownIds = useMemo(() => (notes ?? []).map((n) => n.id), [notes]);

  const select = (id: string, on: boolean) => setSelected((s) => {
    const next = new Set(s);
    if (on) next.add(id); else next.delete(id);
    return next;
  });

  const run = async (what: () => Promise<void>) => {
    setBusy(true);
    try {
      await what();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const remove = (ids: string[]) => run(async () => {
    const { deleted } = await api('notes.delete', { ids });
    setUndo(deleted);
    setSelected((s) => new Set([...s].filter((id) => !ids.includes(id))));
    setStatus(`Deleted ${deleted.length} note${deleted.length === 1 ? '' : 's'}.`);
    refresh();
  });

  const restore = () => run(async () => {
    if (!undo) return;
    const { restored } = await api('notes.restore', { notes: undo });
    setUndo(null);
    setStatus(`Restored ${restored} note${restored === 1 ? '' : 's'}.`);
    refresh();
  });

  const save = async (id: string, patch: NotePatch) => {
    try {
      await api('notes.update', { id, patch });
      setStatus('Note saved.');
      refresh();
    } catch (e) {
      fail(e);
      throw e;
    }
  };

  const exportNotes = (format: ExportFormat, selectedOnly: boolean) => run(async () => {
    const file = await api('notes.export', selectedOnly ? { format, ids: [...selected] } : { format });
    download(file);
    setStatus(`Exported ${file.filename}.`);
  });

  const importText = async (text: string) => {
    const report = await api('notes.import', { text });
    refresh();
    return report;
  };

  return (
    <div class="library">
      <header>
        <h1>Your notes</h1>
        <p class="muted">{facets ? `${facets.total} notes, kept on this computer only.` : 'Loading…'} Press / to search.</p>
        {evictable && (
          <p class="notice">This browser has not promised to keep Lede's data when disk space runs low. Export a Lede JSON backup now and then.</p>
        )}
      </header>
      <SearchFilters filters={filters} facets={facets} groupBy={groupBy} onChange={(f) => { setFilters(f); setLimit(PAGE); }} onGroupBy={setGroupBy} />
      <ActionsBar shown={shownIds.length} selected={selected.size} busy={busy}
        allShownSelected={shownIds.length > 0 && shownIds.every((id) => selected.has(id))}
        onSelectAll={(on) => setSelected(on ? new Set([...selected, ...shownIds]) : new Set())}
        onExport={(format, only) => void exportNotes(format, only)}
        onDeleteSelected={() => void remove([...selected])} />
      <div class="messages">
        <p role="status" aria-live="polite">
          {status}{' '}
          {undo && undo.length > 0 && <button type="button" class="link" onClick={() => void restore()}>Undo</button>}
        </p>
        {error && <p role="alert" class="error">{error}</p>}
      </div>
      <main aria-label="Notes">
        {notes === null ? <p>Loading your notes…</p> : notes.length === 0 ? (
          <p class="empty">{facets?.total ? 'No note matches this search.' : 'No notes yet. Select text on an article and press “Save note” in Lede\'s card.'}</p>
        ) : groups.map((g) => {
          const href = g.url ? safeHref(g.url) : null;
          return (
            <section class="group" key={g.key} aria-label={g.title}>
              <h2>{href ? <a href={href} target="_blank" rel="noopener noreferrer">{g.title}</a> : g.title}</h2>
              <p class="muted">{g.subtitle}</p>
              {g.notes.map((n) => (
                <NoteCard key={`${g.key}/${n.id}`} note={n} selected={selected.has(n.id)} showSource={groupBy !== 'article'}
                  onSelect={select} onSave={save} onDelete={(ids) => void remove(ids)} />
              ))}
            </section>
          );
        })}
        {more && (
          <p class="muted">
            Showing the newest {notes?.length ?? 0}.{' '}
            <button type="button" onClick={() => setLimit((l) => l + PAGE)}>Show {PAGE} more</button>
          </p>
        )}
      </main>
      <ImportPanel onImport={importText} />
    </div>
  );
}
