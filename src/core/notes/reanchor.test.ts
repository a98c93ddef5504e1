import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_TEXT } from '../../../test/fixtures/notes/sample-notes.ts';
import { editDistance, fuzzySearch } from './fuzzy-search.ts';
import { maxErrorsFor, reanchor, reanchorDetailed } from './reanchor.ts';
import { articleText, describeSelectors } from './selectors.ts';
import type { Selector } from './types.ts';

function at(text: string, quote: string, nth = 0): [number, number] {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`not found: ${quote}`);
  return [start, start + quote.length];
}

describe('describeSelectors', () => {
  it('stores the quote with 32 characters of context and the position', () => {
    const [start, end] = at(SEED_TEXT, 'Sanae Takaichi');
    const [quote, position] = describeSelectors(SEED_TEXT, start, end);
    expect(quote.exact).toBe('Sanae Takaichi');
    expect(quote.prefix).toBe(SEED_TEXT.slice(start - 32, start));
    expect(quote.suffix).toBe(SEED_TEXT.slice(end, end + 32));
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('clamps and orders bad offsets instead of throwing', () => {
    expect(describeSelectors('abc', 5, -2)[1]).toEqual({ type: 'TextPositionSelector', start: 0, end: 3 });
    expect(describeSelectors('abc', NaN, 2)[0].exact).toBe('ab');
  });

  it('joins paragraphs with a blank line, the one article text definition', () => {
    expect(articleText(['a', 'b'])).toBe('a\n\nb');
  });
});

describe('reanchor', () => {
  const paragraphs = SEED_TEXT.split('\n\n');
  const quote = 'geopolitical, economic and technological shocks are literally shaking the world';
  const [start, end] = at(SEED_TEXT, quote);
  const selectors = describeSelectors(SEED_TEXT, start, end);

  it('accepts the stored position when the quote is still there', () => {
    expect(reanchorDetailed(SEED_TEXT, selectors)).toMatchObject({ start, end, method: 'position' });
  });

  it('follows the quote when paragraphs are inserted before it', () => {
    const text = articleText(['ADVERTISEMENT', 'Subscribe to our newsletter for more news like this.', ...paragraphs]);
    const found = reanchor(text, selectors)!;
    expect(text.slice(found.start, found.end)).toBe(quote);
  });

  it('finds the quote after a typo inside it was fixed', () => {
    const old = SEED_TEXT.replace('technological', 'technologcal');
    const [s, e] = at(old, 'geopolitical, economic and technologcal shocks');
    const found = reanchor(SEED_TEXT, describeSelectors(old, s, e))!;
    expect(SEED_TEXT.slice(found.start, found.end)).toBe('geopolitical, economic and technological shocks');
  });

  it('picks the right one of repeated words by context', () => {
    // "Starmer" occurs several times; the note is on the third one.
    const [s, e] = at(SEED_TEXT, 'Starmer', 2);
    const sel = describeSelectors(SEED_TEXT, s, e);
    const text = articleText(['Breaking: Starmer in Tokyo.', ...paragraphs]);
    const found = reanchor(text, sel)!;
    expect(found.start).toBe(s + 'Breaking: Starmer in Tokyo.\n\n'.length);
  });

  it('orphans a note whose paragraph was removed instead of guessing', () => {
    const [s, e] = at(SEED_TEXT, quote);
    const text = articleText(paragraphs.filter((p) => !p.includes(quote)));
    expect(reanchor(text, describeSelectors(SEED_TEXT, s, e))).toBeNull();
  });

  it('orphans a short common word whose context is gone', () => {
    const [s, e] = at(SEED_TEXT, 'the', 3);
    expect(reanchor('the cat sat on the mat and the dog too', describeSelectors(SEED_TEXT, s, e))).toBeNull();
  });

  it('orphans when there is no quote to check a position against', () => {
    expect(reanchor(SEED_TEXT, [{ type: 'TextPositionSelector', start: 0, end: 5 }])).toBeNull();
    expect(reanchor(SEED_TEXT, [])).toBeNull();
  });

  it('matches long quotes (over 1,024 characters) by both ends', () => {
    const long = paragraphs.slice(1, 8).join('\n\n');
    expect(long.length).toBeGreaterThan(1024);
    const [s, e] = at(SEED_TEXT, long);
    const sel = describeSelectors(SEED_TEXT, s, e);
    const edited = articleText(['New intro paragraph.', ...paragraphs]).replace('brief but significant', 'brief, significant');
    const found = reanchor(edited, sel)!;
    expect(found).not.toBeNull();
    expect(edited.slice(found.start, found.end).startsWith(long.slice(0, 40))).toBe(true);
    expect(edited.slice(found.start, found.end).endsWith(long.slice(-40))).toBe(true);
    // An ad injected in the middle of the quote is bridged.
    const mid = s + 600;
    const withAd = `${SEED_TEXT.slice(0, mid)} Advertisement ${SEED_TEXT.slice(mid)}`;
    const again = reanchor(withAd, sel)!;
    expect(again).toEqual({ start: s, end: e + ' Advertisement '.length });
  });

  it('bridges an ad label injected inside a shorter quote', () => {
    const quote = 'strategic partnerships that would strengthen security across the Atlantic';
    const [s, e] = at(SEED_TEXT, quote);
    const sel = describeSelectors(SEED_TEXT, s, e);
    const cut = s + 'strategic partnerships that would'.length;
    const withAd = `${SEED_TEXT.slice(0, cut)} ADVERTISEMENT${SEED_TEXT.slice(cut)}`;
    expect(reanchor(withAd, sel)).toEqual({ start: s, end: e + ' ADVERTISEMENT'.length });
  });

  it('stays bounded on a 200,000-word page with a 20,000-character quote', () => {
    const words = Array.from({ length: 200_000 }, (_, i) => ['alpha', 'beta', 'gamma', 'delta', 'news'][(i * 7919) % 5]).join(' ');
    const sel = describeSelectors(SEED_TEXT.repeat(4), 0, 20_000);
    const t0 = performance.now();
    expect(reanchor(words, sel)).toBeNull();
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it('stays fast on a 200,000-word page', () => {
    const words = Array.from({ length: 200_000 }, (_, i) => ['alpha', 'beta', 'gamma', 'delta', 'news'][i % 5]).join(' ');
    const t0 = performance.now();
    expect(reanchor(words, describeSelectors(SEED_TEXT, start, end))).toBeNull();
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('reanchor near-duplicate passages', () => {
  const paragraphs = SEED_TEXT.split('\n\n');
  const own = paragraphs.findIndex((p) => p.length > 150);
  const para = paragraphs[own]!;
  // A near-duplicate: the same paragraph with one word changed, standing elsewhere in the article.
  const words = para.split(' ');
  const copy = [...words.slice(0, 6), 'reportedly', ...words.slice(7)].join(' ');

  it('orphans a note whose paragraph was removed while a copy differing by one word remains', () => {
    const old = articleText([...paragraphs, copy]);
    const start = old.indexOf(para);
    const text = articleText([...paragraphs.filter((_, i) => i !== own), copy]);
    expect(reanchor(text, describeSelectors(old, start + 10, start + para.length - 10))).toBeNull();
    expect(reanchor(text, describeSelectors(old, start, start + para.length))).toBeNull();
  });

  it('still finds its own paragraph, edited by a typo fix, next to the near-duplicate', () => {
    const typo = para.replace(words[3]!, `${words[3]!}x`);
    const old = articleText([...paragraphs.slice(0, own), typo, ...paragraphs.slice(own + 1), copy]);
    const start = old.indexOf(typo);
    const text = articleText([...paragraphs, copy]);
    const found = reanchor(text, describeSelectors(old, start, start + typo.length))!;
    expect(found).toEqual({ start: text.indexOf(para), end: text.indexOf(para) + para.length });
  });

  it('orphans a repeated caption whose context on both sides is another', () => {
    const caption = 'Photo: Reuters';
    const old = articleText(['The summit opened on Monday.', caption, 'Leaders met in Tokyo to sign the pact.', 'Markets rose after the news.', caption, 'Analysts were cautious about the outlook.']);
    const start = old.indexOf(caption);
    const text = articleText(['The summit opened on Monday.', 'Markets rose after the news.', caption, 'Analysts were cautious about the outlook.']);
    expect(reanchor(text, describeSelectors(old, start, start + caption.length))).toBeNull();
  });

  it('follows its own passage, not an exact copy, when its own place only had line breaks changed', () => {
    const sentence = 'Officials said the agreement would be signed before the end of the year.';
    const old = articleText(['Background first.', `Talks went on. ${sentence} More later.`, 'Elsewhere:', `${sentence}`]);
    const start = old.indexOf(sentence);
    const text = old.replace(`Talks went on. ${sentence}`, `Talks went on.\n${sentence.replace('agreement would', 'agreement\nwould')}`);
    const found = reanchor(text, describeSelectors(old, start, start + sentence.length))!;
    expect(found.start).toBe(text.indexOf('Officials'));
  });
});

describe('fuzzySearch', () => {
  it('agrees with brute-force edit distance', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 40 }),
      fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 70 }), (text, pattern) => {
        for (const m of fuzzySearch(text, pattern, pattern.length)) {
          expect(editDistance(text.slice(m.start, m.end), pattern)).toBe(m.errors);
        }
      }), { numRuns: 300 });
  });
});

const selectorArb: fc.Arbitrary<Selector[]> = fc.array(fc.oneof(
  fc.record({ type: fc.constant('TextQuoteSelector'), exact: fc.string({ maxLength: 60 }), prefix: fc.string({ maxLength: 40 }), suffix: fc.string({ maxLength: 40 }) }),
  fc.record({ type: fc.constant('TextPositionSelector'), start: fc.integer({ min: -5, max: 400 }), end: fc.integer({ min: -5, max: 400 }) }),
  fc.record({ type: fc.string({ maxLength: 12 }) }),
) as fc.Arbitrary<Selector>, { maxLength: 4 });

describe('reanchor properties', () => {
  it('never throws, returns in-range offsets, and a place whose text is the quote or close to it', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), selectorArb, (text, selectors) => {
      const found = reanchor(text, selectors);
      if (!found) return;
      expect(0 <= found.start && found.start <= found.end && found.end <= text.length).toBe(true);
      const exact = (selectors.find((s) => s.type === 'TextQuoteSelector') as { exact: string }).exact;
      const got = text.slice(found.start, found.end);
      // Edits beyond the budget may only be one bridged insertion (an ad label inside the quote).
      const inserted = Math.max(0, got.length - exact.length);
      expect(got === exact || editDistance(got, exact) - inserted <= maxErrorsFor(exact.length)).toBe(true);
    }), { numRuns: 500 });
  });

  it('re-anchors any range of unchanged text to text equal to the quote', () => {
    const text = SEED_TEXT;
    fc.assert(fc.property(fc.integer({ min: 0, max: text.length - 1 }), fc.integer({ min: 1, max: 200 }), (s, len) => {
      const e = Math.min(text.length, s + len);
      const found = reanchor(text, describeSelectors(text, s, e));
      expect(found === null || text.slice(found.start, found.end) === text.slice(s, e)).toBe(true);
      // Unchanged text with intact position is always found.
      expect(found).not.toBeNull();
    }), { numRuns: 300 });
  });

  it('survives garbage selectors of the wrong types', () => {
    fc.assert(fc.property(fc.anything(), (junk) => {
      expect(() => reanchor(SEED_TEXT, junk as Selector[])).not.toThrow();
      expect(() => reanchor(junk as string, [junk as Selector])).not.toThrow();
    }), { numRuns: 300 });
  });
});
