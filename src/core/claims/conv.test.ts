import { describe, expect, it } from 'vitest';
import { convMargin, spanRows, type ConvBranch } from './conv.ts';
import { makeLexicon, quantize4 } from './lexicon.ts';
import { tokenize } from './tokens.ts';

const words = ['taxes', 'cut', 'by', 'will', 'we', 'do', "n't"];
const dims = 3;
const vectors = Float32Array.from({ length: words.length * dims }, (_, k) => Math.cos(k * 1.3));
const { codes, scales } = quantize4(vectors, words.length, dims);
const lex = makeLexicon(words, dims, codes, scales, []);
const vec = (row: number): number[] => Array.from({ length: dims }, (_, i) => lex.values[row * dims + i]! * lex.scales[i]!);

/** Two filters of width 2, with hand-set weights. */
function branch(): ConvBranch {
  const w = Float32Array.from({ length: 2 * 2 * dims }, (_, k) => Math.sin(k + 0.5));
  return { width: 2, filters: 2, dims, w, b: Float32Array.of(0.1, -0.3), v: Float32Array.of(1.5, -0.7) };
}

/** The definition, written out directly: windows over the sequence padded with one zero vector each side. */
function reference(conv: ConvBranch, rows: number[]): number {
  const seq = [null, ...rows.map((r) => (r < 0 ? null : vec(r))), null];
  let out = 0;
  for (let f = 0; f < conv.filters; f++) {
    let best = 0;
    for (let t = 0; t + conv.width <= seq.length; t++) {
      let a = conv.b[f]!;
      for (let k = 0; k < conv.width; k++) {
        const x = seq[t + k];
        if (x) x.forEach((xi, i) => { a += conv.w[(f * conv.width + k) * dims + i]! * xi; });
      }
      best = Math.max(best, a);
    }
    out += conv.v[f]! * best;
  }
  return out;
}

describe('convolution branch', () => {
  it('maps tokens to lexicon rows in order, splitting clitics, -1 for unknown words', () => {
    expect(spanRows(lex, tokenize("We don't cut zyzzyva taxes"))).toEqual([4, 5, 6, 1, -1, 0]);
  });

  it('matches the written-out definition, cached or not', () => {
    const conv = branch();
    for (const text of ['We will cut taxes by', 'taxes', '', 'zyzzyva cut', 'cut taxes cut taxes by we']) {
      const expected = reference(conv, spanRows(lex, tokenize(text)));
      expect(convMargin(conv, lex, tokenize(text))).toBeCloseTo(expected, 5);
      expect(convMargin(conv, lex, tokenize(text))).toBeCloseTo(expected, 5); // second call reads the cache
    }
  });

  it('sees word order, which pooling does not', () => {
    const conv = branch();
    expect(convMargin(conv, lex, tokenize('will cut taxes'))).not.toBeCloseTo(convMargin(conv, lex, tokenize('taxes cut will')), 4);
  });

  it('scores 200,000 words in bounded time', () => {
    const conv = branch();
    const t0 = performance.now();
    const m = convMargin(conv, lex, tokenize('we will cut taxes by zyzzyva '.repeat(33_334)));
    expect(Number.isFinite(m)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
