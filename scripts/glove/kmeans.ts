/**
 * Spherical k-means over word vectors (cosine similarity to unit centroids), seeded: the word clusters
 * of the claim model's lexicon and of the entity tagger. Training only.
 */
import { rng } from '../seeded-rng.ts';

/** The cluster (0..k−1) of each of the `n` rows of `vectors` (n × d). */
export function sphericalKMeans(vectors: Float32Array, n: number, d: number, k: number, iterations: number, seed: number): Uint16Array {
  const x = new Float32Array(n * d);
  for (let r = 0; r < n; r++) {
    let s = 0;
    for (let i = 0; i < d; i++) s += vectors[r * d + i]! ** 2;
    s = Math.sqrt(s) || 1;
    for (let i = 0; i < d; i++) x[r * d + i] = vectors[r * d + i]! / s;
  }
  const rand = rng(seed);
  const centroids = new Float32Array(k * d);
  const pick = (j: number): void => {
    const r = Math.floor(rand() * n);
    centroids.set(x.subarray(r * d, r * d + d), j * d);
  };
  for (let j = 0; j < k; j++) pick(j);
  const assign = new Uint16Array(n);
  for (let it = 0; it < iterations; it++) {
    for (let r = 0; r < n; r++) {
      let best = -Infinity, bj = 0;
      const o = r * d;
      for (let j = 0; j < k; j++) {
        let s = 0;
        const q = j * d;
        for (let i = 0; i < d; i++) s += x[o + i]! * centroids[q + i]!;
        if (s > best) { best = s; bj = j; }
      }
      assign[r] = bj;
    }
    centroids.fill(0);
    for (let r = 0; r < n; r++) {
      const q = assign[r]! * d;
      for (let i = 0; i < d; i++) centroids[q + i]! += x[r * d + i]!;
    }
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let i = 0; i < d; i++) s += centroids[j * d + i]! ** 2;
      s = Math.sqrt(s);
      // An empty cluster restarts at a random word rather than dying.
      if (s === 0) pick(j);
      else for (let i = 0; i < d; i++) centroids[j * d + i]! /= s;
    }
  }
  return assign;
}
