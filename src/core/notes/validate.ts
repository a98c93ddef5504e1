/**
 * Checking one untrusted record (an import line, a message from another context) against the note
 * contract. Returns the cleaned note or a reason in words; never throws. Strings are kept exactly as
 * given: markup in them stays inert text because every view renders notes as text.
 */
import { canonicalizeUrl, siteOf } from './canonical-url.ts';
import { quoteSelectorOf } from './selectors.ts';
import { NOTE_LAYERS, type Note, type NoteDraft, type NoteLayer, type Selector } from './types.ts';

/** Size limits far above real notes, so that a hostile file cannot make one record huge. */
export const LIMITS = {
  id: 256,
  url: 8192,
  title: 2000,
  exact: 20_000,
  body: 100_000,
  tags: 64,
  tag: 100,
  entities: 100,
  entity: 200,
  selectors: 16,
  /** JSON characters of one selector Lede does not model (RangeSelector etc.). */
  otherSelector: 20_000,
  extraBodies: 16,
} as const;

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

export function isLayer(v: unknown): v is NoteLayer {
  return typeof v === 'string' && (NOTE_LAYERS as readonly string[]).includes(v);
}

/** ISO 8601 form of a date string, or null when it is not a date. */
export function isoDate(v: unknown): string | null {
  if (typeof v !== 'string' || v.length > 64) return null;
  const time = Date.parse(v);
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

function stringList(v: unknown, field: string, max: number, maxLength: number): Checked<string[]> {
  if (v === undefined || v === null) return { ok: true, value: [] };
  if (!Array.isArray(v)) return fail(`${field} must be a list of strings`);
  if (v.length > max) return fail(`${field} has ${v.length} items (limit ${max})`);
  const out: string[] = [];
  for (const item of v) {
    if (typeof item !== 'string') return fail(`${field} must be a list of strings`);
    const clean = item.trim();
    if (clean.length > maxLength) return fail(`an item of ${field} is longer than ${maxLength} characters`);
    if (clean && !out.includes(clean)) out.push(clean);
  }
  return { ok: true, value: out };
}

function jsonLength(v: unknown): number {
  try {
    return JSON.stringify(v)?.length ?? Infinity;
  } catch {
    return Infinity;
  }
}

/** Checks a selector list: quote and position selectors strictly, any other kind kept verbatim. */
export function checkSelectors(v: unknown): Checked<Selector[]> {
  if (!Array.isArray(v)) return fail('selectors must be a list');
  if (v.length > LIMITS.selectors) return fail(`too many selectors (${v.length})`);
  const out: Selector[] = [];
  for (const s of v) {
    if (!isObject(s) || typeof s.type !== 'string' || s.type.length > 100) return fail('a selector has no type');
    if (s.type === 'TextQuoteSelector') {
      const { exact, prefix = '', suffix = '' } = s;
      if (typeof exact !== 'string' || typeof prefix !== 'string' || typeof suffix !== 'string') {
        return fail('TextQuoteSelector needs string exact, prefix and suffix');
      }
      if (exact.length > LIMITS.exact || prefix.length > 1000 || suffix.length > 1000) return fail('TextQuoteSelector is too long');
      out.push({ type: 'TextQuoteSelector', exact, prefix, suffix });
    } else if (s.type === 'TextPositionSelector') {
      const { start, end } = s;
      if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || (start as number) < 0 || (end as number) < (start as number)) {
        return fail('TextPositionSelector needs whole-number start <= end');
      }
      out.push({ type: 'TextPositionSelector', start: start as number, end: end as number });
    } else {
      if (jsonLength(s) > LIMITS.otherSelector) return fail(`${s.type} is too large`);
      out.push(JSON.parse(JSON.stringify(s)) as Selector);
    }
  }
  return { ok: true, value: out };
}

function boundedString(v: unknown, field: string, max: number, fallback?: string): Checked<string> {
  if ((v === undefined || v === null) && fallback !== undefined) return { ok: true, value: fallback };
  if (typeof v !== 'string') return fail(`${field} must be a string`);
  if (v.length > max) return fail(`${field} is longer than ${max} characters`);
  return { ok: true, value: v };
}

/** Validates one record as a Note. Missing optional fields get their defaults. Never throws. */
export function validateNote(raw: unknown): Checked<Note> {
  try {
    return checkNote(raw);
  } catch {
    return fail('the record could not be read'); // e.g. an object whose getters throw
  }
}

function checkNote(raw: unknown): Checked<Note> {
  if (!isObject(raw)) return fail('not an object');
  const id = boundedString(raw.id, 'id', LIMITS.id);
  if (!id.ok) return id;
  if (id.value.trim() === '') return fail('id is empty');
  const url = boundedString(raw.url, 'url', LIMITS.url);
  if (!url.ok) return url;
  if (url.value.trim() === '') return fail('url is empty');
  const canonical = boundedString(raw.canonicalUrl, 'canonicalUrl', LIMITS.url, canonicalizeUrl(url.value));
  if (!canonical.ok) return canonical;
  const title = boundedString(raw.title, 'title', LIMITS.title, '');
  if (!title.ok) return title;
  const site = boundedString(raw.site, 'site', LIMITS.title, siteOf(canonical.value) || siteOf(url.value));
  if (!site.ok) return site;
  const createdAt = isoDate(raw.createdAt);
  if (!createdAt) return fail('createdAt is not a date');
  const updatedAt = raw.updatedAt === undefined ? createdAt : isoDate(raw.updatedAt);
  if (!updatedAt) return fail('updatedAt is not a date');
  const layer = raw.layer === undefined ? 'text' : raw.layer;
  if (!isLayer(layer)) return fail(`unknown layer ${JSON.stringify(String(layer)).slice(0, 40)}`);
  const selectors = checkSelectors(raw.selectors ?? []);
  if (!selectors.ok) return selectors;
  let quote = quoteSelectorOf(selectors.value);
  if (raw.exact !== undefined && typeof raw.exact !== 'string') return fail('exact must be a string');
  if (!quote && typeof raw.exact === 'string' && raw.exact !== '') {
    quote = { type: 'TextQuoteSelector', exact: raw.exact, prefix: '', suffix: '' };
    selectors.value.unshift(quote);
  }
  if (!quote || quote.exact === '') return fail('no highlighted text (TextQuoteSelector.exact)');
  if (typeof raw.exact === 'string' && raw.exact !== quote.exact) return fail('exact differs from its TextQuoteSelector');
  const entities = stringList(raw.entities, 'entities', LIMITS.entities, LIMITS.entity);
  if (!entities.ok) return entities;
  const tags = stringList(raw.tags, 'tags', LIMITS.tags, LIMITS.tag);
  if (!tags.ok) return tags;
  const body = boundedString(raw.body, 'body', LIMITS.body, '');
  if (!body.ok) return body;
  const note: Note = {
    id: id.value, url: url.value, canonicalUrl: canonical.value, title: title.value, site: site.value,
    createdAt, updatedAt, layer, exact: quote.exact, selectors: selectors.value,
    entities: entities.value, body: body.value, tags: tags.value,
  };
  if (raw.extraBodies !== undefined) {
    if (!Array.isArray(raw.extraBodies) || raw.extraBodies.length > LIMITS.extraBodies || jsonLength(raw.extraBodies) > LIMITS.body) {
      return fail('extraBodies must be a short list');
    }
    if (raw.extraBodies.length) note.extraBodies = JSON.parse(JSON.stringify(raw.extraBodies)) as unknown[];
  }
  return { ok: true, value: note };
}

/** Builds and validates a new note from what a context sent. */
export function noteFromDraft(draft: NoteDraft, id: string, now: string): Checked<Note> {
  if (!isObject(draft)) return fail('not a note');
  const canonicalUrl = typeof draft.url === 'string' ? canonicalizeUrl(draft.url, draft.canonicalHref) : undefined;
  // The site is always the host name when there is one, so that the library's site filter groups a
  // site's notes whatever name its pages give themselves.
  const host = canonicalUrl ? siteOf(canonicalUrl) || siteOf(draft.url) : '';
  return validateNote({
    ...draft, canonicalHref: undefined, id, canonicalUrl, createdAt: now, updatedAt: now,
    site: host || draft.site || undefined, title: draft.title ?? '',
  });
}

/** The key under which two notes are the same note: same page, same highlighted text, same words. */
export function sameNoteKey(note: Pick<Note, 'canonicalUrl' | 'exact' | 'body'>): string {
  return `${note.canonicalUrl}\u0000${note.exact}\u0000${note.body}`;
}
