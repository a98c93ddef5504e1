import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSentences } from './sentences.ts';

const sents = (s: string): string[] => splitSentences(s).map((r) => s.slice(r.start, r.end));

describe('splitSentences', () => {
  it('does not break after titles, initials, month abbreviations or inside decimals', () => {
    expect(sents('Dr. Smith met Elizabeth Q. Moore on Jan. 5. It cost 3.5 million.')).toEqual([
      'Dr. Smith met Elizabeth Q. Moore on Jan. 5.',
      'It cost 3.5 million.',
    ]);
  });

  it('keeps closing quotes with the sentence they close', () => {
    expect(sents('“We agreed,” he said. “Is it urgent?” She left.')).toEqual(['“We agreed,” he said.', '“Is it urgent?”', 'She left.']);
  });

  it('ends a sentence after a dotted acronym only before a sentence starter', () => {
    expect(sents('The U.S. government acted.')).toEqual(['The U.S. government acted.']);
    expect(sents('He moved to the U.S. The rest followed.')).toEqual(['He moved to the U.S.', 'The rest followed.']);
  });

  it('breaks on line ends and trims whitespace', () => {
    expect(sents('  HEADLINE IN CAPS\nBody text here. More.  ')).toEqual(['HEADLINE IN CAPS', 'Body text here.', 'More.']);
  });

  it('never throws; spans are ordered, in range, non-empty and trimmed', () => {
    const alphabet = fc.constantFrom(...'aZ0 .!?…,”"’\n'.split(''), 'Dr.', 'U.S.', ' The', '3.5');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(alphabet).map((a) => a.join(''))), (s) => {
        let last = 0;
        for (const r of splitSentences(s)) {
          expect(r.start).toBeGreaterThanOrEqual(last);
          expect(r.end).toBeGreaterThan(r.start);
          expect(r.end).toBeLessThanOrEqual(s.length);
          expect(/^\s|\s$/.test(s.slice(r.start, r.end))).toBe(false);
          last = r.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('runs in bounded time on a 200,000-word input', () => {
    const t0 = performance.now();
    expect(splitSentences('Dr. Smith said so. It is 3.5 in the U.S. now. '.repeat(20_000)).length).toBeGreaterThan(10_000);
    splitSentences('x.'.repeat(200_000) + ' ' + 'y '.repeat(100_000));
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
