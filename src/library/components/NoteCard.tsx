/** One note: the quote, the reader's words, tags and where it came from; editable in place. */
import { useState } from 'preact/hooks';
import { NOTE_LAYERS, type Note, type NoteLayer, type NotePatch } from '../../core/notes/types.ts';
import { parseTags } from '../group-notes.ts';

interface Props {
  note: Note;
  selected: boolean;
  showSource: boolean;
  onSelect(id: string, on: boolean): void;
  onSave(id: string, patch: NotePatch): Promise<void>;
  onDelete(ids: string[]): void;
}

const snippet = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

function Editor({ note, onSave, onCancel }: { note: Note; onSave(patch: NotePatch): Promise<void>; onCancel(): void }) {
  const [body, setBody] = useState(note.body);
  const [tags, setTags] = useState(note.tags.join(', '));
  const [layer, setLayer] = useState<NoteLayer>(note.layer);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      await onSave({ body, tags: parseTags(tags), layer });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="editor" onSubmit={(e) => { e.preventDefault(); void save(); }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
      }}>
      <label class="field" for={`body-${note.id}`}><span>Your note</span>
        <textarea id={`body-${note.id}`} rows={4} value={body} autoFocus onInput={(e) => setBody((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <label class="field" for={`tags-${note.id}`}><span>Tags, separated by commas</span>
        <input id={`tags-${note.id}`} value={tags} onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <label class="field" for={`layer-${note.id}`}><span>Kind</span>
        <select id={`layer-${note.id}`} value={layer} onChange={(e) => setLayer((e.currentTarget as HTMLSelectElement).value as NoteLayer)}>
          {NOTE_LAYERS.map((l) => <option key={l} value={l}>{l}</option>)}
        </select>
      </label>
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>Save</button>
        <button type="button" onClick={onCancel}>Cancel</button>
        <span class="muted">Ctrl+Enter saves, Escape cancels</span>
      </div>
    </form>
  );
}

export function NoteCard({ note, selected, showSource, onSelect, onSave, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const label = snippet(note.exact);
  const href = /^https?:\/\//i.test(note.url) ? note.url : null;
  return (
    <article class={`note${selected ? ' selected' : ''}`} aria-label={`Note on “${label}”`}>
      <div class="note-head">
        <input type="checkbox" checked={selected} aria-label={`Select the note on “${label}”`}
          onChange={(e) => onSelect(note.id, (e.currentTarget as HTMLInputElement).checked)} />
        <span class={`chip chip-${note.layer}`}>{note.layer}</span>
        <time dateTime={note.createdAt} class="muted">{note.createdAt.slice(0, 10)}</time>
        {note.entities.length > 0 && <span class="muted">about {note.entities.join(', ')}</span>}
      </div>
      <blockquote>{note.exact}</blockquote>
      {showSource && (
        <p class="source muted">
          {href ? <a href={href} target="_blank" rel="noopener noreferrer">{note.title || note.url}</a> : <span>{note.title || note.url}</span>}
          {note.site && ` · ${note.site}`}
        </p>
      )}
      {editing ? (
        <Editor note={note} onCancel={() => setEditing(false)} onSave={async (patch) => { await onSave(note.id, patch); setEditing(false); }} />
      ) : (
        <>
          {note.body && <p class="body">{note.body}</p>}
          {note.tags.length > 0 && <ul class="tags" aria-label="Tags">{note.tags.map((t) => <li key={t}>#{t}</li>)}</ul>}
          <div class="row">
            <button type="button" onClick={() => setEditing(true)} aria-label={`Edit the note on “${label}”`}>Edit</button>
            <button type="button" class="danger" onClick={() => onDelete([note.id])} aria-label={`Delete the note on “${label}”`}>Delete</button>
          </div>
        </>
      )}
    </article>
  );
}
