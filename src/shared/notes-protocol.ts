/**
 * The notes messages, spoken by the content script, popup and library to the background, which owns
 * the database. One typed map gives each message's request and response; `isNotesRequest` checks raw
 * messages where they arrive and rejects anything malformed; `handleNotesRequest` dispatches to the
 * notes service and always answers with serializable data (`Error` objects do not survive cloning).
 */
import {
  EXPORT_FORMATS, type ExportFile, type ExportFormat, type ImportReport, type Note, type NoteDraft,
  type NotePatch, type NotesQuery,
} from '../core/notes/types.ts';
import type { NotesFacets } from '../core/notes/search-index.ts';
import { checkSelectors, isLayer, LIMITS, validateNote } from '../core/notes/validate.ts';

/** One page of notes; `more` says that the limit cut the list. */
export interface NotesPage {
  notes: Note[];
  more: boolean;
}

export interface PersistState {
  /** False where the browser has no `navigator.storage.persist`. */
  supported: boolean;
  persisted: boolean;
}

/** Every notes message: its request payload (besides `lede` and `type`) and its response value. */
export interface NotesMessages {
  'notes.save': { request: { draft: NoteDraft }; response: Note };
  'notes.update': { request: { id: string; patch: NotePatch }; response: Note };
  /** Returns the deleted notes, which `notes.restore` takes back to undo. */
  'notes.delete': { request: { ids: string[] }; response: { deleted: Note[] } };
  'notes.restore': { request: { notes: Note[] }; response: { restored: number } };
  'notes.list': { request: { query: NotesQuery }; response: NotesPage };
  /** A page's notes, by its address or canonical address (`canonicalHref` = its <link rel=canonical>). */
  'notes.forUrl': { request: { url: string; canonicalHref?: string | null }; response: Note[] };
  /** Sites, tags and entities in the library with counts, for the filters. */
  'notes.facets': { request: Record<string, never>; response: NotesFacets };
  'notes.export': { request: { format: ExportFormat; ids?: string[] }; response: ExportFile };
  'notes.import': { request: { text: string }; response: ImportReport };
  'notes.persist': { request: Record<string, never>; response: PersistState };
}

export type NotesType = keyof NotesMessages;
export type NotesRequest<K extends NotesType = NotesType> = K extends NotesType
  ? { lede: 1; type: K } & NotesMessages[K]['request']
  : never;
export type NotesResponse<K extends NotesType> = NotesMessages[K]['response'];
export type { NotesFacets };
export type NotesResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** What the background must provide to answer notes messages (src/background/notes-service.ts). */
export interface NotesService {
  saveNote(draft: NoteDraft): Promise<Note>;
  updateNote(id: string, patch: NotePatch): Promise<Note>;
  deleteNotes(ids: string[]): Promise<Note[]>;
  restoreNotes(notes: Note[]): Promise<{ restored: number }>;
  listNotes(query: NotesQuery): Promise<NotesPage>;
  notesForUrl(url: string, canonicalHref?: string | null): Promise<Note[]>;
  facets(): Promise<NotesFacets>;
  exportNotes(format: ExportFormat, ids?: string[]): Promise<ExportFile>;
  importNotes(text: string): Promise<ImportReport>;
  requestPersistence(): Promise<PersistState>;
}

/** Builds a notes message, so callers never spell the envelope by hand. */
export function notesRequest<K extends NotesType>(type: K, payload: NotesMessages[K]['request']): NotesRequest<K> {
  return { ...payload, lede: 1, type } as NotesRequest<K>;
}

/** Most notes one message may name or carry (a whole library is ~10,000). */
export const MAX_IDS = 100_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const optString = (v: unknown, max: number) => v === undefined || (typeof v === 'string' && v.length <= max);
const optStrings = (v: unknown, maxItems: number, max: number) =>
  v === undefined || (Array.isArray(v) && v.length <= maxItems && v.every((s) => typeof s === 'string' && s.length <= max));
const isId = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= LIMITS.id;

function isDraft(v: unknown): v is NoteDraft {
  return isObject(v) && typeof v.url === 'string' && v.url.length > 0 && v.url.length <= LIMITS.url &&
    (v.canonicalHref === null || optString(v.canonicalHref, LIMITS.url)) &&
    optString(v.title, LIMITS.title) && optString(v.site, LIMITS.title) && isLayer(v.layer) &&
    checkSelectors(v.selectors).ok && optStrings(v.entities, LIMITS.entities, LIMITS.entity) &&
    optString(v.body, LIMITS.body) && optStrings(v.tags, LIMITS.tags, LIMITS.tag);
}

function isPatch(v: unknown): v is NotePatch {
  return isObject(v) && optString(v.body, LIMITS.body) && optStrings(v.tags, LIMITS.tags, LIMITS.tag) &&
    (v.layer === undefined || isLayer(v.layer)) && optStrings(v.entities, LIMITS.entities, LIMITS.entity);
}

function isQuery(v: unknown): v is NotesQuery {
  if (!isObject(v)) return false;
  const short = ['text', 'site', 'tag', 'entity', 'from', 'to'].every((k) => optString(v[k], 1000));
  return short && optString(v.url, LIMITS.url) && (v.layer === undefined || isLayer(v.layer)) &&
    (v.limit === undefined || (Number.isSafeInteger(v.limit) && (v.limit as number) > 0));
}

const isIds = (v: unknown) => Array.isArray(v) && v.length <= MAX_IDS && v.every(isId);

const CHECKS: { [K in NotesType]: (m: Record<string, unknown>) => boolean } = {
  'notes.save': (m) => isDraft(m.draft),
  'notes.update': (m) => isId(m.id) && isPatch(m.patch),
  'notes.delete': (m) => isIds(m.ids),
  'notes.restore': (m) => Array.isArray(m.notes) && m.notes.length <= MAX_IDS && m.notes.every((n) => validateNote(n).ok),
  'notes.list': (m) => isQuery(m.query),
  'notes.forUrl': (m) => typeof m.url === 'string' && m.url.length <= LIMITS.url &&
    (m.canonicalHref === null || optString(m.canonicalHref, LIMITS.url)),
  'notes.facets': () => true,
  'notes.export': (m) => (EXPORT_FORMATS as readonly unknown[]).includes(m.format) && (m.ids === undefined || isIds(m.ids)),
  // Any size: the importer refuses an oversized file with a message the reader sees, without parsing it.
  'notes.import': (m) => typeof m.text === 'string',
  'notes.persist': () => true,
};

/**
 * What a content script may ask: save a note and read its own page's notes. Reading the whole library,
 * editing, deleting, importing and exporting belong to Lede's own pages (popup, library), so a content
 * script running among hostile page code has the least reach. The router checks this with the sender.
 */
export const CONTENT_SCRIPT_TYPES: readonly NotesType[] = ['notes.save', 'notes.forUrl'];

/** Whether a request may come from this kind of sender. */
export function isAllowedFrom(req: NotesRequest, from: 'content-script' | 'extension-page'): boolean {
  return from === 'extension-page' || CONTENT_SCRIPT_TYPES.includes(req.type);
}

/** True only for a well-formed notes message; anything else (other types, bad payloads) is false. */
export function isNotesRequest(raw: unknown): raw is NotesRequest {
  try {
    if (!isObject(raw) || raw.lede !== 1 || typeof raw.type !== 'string') return false;
    if (!Object.prototype.hasOwnProperty.call(CHECKS, raw.type)) return false;
    return CHECKS[raw.type as NotesType](raw);
  } catch {
    return false; // a getter that throws, a revoked proxy: not a message of ours
  }
}

type Dispatch = { [K in NotesType]: (s: NotesService, r: NotesRequest<K>) => Promise<NotesResponse<K>> };

const DISPATCH: Dispatch = {
  'notes.save': (s, r) => s.saveNote(r.draft),
  'notes.update': (s, r) => s.updateNote(r.id, r.patch),
  'notes.delete': async (s, r) => ({ deleted: await s.deleteNotes(r.ids) }),
  'notes.restore': (s, r) => s.restoreNotes(r.notes),
  'notes.list': (s, r) => s.listNotes(r.query),
  'notes.forUrl': (s, r) => s.notesForUrl(r.url, r.canonicalHref),
  'notes.facets': (s) => s.facets(),
  'notes.export': (s, r) => s.exportNotes(r.format, r.ids),
  'notes.import': (s, r) => s.importNotes(r.text),
  'notes.persist': (s) => s.requestPersistence(),
};

/** Answers one notes message. Never rejects: failures come back as `{ ok: false, error }`. */
export async function handleNotesRequest<K extends NotesType>(
  req: NotesRequest<K>,
  service: NotesService,
): Promise<NotesResult<NotesResponse<K>>> {
  if (!isNotesRequest(req)) return { ok: false, error: 'Malformed notes request.' };
  try {
    const handler = DISPATCH[req.type] as (s: NotesService, r: NotesRequest<K>) => Promise<NotesResponse<K>>;
    return { ok: true, value: await handler(service, req) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
