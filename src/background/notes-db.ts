/**
 * The notes database: Dexie over IndexedDB in the extension's origin, owned by the background.
 * The schema is a public contract (style.md §8): a shipped `version(n)` block is never edited; a change
 * is a new version with the full store list and an `upgrade()` when rows change shape, plus a test in
 * notes-db.test.ts that opens the old version with real-looking rows and reopens at the new one.
 *
 *   v1  notes: id, url, canonicalUrl, site, layer, *tags, *entities, createdAt, updatedAt
 *   v2  + *words: the note's search words (core/notes/search-words.ts), derived from v1 rows on upgrade
 */
import Dexie, { type EntityTable } from 'dexie';
import type { ImportReport, Note } from '../core/notes/types.ts';
import type { ParsedImport } from '../core/notes/import.ts';
import { plainNote } from '../core/notes/lede-json.ts';
import { searchWords } from '../core/notes/search-words.ts';
import { sameNoteKey } from '../core/notes/validate.ts';

export const DB_NAME = 'lede';
export const LATEST_VERSION = 2;

/** Store definitions by version. Append only. */
export const SCHEMA: Readonly<Record<number, Record<string, string>>> = {
  1: { notes: 'id, url, canonicalUrl, site, layer, *tags, *entities, createdAt, updatedAt' },
  2: { notes: 'id, url, canonicalUrl, site, layer, *tags, *entities, createdAt, updatedAt, *words' },
};

/** A stored note: the Note plus fields the database derives for its indexes. */
export interface NoteRow extends Note {
  words: string[];
}

export type NotesDb = Dexie & { notes: EntityTable<NoteRow, 'id'> };

export interface OpenOptions {
  name?: string;
  /** Declare versions up to this one only (tests open old versions to check migrations). */
  version?: number;
  /** Test seams: another IndexedDB implementation (fake-indexeddb, a failing one). */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The v2 search words of any row, even one missing fields (old or hand-edited rows must not stop the upgrade). */
export function wordsOfRow(row: Record<string, unknown>): string[] {
  return searchWords({
    exact: text(row.exact), body: text(row.body), title: text(row.title), site: text(row.site),
    tags: strings(row.tags), entities: strings(row.entities),
  });
}

/** The row to store for a note. */
export function toRow(note: Note): NoteRow {
  return { ...plainNote(note), words: searchWords(note) };
}

/** The note inside a row, without derived fields. */
export function fromRow(row: NoteRow): Note {
  return plainNote(row);
}

/** A Dexie handle for the notes database with every version up to `options.version` declared. */
export function openNotesDb(options: OpenOptions = {}): NotesDb {
  const { name = DB_NAME, version = LATEST_VERSION } = options;
  const deps = options.indexedDB ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange } : {};
  const db = new Dexie(name, deps) as NotesDb;
  db.version(1).stores(SCHEMA[1]!);
  if (version >= 2) {
    db.version(2).stores(SCHEMA[2]!).upgrade((tx) =>
      tx.table('notes').toCollection().modify((row: Record<string, unknown>) => {
        row.words = wordsOfRow(row);
      }));
  }
  return db;
}

function errorNames(e: unknown): string[] {
  const names: string[] = [];
  for (let cur: unknown = e, depth = 0; cur && typeof cur === 'object' && depth < 5; depth++) {
    const { name, inner } = cur as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    cur = inner;
  }
  return names;
}

/** A storage failure in words a reader can act on. */
export function describeStorageError(e: unknown): string {
  const names = errorNames(e);
  const message = e instanceof Error ? e.message : String(e);
  if (names.includes('QuotaExceededError') || /quota/i.test(message)) {
    return 'The disk or the browser\'s storage space is full, so the notes could not be saved. Nothing was changed. Free some disk space and try again.';
  }
  // Firefox private windows (before 115) refused IndexedDB with InvalidStateError "...did not allow mutations".
  if (names.includes('MissingAPIError') || /indexedDB API (missing|not found)|IndexedDB.*(unavailable|not available)|did not allow mutations/i.test(message)) {
    return 'This window cannot store notes: the browser\'s database (IndexedDB) is unavailable here, as in some private windows. Open Lede in a normal window.';
  }
  if (names.includes('VersionError')) {
    return 'The notes database was made by a newer Lede. Update Lede; your notes were not changed.';
  }
  if (names.includes('UpgradeError')) {
    return 'Updating the notes database failed, so it was left as it was and no note was lost. Reload Lede to try again.';
  }
  if (names.includes('DatabaseClosedError') || names.includes('InvalidStateError')) {
    return 'The notes database is closed or unavailable right now. Try again; if it keeps failing, restart the browser.';
  }
  return `The notes database failed: ${message}`;
}

/** Thrown by the notes functions with a message fit to show the reader. */
export class NotesStorageError extends Error {
  override name = 'NotesStorageError';
}

/** Runs a database operation, turning storage failures into a NotesStorageError with a plain message. */
export async function guarded<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    if (e instanceof NotesStorageError) throw e;
    throw new NotesStorageError(describeStorageError(e));
  }
}

/**
 * Writes the accepted notes of an import in one transaction: all of them or, if anything fails, none.
 * Notes whose id is taken, or that repeat a stored note (same page, quote and words), are skipped as
 * duplicates; stored notes are never modified.
 */
export async function importIntoDb(db: NotesDb, parsed: ParsedImport): Promise<ImportReport> {
  if (parsed.report.error) return { ...parsed.report };
  return guarded(() => db.transaction('rw', db.notes, async () => {
    const incoming = parsed.notes;
    const taken = new Set((await db.notes.where('id').anyOf(incoming.map((n) => n.id)).primaryKeys()) as string[]);
    const urls = [...new Set(incoming.map((n) => n.canonicalUrl))];
    const keys = new Set((await db.notes.where('canonicalUrl').anyOf(urls).toArray()).map(sameNoteKey));
    const fresh = incoming.filter((n) => !taken.has(n.id) && !keys.has(sameNoteKey(n)));
    await db.notes.bulkAdd(fresh.map(toRow));
    return {
      ...parsed.report,
      imported: fresh.length,
      duplicates: parsed.report.duplicates + incoming.length - fresh.length,
    };
  }));
}
