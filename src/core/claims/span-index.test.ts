import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexSpans } from './span-index.ts';

describe('span index', () => {
  it('finds exactly the spans overlapping a range', () => {
    const span = fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 60 })).map(([start, len]) => ({ start, end: start + len }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), fc.nat(250), fc.integer({ min: 1, max: 80 }), (spans, start, len) => {
        const end = start + len;
        const want = spans.filter((s) => s.start < end && s.end > start);
        const got = indexSpans(spans).overlapping(start, end);
        expect(new Set(got)).toEqual(new Set(want));
        expect(got.length).toBe(want.length);
      }),
    );
  });

  it('ignores malformed spans', () => {
    const bad = [{ start: Number.NaN, end: 3 }, { start: 1, end: 4 }];
    expect(indexSpans(bad).overlapping(0, 10)).toEqual([{ start: 1, end: 4 }]);
  });
});
