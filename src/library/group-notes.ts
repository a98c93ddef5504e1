/** Grouping the library's notes by article or by entity (pure, so it is tested without a browser). */
import type { Note } from '../core/notes/types.ts';

export type GroupBy = 'article' | 'entity' | 'none';

export interface NoteGroup {
  key: string;
  title: string;
  /** For article groups: the page address (shown as a link when http/https). */
  url?: string;
  subtitle: string;
  notes: Note[];
}

/** An http(s) address safe to put in a link, or null (imported files may hold javascript: URLs). */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Groups notes, keeping the order they came in (newest first) inside each group and ordering groups by
 * their first note. By entity, a note about two people sits in both groups; notes about nobody come last.
 */
export function groupNotes(notes: readonly Note[], by: GroupBy): NoteGroup[] {
  if (by === 'none') return [{ key: 'all', title: 'All notes', subtitle: plural(notes.length, 'note'), notes: [...notes] }];
  const groups = new Map<string, NoteGroup>();
  const add = (key: string, make: () => Omit<NoteGroup, 'notes' | 'subtitle'>, note: Note) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ...make(), subtitle: '', notes: [] }));
    g.notes.push(note);
  };
  for (const note of notes) {
    if (by === 'article') {
      add(note.canonicalUrl, () => ({ key: note.canonicalUrl, title: note.title.trim() || note.url, url: note.url }), note);
    } else if (note.entities.length === 0) {
      add('\u0000none', () => ({ key: '\u0000none', title: 'Not about a named entity' }), note);
    } else {
      for (const entity of note.entities) add(`e:${entity}`, () => ({ key: `e:${entity}`, title: entity }), note);
    }
  }
  const out = [...groups.values()];
  if (by === 'entity') out.sort((a, b) => Number(a.key === '\u0000none') - Number(b.key === '\u0000none'));
  for (const g of out) {
    const articles = new Set(g.notes.map((n) => n.canonicalUrl)).size;
    g.subtitle = by === 'article'
      ? [g.notes[0]!.site, plural(g.notes.length, 'note')].filter(Boolean).join(' · ')
      : `${plural(g.notes.length, 'note')} from ${plural(articles, 'article')}`;
  }
  return out;
}

/** Parses a tag field ("uk, asia trip, #budget") into clean, unique tags. */
export function parseTags(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim().replace(/^#+/, '').slice(0, 100);
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out.slice(0, 64);
}
