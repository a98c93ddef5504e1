import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleNotes } from '../../../test/fixtures/notes/sample-notes.ts';
import { SearchIndex } from './search-index.ts';
import { matchesQuery } from './search-words.ts';
import type { Note, NotesQuery } from './types.ts';

function indexOf(notes: Note[]): SearchIndex {
  const index = new SearchIndex();
  for (const n of notes) index.upsert(n);
  return index;
}

const newestFirst = (a: Note, b: Note) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1);

describe('SearchIndex', () => {
  it('answers exactly what the plain filter answers, newest first', () => {
    const notes = sampleNotes();
    const index = indexOf(notes);
    const words = ['', 'japan', 'star', 'asia trip', 'premiere', 'minerals', 'zzz', 'the', 'check same'];
    const query = fc.record({
      text: fc.constantFrom(...words),
      site: fc.constantFrom(undefined, 'news.example.org', 'other.example.com'),
      tag: fc.constantFrom(undefined, 'uk', 'minerals', 'nope'),
      entity: fc.constantFrom(undefined, 'Keir Starmer', 'Japan'),
      layer: fc.constantFrom(undefined, 'person', 'claim', 'quote'),
      from: fc.constantFrom(undefined, '2026-02-02'),
      to: fc.constantFrom(undefined, '2026-02-03', '2026-02-04T00:00:00.000Z'),
      url: fc.constantFrom(undefined, 'https://news.example.org/2026/01/31/japan-britain-cyber/?utm_medium=x'),
    }, { requiredKeys: [] });
    fc.assert(fc.property(query, fc.integer({ min: 1, max: 6 }), (raw, limit) => {
      const q = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as NotesQuery;
      const expected = notes.filter((n) => matchesQuery(n, q)).sort(newestFirst).map((n) => n.id);
      const got = index.search(q, limit);
      expect(got.ids).toEqual(expected.slice(0, limit));
      expect(got.more).toBe(expected.length > limit);
    }), { numRuns: 400 });
  });

  it('follows upserts and removals', () => {
    const [a, b] = sampleNotes();
    const index = indexOf([a!, b!]);
    expect(index.search({ text: 'asia' }, 10).ids).toEqual([a!.id]);
    index.upsert({ ...a!, body: 'rewritten entirely' });
    expect(index.search({ text: 'asia' }, 10).ids).toEqual([]);
    expect(index.search({ text: 'rewritten' }, 10).ids).toEqual([a!.id]);
    index.remove(a!.id);
    expect(index.search({}, 10).ids).toEqual([b!.id]);
    expect(index.size).toBe(1);
  });

  it('counts sites, tags and entities for the filters', () => {
    const facets = indexOf(sampleNotes()).facets();
    expect(facets.total).toBe(5);
    expect(facets.sites).toEqual([{ value: 'news.example.org', count: 4 }, { value: 'other.example.com', count: 1 }]);
    expect(facets.entities[0]).toEqual({ value: 'Keir Starmer', count: 2 });
  });
});
