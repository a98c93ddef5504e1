import { describe, expect, it } from 'vitest';
import { hashString } from './hash.ts';
import { decodeHashedClusters, encodeHashedClusters, lookupHashedCluster } from './hashed-clusters.ts';

describe('hashed word clusters', () => {
  const words = ['takaichi', 'kiribati', 'tuvalu', 'reuters', 'monday'];
  const rows = words.map((w, i) => [hashString(w), i + 1, i < 3 ? 1 : 2] as const);

  it('round-trips every listed word to its fine and coarse cluster', () => {
    const { meta, bytes } = encodeHashedClusters(rows);
    const table = decodeHashedClusters(JSON.parse(JSON.stringify(meta)), bytes);
    words.forEach((w, i) => expect(lookupHashedCluster(table, hashString(w))).toBe(((i + 1) << 16) | (i < 3 ? 1 : 2)));
  });

  it('gives unlisted words no cluster, apart from rare fingerprint collisions', () => {
    const many = Array.from({ length: 5000 }, (_, i) => [hashString(`word${i}`), (i % 900) + 1, (i % 60) + 1] as const);
    const { meta, bytes } = encodeHashedClusters(many);
    const table = decodeHashedClusters(meta, bytes);
    let hits = 0;
    for (let i = 0; i < 20000; i++) if (lookupHashedCluster(table, hashString(`other${i}`)) !== 0) hits++;
    expect(hits / 20000).toBeLessThan(0.01);
  });

  it('keeps the first of two words that share a fingerprint', () => {
    const { meta, bytes } = encodeHashedClusters([[0xabcdef12, 7, 1], [0xabcdef00, 9, 2]]);
    const table = decodeHashedClusters(meta, bytes);
    expect(lookupHashedCluster(table, 0xabcdef12) >>> 16).toBe(7);
  });

  it('reads a corrupt table as an empty one instead of throwing', () => {
    const { meta, bytes } = encodeHashedClusters(rows);
    for (const cut of [bytes.subarray(0, bytes.length - 1), new Uint8Array(bytes.length).fill(0xff)]) {
      const table = decodeHashedClusters(meta, cut);
      expect(lookupHashedCluster(table, hashString('reuters'))).toBe(0);
    }
  });
});
