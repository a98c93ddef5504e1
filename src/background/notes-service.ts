/**
 * The notes operations behind the background router: plain async functions over the notes database.
 * Every failure comes out as an Error whose message can be shown to the reader as is (storage errors
 * are put in words by notes-db.ts). `createNotesService` binds them to one database for
 * `handleNotesRequest` (src/shared/notes-protocol.ts).
 */
import { canonicalizeUrl } from '../core/notes/canonical-url.ts';
import { exportNotesAs } from '../core/notes/export.ts';
import { parseImport } from '../core/notes/import.ts';
import { dateUpperBound, matchesQuery, queryWords } from '../core/notes/search-words.ts';
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
  return { restored: valid.length };
}

/** Ids of notes having a word that starts with each query word (intersection), via the words index. */
async function idsForWords(db: NotesDb, words: string[]): Promise<Set<string>> {
  let ids: Set<string> | null = null;
  for (const word of words) {
    const keys = (await db.notes.where('words').startsWith(word).primaryKeys()) as string[];
    const next: Set<string> = new Set(ids ? keys.filter((k) => ids!.has(k)) : keys);
    ids = next;
    if (ids.size === 0) break;
  }
  return ids ?? new Set();
}

/** Rows that might match, read through the most selective index the query names. */
async function candidates(db: NotesDb, q: NotesQuery, limit: number): Promise<{ rows: NoteRow[]; complete: boolean }> {
  const words = queryWords(q.text);
  if (words.length) return { rows: await bulkRows(db, [...(await idsForWords(db, words))]), complete: true };
  if (q.url) return { rows: await rowsForUrl(db, q.url), complete: true };
  if (q.entity) return { rows: await db.notes.where('entities').equals(q.entity).toArray(), complete: true };
  if (q.tag) return { rows: await db.notes.where('tags').equals(q.tag).toArray(), complete: true };
  if (q.site) return { rows: await db.notes.where('site').equals(q.site).toArray(), complete: true };
  // No narrowing index: walk newest first and stop once the page is full.
  const range = q.from || q.to
    ? db.notes.where('createdAt').between(q.from ?? '', q.to ? dateUpperBound(q.to) : '\uffff', true, true)
    : db.notes.orderBy('createdAt');
  const rows = await range.reverse().filter((r) => matchesQuery(r, q, r.words)).limit(limit + 1).toArray();
  return { rows, complete: false };
}

async function bulkRows(db: NotesDb, ids: string[]): Promise<NoteRow[]> {
  return (await db.notes.bulkGet(ids)).filter((r): r is NoteRow => r !== undefined);
}

async function rowsForUrl(db: NotesDb, url: string): Promise<NoteRow[]> {
  const [byUrl, byCanonical] = await Promise.all([
    db.notes.where('url').equals(url).toArray(),
    db.notes.where('canonicalUrl').equals(canonicalizeUrl(url)).toArray(),
  ]);
  const seen = new Map<string, NoteRow>();
  for (const r of [...byUrl, ...byCanonical]) seen.set(r.id, r);
  return [...seen.values()];
}

/** Notes matching every filter of the query, newest first, at most `limit`. */
export async function listNotes(db: NotesDb, query: NotesQuery): Promise<NotesPage> {
  const limit = Math.min(MAX_LIMIT, query.limit ?? DEFAULT_LIMIT);
  return guarded(async () => {
    const { rows, complete } = await candidates(db, query, limit);
    const matching = complete ? rows.filter((r) => matchesQuery(r, query, r.words)) : rows;
    const notes = matching.map(fromRow).sort(newestFirst);
    return { notes: notes.slice(0, limit), more: notes.length > limit };
  });
}

/** The notes taken on a page (by its address or its canonical address), in reading order when known. */
export async function notesForUrl(db: NotesDb, url: string): Promise<Note[]> {
  return guarded(async () => (await rowsForUrl(db, url)).map(fromRow).sort((a, b) => -newestFirst(a, b)));
}

/** Exports the given notes, or all of them. */
export async function exportNotes(db: NotesDb, format: ExportFormat, ids?: string[], deps: ServiceDeps = {}): Promise<ExportFile> {
  const rows = await guarded(() => (ids ? bulkRows(db, ids) : db.notes.toArray()));
  return exportNotesAs(format, rows.map(fromRow), nowIso(deps));
}

/** Imports a file's text: record-by-record report, one transaction, nothing stored changes. */
export async function importNotes(db: NotesDb, text: string): Promise<ImportReport> {
  return importIntoDb(db, parseImport(text));
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
    notesForUrl: (url) => notesForUrl(db, url),
    exportNotes: (format, ids) => exportNotes(db, format, ids, deps),
    importNotes: (text) => importNotes(db, text),
    requestPersistence: () => requestPersistence(deps),
  };
}
