import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { articleText, describeSelectors } from '../core/notes/index.ts';
import { articleOffset, paragraphPieces, placeNotes } from './notes-link.ts';
import type { Note } from '../core/notes/index.ts';

const paragraphs = ['Japan and Britain agreed to deepen cooperation on Saturday.', 'Keir Starmer met Sanae Takaichi in Tokyo.', 'Both sides signed a cyber partnership.'];

const note = (start: number, end: number): Note => ({
  id: 'n', url: 'http://x/', canonicalUrl: 'http://x/', title: '', site: 'x', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
  layer: 'text', exact: articleText(paragraphs).slice(start, end), selectors: describeSelectors(articleText(paragraphs), start, end), entities: [], body: '', tags: [],
});

describe('note places on the page', () => {
  it('maps article-text offsets back to paragraph pieces, across paragraph breaks too', () => {
    fc.assert(fc.property(fc.nat(), fc.nat(), (a, b) => {
      const text = articleText(paragraphs);
      const [start, end] = [Math.min(a, b) % text.length, Math.max(a, b) % (text.length + 1)];
      const pieces = paragraphPieces(paragraphs, start, end);
      const joined = pieces.map((p) => paragraphs[p.paragraph]!.slice(p.start, p.end)).join('');
      expect(joined).toBe(text.slice(start, end).replace(/\n/g, '')); // paragraphs hold no line breaks: only the joins do
      for (const p of pieces) expect(articleOffset(paragraphs, p.paragraph, p.start)).toBeGreaterThanOrEqual(start);
    }));
  });

  it('draws a note that runs over two paragraphs in both, and a vanished one nowhere', () => {
    const start = articleText(paragraphs).indexOf('Saturday');
    const end = articleText(paragraphs).indexOf(' met');
    const [placed] = placeNotes(paragraphs, [note(start, end)]);
    expect(placed!.at).toEqual([{ paragraph: 0, start: paragraphs[0]!.indexOf('Saturday'), end: paragraphs[0]!.length }, { paragraph: 1, start: 0, end: 'Keir Starmer'.length }]);
    const [gone] = placeNotes(['Something else entirely, about the weather in Oslo today.'], [note(start, end)]);
    expect(gone!.at).toEqual([]);
  });
});
