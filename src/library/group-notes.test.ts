import { describe, expect, it } from 'vitest';
import { sampleNotes } from '../../test/fixtures/notes/sample-notes.ts';
import { groupNotes, parseTags, safeHref } from './group-notes.ts';

describe('groupNotes', () => {
  it('groups by article with title, link and counts', () => {
    const groups = groupNotes(sampleNotes(), 'article');
    expect(groups.map((g) => g.notes.length)).toEqual([4, 1]);
    expect(groups[0]!.subtitle).toBe('news.example.org · 4 notes');
    expect(groups[1]!.title).toBe('Another story');
  });

  it('groups by entity across articles, a note in each of its entities, nobody last', () => {
    const notes = [...sampleNotes(), { ...sampleNotes()[0]!, id: 'plain', entities: [] }];
    const groups = groupNotes(notes, 'entity');
    const starmer = groups.find((g) => g.title === 'Keir Starmer')!;
    expect(starmer.notes.map((n) => n.id.slice(-2))).toEqual(['01', '02']);
    expect(starmer.subtitle).toBe('2 notes from 1 article');
    expect(groups.find((g) => g.title === 'Japan')!.notes).toHaveLength(1);
    expect(groups.find((g) => g.title === 'Britain')!.notes).toHaveLength(1);
    expect(groups.at(-1)!.title).toBe('Not about a named entity');
  });
});

describe('safeHref', () => {
  it('links only http(s) addresses', () => {
    expect(safeHref('https://e.org/a')).toBe('https://e.org/a');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
  });
});

describe('parseTags', () => {
  it('splits on commas, trims, drops # and repeats', () => {
    expect(parseTags(' uk, asia trip ,#budget, uk,, ')).toEqual(['uk', 'asia trip', 'budget']);
  });
});
