/**
 * The words a note can be found by, and the in-memory filter behind the library's search. The same
 * `searchWords` feeds the database's multi-entry `words` index (schema v2) and the query side, so a
 * query word matches when it is a prefix of a stored word ("starm" finds "Starmer").
 */
import { canonicalizeUrl } from './canonical-url.ts';
import type { Note, NotesQuery } from './types.ts';

/** Words too common to narrow a search; dropped from the index and from queries alike. */
const STOPWORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'from', 'has', 'have', 'he', 'her',
  'his', 'in', 'is', 'it', 'its', 'of', 'on', 'or', 'she', 'that', 'the', 'their', 'they', 'this', 'to',
  'was', 'were', 'will', 'with',
]);
const MAX_WORDS = 4000;
const MAX_WORD = 40;

/** Lower-cased, accent-free words of a text (letters and digits), stopwords removed, unique. */
export function wordsOf(text: string, into: Set<string> = new Set()): Set<string> {
  if (typeof text !== 'string' || text === '') return into;
  const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  for (const match of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (into.size >= MAX_WORDS) break;
    const word = match[0].slice(0, MAX_WORD);
    if (!STOPWORDS.has(word)) into.add(word);
  }
  return into;
}

/** Every word of a note's quote, words, title, tags, entities and site. */
export function searchWords(note: Pick<Note, 'exact' | 'body' | 'title' | 'tags' | 'entities' | 'site'>): string[] {
  const words = new Set<string>();
  for (const text of [note.body, note.exact, note.title, note.site, ...note.tags, ...note.entities]) wordsOf(text, words);
  return [...words];
}

/** The words of a query, for prefix matching against `searchWords`. */
export function queryWords(text: string | undefined): string[] {
  return text ? [...wordsOf(text)].slice(0, 16) : [];
}

/** End of the day for a bare date ("2026-11-25"), so that `to` includes that whole day. */
function upperBound(to: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(to) ? `${to}T23:59:59.999Z` : to;
}

/** Does the note pass every filter of the query (text included, by prefix over its words)? */
export function matchesQuery(note: Note, query: NotesQuery, words?: readonly string[]): boolean {
  if (query.site && note.site !== query.site) return false;
  if (query.layer && note.layer !== query.layer) return false;
  if (query.tag && !note.tags.includes(query.tag)) return false;
  if (query.entity && !note.entities.includes(query.entity)) return false;
  if (query.url && note.url !== query.url && note.canonicalUrl !== canonicalizeUrl(query.url)) return false;
  if (query.from && note.createdAt < query.from) return false;
  if (query.to && note.createdAt > upperBound(query.to)) return false;
  const wanted = queryWords(query.text);
  if (wanted.length === 0) return true;
  const have = words ?? searchWords(note);
  return wanted.every((w) => have.some((h) => h.startsWith(w)));
}

export { upperBound as dateUpperBound };
