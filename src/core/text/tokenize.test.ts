import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from './tokenize.ts';

const words = (s: string): string[] => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('splits possessives and curly quotes off names', () => {
    expect(words('Keir Starmer’s visit')).toEqual(['Keir', 'Starmer', '’s', 'visit']);
    expect(words("the minister's aide")).toEqual(['the', 'minister', "'s", 'aide']);
    expect(words('both nations’ defenses')).toEqual(['both', 'nations', '’', 'defenses']);
    expect(words('“We agreed,” Takaichi noted.')).toEqual(['“', 'We', 'agreed', ',', '”', 'Takaichi', 'noted', '.']);
  });

  it('keeps abbreviations, initials and dotted acronyms whole', () => {
    expect(words('Dr. Smith met the U.S. envoy on Jan. 5.')).toEqual(['Dr.', 'Smith', 'met', 'the', 'U.S.', 'envoy', 'on', 'Jan.', '5', '.']);
    expect(words('Elizabeth Q. Moore')).toEqual(['Elizabeth', 'Q.', 'Moore']);
    expect(words('she was ill.')).toEqual(['she', 'was', 'ill', '.']);
  });

  it('keeps numbers with separators and hyphenated words whole', () => {
    expect(words('paid $1,200.50 for 3.5%')).toEqual(['paid', '$', '1,200.50', 'for', '3.5%']);
    expect(words('Japan-China relations in the Indo-Pacific')).toEqual(['Japan-China', 'relations', 'in', 'the', 'Indo-Pacific']);
  });

  it('splits dashes, clitics and keeps URLs', () => {
    expect(words('minerals – which')).toEqual(['minerals', '–', 'which']);
    expect(words('2010–2015')).toEqual(['2010', '–', '2015']);
    expect(words("don't")).toEqual(['do', "n't"]);
    expect(words('see https://example.com/a?b=c, now')).toEqual(['see', 'https://example.com/a?b=c', ',', 'now']);
  });

  it('handles headlines in capitals like body text', () => {
    expect(words('JAPAN, BRITAIN AGREE ON CYBER PACT')).toEqual(['JAPAN', ',', 'BRITAIN', 'AGREE', 'ON', 'CYBER', 'PACT']);
    expect(words('STARMER’S VISIT')).toEqual(['STARMER', '’S', 'VISIT']);
  });

  it('never throws and keeps offsets exact, ordered and non-empty', () => {
    const alphabet = fc.constantFrom(...'aZ09 .,;:’\'"“”-–$%()\n\t…@/ÉßU.S.'.split(''), 'Dr.', 'U.S.', '’s', '\ud83d\ude00', '\ud800');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(alphabet).map((a) => a.join(''))), (s) => {
        const toks = tokenize(s);
        let last = 0;
        for (const t of toks) {
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeLessThanOrEqual(s.length);
          expect(s.slice(t.start, t.end)).toBe(t.text);
          expect(/\s/.test(t.text)).toBe(false);
          last = t.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('runs in linear time on a 200,000-word input', () => {
    const big = 'Dr. Keir Starmer’s U.S.-led plan cost $1,200.50 (3.5%). '.repeat(20_000);
    const t0 = performance.now();
    const toks = tokenize(big);
    expect(toks.length).toBeGreaterThan(200_000);
    expect(tokenize('a.'.repeat(100_000)).length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it('returns nothing for bad input', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(undefined as unknown as string)).toEqual([]);
  });
});
