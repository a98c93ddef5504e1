import { describe, expect, it } from 'vitest';
import { denseForward, denseMargin } from './dense.ts';
import { clusterOf, makeLexicon, poolVectors, quantize4, wordRows } from './lexicon.ts';
import { tokenize } from './tokens.ts';

const words = ['the', 'do', "n't", 'china', "'s", 'long', 'term', 'tax'];
const dims = 4;
const vectors = Float32Array.from({ length: words.length * dims }, (_, k) => ((k * 7) % 11) / 5 - 1);
const { codes, scales } = quantize4(vectors, words.length, dims);
const lex = makeLexicon(words, dims, codes, scales, [Uint16Array.from(words, (_, i) => i % 3)]);

describe('word lexicon', () => {
  it('splits clitics and hyphens the way GloVe tokenizes them, and knows nothing else', () => {
    expect(wordRows(lex, 'the')).toEqual([0]);
    expect(wordRows(lex, "don't")).toEqual([1, 2]);
    expect(wordRows(lex, "china's")).toEqual([3, 4]);
    expect(wordRows(lex, 'long-term')).toEqual([5, 6]);
    expect(wordRows(lex, 'zyzzyva')).toEqual([]);
  });

  it('labels unknown numbers and words apart from clusters', () => {
    expect(clusterOf(lex, 0, 'tax')).toBe(String(7 % 3));
    expect(clusterOf(lex, 0, '1990')).toBe('N');
    expect(clusterOf(lex, 0, 'zyzzyva')).toBe('U');
  });

  it('4-bit codes stay within half a step of the float vectors', () => {
    const pooled = poolVectors(lex, tokenize('tax'));
    for (let i = 0; i < dims; i++) expect(Math.abs(pooled[i]! - vectors[7 * dims + i]!)).toBeLessThanOrEqual(scales[i]! / 2 + 1e-6);
  });

  it('pools mean and max, and zeros for a span without known words', () => {
    const p = poolVectors(lex, tokenize('the tax'));
    const one = poolVectors(lex, tokenize('the')), two = poolVectors(lex, tokenize('tax'));
    for (let i = 0; i < dims; i++) {
      expect(p[i]!).toBeCloseTo((one[i]! + two[i]!) / 2, 5);
      expect(p[dims + i]!).toBeCloseTo(Math.max(one[i]!, two[i]!), 5);
    }
    expect(Array.from(poolVectors(lex, tokenize('zyzzyva ???')))).toEqual(new Array(2 * dims).fill(0));
  });

  it('the dense head is a tanh layer plus a linear output', () => {
    const head = { inDim: 2 * dims, hidden: 2, w1: new Float32Array(2 * 2 * dims).fill(0.1), b1: Float32Array.of(0, 1), w2: Float32Array.of(2, -1), b2: 0.5 };
    const x = poolVectors(lex, tokenize('the tax'));
    const s = x.reduce((a, b) => a + b, 0) * 0.1;
    expect(denseForward(head, x)).toBeCloseTo(0.5 + 2 * Math.tanh(s) - Math.tanh(s + 1), 5);
    expect(denseMargin(head, lex, tokenize('the tax'))).toBeCloseTo(denseForward(head, x), 6);
  });
});
