import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeLexicon, quantize4 } from './lexicon.ts';
import { calibrate, claimMargin, decodeClaimModel, encodeClaimModel, type ClaimModel } from './model.ts';

const shipped = (): Uint8Array => new Uint8Array(readFileSync(new URL('../../../public/models/claims.bin', import.meta.url)));

function tiny(): ClaimModel {
  const weights = new Int8Array(1 << 10);
  for (let i = 0; i < weights.length; i++) weights[i] = ((i * 37) % 255) - 127;
  return {
    config: { bits: 10, bigrams: true, trigrams: false, charGrams: [3, 5], cues: true, names: true, clusters: false },
    normalize: true, weightScale: 0.01, weights, plattA: 1.5, plattB: -0.25,
  };
}

describe('claim model file', () => {
  it('decodes what it encodes', () => {
    const m = tiny();
    const back = decodeClaimModel(encodeClaimModel(m));
    expect(back.config).toEqual(m.config);
    expect(back.normalize).toBe(true);
    expect(Array.from(back.weights)).toEqual(Array.from(m.weights));
    expect(back.weightScale).toBeCloseTo(0.01, 6);
    expect(back.plattA).toBeCloseTo(1.5, 6);
    expect(back.plattB).toBeCloseTo(-0.25, 6);
    expect(claimMargin(back, 'Unemployment fell to 3.9 percent.')).toBeCloseTo(claimMargin(m, 'Unemployment fell to 3.9 percent.'), 5);
  });

  it('round-trips a version 2 model with lexicon, clusters and dense head', () => {
    const words = ['unemployment', 'fell', 'to', 'percent', 'naïve'];
    const vectors = Float32Array.from({ length: words.length * 3 }, (_, k) => Math.sin(k));
    const { codes, scales } = quantize4(vectors, words.length, 3);
    const lexicon = makeLexicon(words, 3, codes, scales, [Uint16Array.of(0, 1, 2, 3, 4), Uint16Array.of(1, 1, 0, 0, 1)]);
    const dense = { inDim: 6, hidden: 2, w1: Float32Array.from({ length: 12 }, (_, i) => i / 10 - 0.5), b1: Float32Array.of(0.1, -0.2), w2: Float32Array.of(1.5, -0.5), b2: 0.25 };
    const m: ClaimModel = { ...tiny(), config: { ...tiny().config, clusters: true }, lexicon, dense };
    const bytes = encodeClaimModel(m);
    expect(bytes[4]).toBe(2);
    const back = decodeClaimModel(bytes);
    expect(back.lexicon!.words).toEqual(words);
    expect(back.lexicon!.clusters.map((c) => Array.from(c))).toEqual(lexicon.clusters.map((c) => Array.from(c)));
    expect(back.dense!.hidden).toBe(2);
    const text = 'Unemployment fell to 3.9 percent, a naïve figure.';
    expect(claimMargin(back, text)).toBeCloseTo(claimMargin(m, text), 5);
    // The clusters and the head change the margin: without them it differs.
    expect(claimMargin({ ...m, dense: undefined }, text)).not.toBeCloseTo(claimMargin(m, text), 5);
    expect(() => decodeClaimModel(bytes.subarray(0, bytes.length - 3))).toThrow(/truncated/);
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    expect(() => decodeClaimModel(longer)).toThrow(/trailing/);
  });

  it('decodes from a view into a larger buffer', () => {
    const bytes = encodeClaimModel(tiny());
    const padded = new Uint8Array(bytes.length + 7);
    padded.set(bytes, 3);
    expect(decodeClaimModel(padded.subarray(3, 3 + bytes.length)).weights.length).toBe(1 << 10);
  });

  it('rejects foreign, truncated and future files with a clear error', () => {
    const bytes = encodeClaimModel(tiny());
    expect(() => decodeClaimModel(new Uint8Array([1, 2, 3]))).toThrow(/claim model/);
    expect(() => decodeClaimModel(bytes.subarray(0, bytes.length - 1))).toThrow(/truncated/);
    const future = bytes.slice();
    future[4] = 99;
    expect(() => decodeClaimModel(future)).toThrow(/version/);
  });

  it('ships a model of at most 2 MB that decodes', () => {
    const bytes = shipped();
    expect(bytes.length).toBeLessThanOrEqual(2 * 1024 * 1024);
    const m = decodeClaimModel(bytes);
    expect(m.plattA).toBeGreaterThan(0);
  });

  it('calibration is monotonic in the margin and stays in [0, 1]', () => {
    const m = decodeClaimModel(shipped());
    let prev = -1;
    for (let x = -50; x <= 50; x += 0.25) {
      const p = calibrate(m, x);
      expect(p).toBeGreaterThanOrEqual(prev);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
      prev = p;
    }
    expect(calibrate(m, Infinity)).toBe(1);
    expect(calibrate(m, -Infinity)).toBe(0);
  });
});
