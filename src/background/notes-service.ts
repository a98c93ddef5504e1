/**
 * The notes operations behind the background router: plain async functions over the notes database.
 * Every failure comes out as an Error whose message can be shown to the reader as is (storage errors
 * are put in words by notes-db.ts). `createNotesService` binds them to one database for
 * `handleNotesRequest` (src/shared/notes-protocol.ts).
 */
import { canonicalizeUrl } from '../core/notes/canonical-url.ts';
import { exportNotesAs } from '../core/notes/export.ts';
import { parseImport } from '../core/notes/import.ts';
import { SearchIndex, type NotesFacets } from '../core/notes/search-index.ts';
import type { ExportFile, ExportFormat, ImportReport, Note, NoteDraft, NotePatch, NotesQuery } from '../core/notes/types.ts';
import { noteFromDraft, sameNoteKey, validateNote } from '../core/notes/validate.ts';
import type { NotesPage, NotesService, PersistState } from '../shared/notes-protocol.ts';
import { fromRow, guarded, importIntoDb, NotesStorageError, toRow, type NoteRow, type NotesDb } from './notes-db.ts';

/** Test seams: the clock and the id maker. */
export interface ServiceDeps {
  now?: () => Date;
  newId?: () => string;
  storage?: Pick<StorageManager, 'persist' | 'persisted'> | null;
}

export const DEFAULT_LIMIT = 500;
export const MAX_LIMIT = 20_000;

const nowIso = (deps: ServiceDeps) => (deps.now ? deps.now() : new Date()).toISOString();
const newId = (deps: ServiceDeps) => (deps.newId ? deps.newId() : crypto.randomUUID());
const newestFirst = (a: Note, b: Note) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1);

/** Saves a new note. Saving the same note twice (same page, text and words) returns the first one. */
export async function saveNote(db: NotesDb, draft: NoteDraft, deps: ServiceDeps = {}): Promise<Note> {
  const checked = noteFromDraft(draft, newId(deps), nowIso(deps));
  if (!checked.ok) throw new Error(`This note cannot be saved: ${checked.reason}.`);
  const note = checked.value;
  return guarded(() => db.transaction('rw', db.notes, async () => {
    const key = sameNoteKey(note);
    const twin = (await db.notes.where('canonicalUrl').equals(note.canonicalUrl).toArray()).find((r) => sameNoteKey(r) === key);
    if (twin) return fromRow(twin);
    await db.notes.add(toRow(note));
    return note;
  }).then(async (saved) => {
    await reindex(db, [saved]);
    return saved;
  }));
}

/** Changes a note's words, tags, layer or entities, and its `updatedAt`. */
export async function updateNote(db: NotesDb, id: string, patch: NotePatch, deps: ServiceDeps = {}): Promise<Note> {
  return guarded(() => db.transaction('rw', db.notes, async () => {
    const row = await db.notes.get(id);
    if (!row) throw new NotesStorageError('That note no longer exists; it may have been deleted in another window.');
    const merged = { ...fromRow(row), ...definedFields(patch), updatedAt: nowIso(deps) };
    const checked = validateNote(merged);
    if (!checked.ok) throw new NotesStorageError(`This change cannot be saved: ${checked.reason}.`);
    await db.notes.put(toRow(checked.value));
    return checked.value;
  }).then(async (note) => {
    await reindex(db, [note]);
    return note;
  }));
}

function definedFields(patch: NotePatch): NotePatch {
  const out: NotePatch = {};
  if (patch.body !== undefined) out.body = patch.body;
  if (patch.tags !== undefined) out.tags = patch.tags;
  if (patch.layer !== undefined) out.layer = patch.layer;
  if (patch.entities !== undefined) out.entities = patch.entities;
  return out;
}

/** Deletes notes and returns them as they were, for `restoreNotes` to undo. */
export async function deleteNotes(db: NotesDb, ids: string[]): Promise<Note[]> {
  return guarded(() => db.transaction('rw', db.notes, async () => {
    const rows = (await db.notes.bulkGet(ids)).filter((r): r is NoteRow => r !== undefined);
    await db.notes.bulkDelete(rows.map((r) => r.id));
    return rows.map(fromRow);
  }).then(async (deleted) => {
    await reindex(db, [], deleted.map((n) => n.id));
    return deleted;
  }));
}

/** Puts deleted notes back exactly as they were (undo). */
export async function restoreNotes(db: NotesDb, notes: Note[]): Promise<{ restored: number }> {
  const valid: Note[] = [];
  for (const n of notes) {
    const checked = validateNote(n);
    if (!checked.ok) throw new Error(`A note cannot be restored: ${checked.reason}.`);
    valid.push(checked.value);
  }
  await guarded(() => db.transaction('rw', db.notes, () => db.notes.bulkPut(valid.map(toRow))));
  await reindex(db, valid);
  return { restored: valid.length };
}

/** One search index per open database, built on first use (see core/notes/search-index.ts). */
const indexes = new WeakMap<NotesDb, Promise<SearchIndex>>();

function indexFor(db: NotesDb): Promise<SearchIndex> {
  let built = indexes.get(db);
  if (!built) {
    built = db.notes.toArray().then((rows) => {
      const index = new SearchIndex();
      for (const row of rows) index.upsert(row);
      return index;
    });
    built.catch(() => indexes.delete(db)); // a failed build is retried by the next query
    indexes.set(db, built);
  }
  return built;
}

/** Keeps an already built index in step with a write that has committed. */
async function reindex(db: NotesDb, put: readonly Note[], removed: readonly string[] = []): Promise<void> {
  const built = indexes.get(db);
  if (!built) return;
  try {
    const index = await built;
    for (const id of removed) index.remove(id);
    for (const note of put) index.upsert(note);
  } catch {
    // the index failed to build; it will be rebuilt from the database
  }
}

/** Forgets the search index (tests that write around the service, or after an error). */
export function dropSearchIndex(db: NotesDb): void {
  indexes.delete(db);
}

async function bulkRows(db: NotesDb, ids: string[]): Promise<NoteRow[]> {
  return (await db.notes.bulkGet(ids)).filter((r): r is NoteRow => r !== undefined);
}

async function rowsForUrl(db: NotesDb, url: string, canonicalHref?: string | null): Promise<NoteRow[]> {
  const keys = [...new Set([canonicalizeUrl(url), canonicalizeUrl(url, canonicalHref)])];
  const [byUrl, byCanonical] = await Promise.all([
    db.notes.where('url').equals(url).toArray(),
    db.notes.where('canonicalUrl').anyOf(keys).toArray(),
  ]);
  const seen = new Map<string, NoteRow>();
  for (const r of [...byUrl, ...byCanonical]) seen.set(r.id, r);
  return [...seen.values()];
}

/** Notes matching every filter of the query, newest first, at most `limit`. */
export async function listNotes(db: NotesDb, query: NotesQuery): Promise<NotesPage> {
  const limit = Math.min(MAX_LIMIT, query.limit ?? DEFAULT_LIMIT);
  return guarded(async () => {
    const { notes, more } = (await indexFor(db)).search(query, limit);
    return { notes, more };
  });
}

/** The notes taken on a page (by its address or its canonical address), oldest first. */
export async function notesForUrl(db: NotesDb, url: string, canonicalHref?: string | null): Promise<Note[]> {
  return guarded(async () => (await rowsForUrl(db, url, canonicalHref)).map(fromRow).sort((a, b) => -newestFirst(a, b)));
}

/** Sites, tags and entities in the library with counts. */
export async function notesFacets(db: NotesDb): Promise<NotesFacets> {
  return guarded(async () => (await indexFor(db)).facets());
}

/** Exports the given notes, or all of them. */
export async function exportNotes(db: NotesDb, format: ExportFormat, ids?: string[], deps: ServiceDeps = {}): Promise<ExportFile> {
  const rows = await guarded(() => (ids ? bulkRows(db, ids) : db.notes.toArray()));
  return exportNotesAs(format, rows.map(fromRow), nowIso(deps));
}

/** Imports a file's text: record-by-record report, one transaction, nothing stored changes. */
export async function importNotes(db: NotesDb, text: string): Promise<ImportReport> {
  const parsed = parseImport(text);
  const report = await importIntoDb(db, parsed);
  // Which notes were skipped as duplicates is the database's call: rebuild rather than guess.
  if (report.imported > 0) dropSearchIndex(db);
  return report;
}

/** Asks the browser not to evict the notes under storage pressure (navigator.storage.persist). */
export async function requestPersistence(deps: ServiceDeps = {}): Promise<PersistState> {
  const storage = deps.storage === undefined ? globalThis.navigator?.storage : deps.storage;
  if (!storage || typeof storage.persist !== 'function') return { supported: false, persisted: false };
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return { supported: true, persisted: true };
    return { supported: true, persisted: await storage.persist() };
  } catch {
    return { supported: true, persisted: false };
  }
}

/** The notes operations bound to one database, as `handleNotesRequest` expects them. */
export function createNotesService(db: NotesDb, deps: ServiceDeps = {}): NotesService {
  return {
    saveNote: (draft) => saveNote(db, draft, deps),
    updateNote: (id, patch) => updateNote(db, id, patch, deps),
    deleteNotes: (ids) => deleteNotes(db, ids),
    restoreNotes: (notes) => restoreNotes(db, notes),
    listNotes: (query) => listNotes(db, query),
    notesForUrl: (url, canonicalHref) => notesForUrl(db, url, canonicalHref),
    facets: () => notesFacets(db),
    exportNotes: (format, ids) => exportNotes(db, format, ids, deps),
    importNotes: (text) => importNotes(db, text),
    requestPersistence: () => requestPersistence(deps),
  };
}
