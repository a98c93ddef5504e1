/**
 * Word clusters keyed by a short hash of the word instead of the word itself. The GloVe clusters cover
 * tens of thousands of words; spelled out they would take more of the model file than all the weights'
 * growth they pay for. A 22-bit fingerprint of the word's lowercase hash (which the features compute
 * anyway) costs about one byte per word once sorted and gap-coded, and a word outside the list hits a
 * listed fingerprint about once in a hundred: a wrong cluster for a rare word, which the model learned
 * to expect because training reads the same table.
 */
export interface HashedClusters {
  bits: number;
  /** Fingerprints, sorted ascending. */
  keys: Uint32Array;
  /** (fine << 16) | coarse, both 1-based, per key. */
  values: Uint32Array;
}

/** What the model header says about the table; its bytes follow the passes' weights in the file. */
export interface HashedClustersMeta {
  bits: number;
  /** Number of fingerprints. */
  keys: number;
  /** Length of the gap column (LEB128 varints between sorted fingerprints). */
  gapBytes: number;
  /** Coarse cluster (1-based) of each fine cluster (1-based; index 0 unused). */
  coarseOfFine: number[];
}

export const FINGERPRINT_BITS = 22;

export function fingerprint(hash: number, bits: number): number {
  return hash >>> (32 - bits);
}

/**
 * Builds the table from (word hash, fine, coarse) rows in priority order: on a fingerprint collision
 * the first row wins. Bytes: the gaps, then the fine ids' low bytes, then their high bytes (columns
 * apart, so gzip sees the nearly constant high bytes on their own).
 */
export function encodeHashedClusters(rows: readonly (readonly [number, number, number])[], bits = FINGERPRINT_BITS): { meta: HashedClustersMeta; bytes: Uint8Array } {
  const byKey = new Map<number, number>();
  const coarseOfFine: number[] = [0];
  for (const [hash, fine, coarse] of rows) {
    const key = fingerprint(hash, bits);
    if (!byKey.has(key)) byKey.set(key, fine);
    coarseOfFine[fine] = coarse;
  }
  for (let i = 0; i < coarseOfFine.length; i++) coarseOfFine[i] ??= 0;
  const keys = [...byKey.keys()].sort((a, b) => a - b);
  const gaps: number[] = [];
  let prev = 0;
  for (const k of keys) {
    let g = k - prev;
    prev = k;
    while (g >= 0x80) {
      gaps.push((g & 0x7f) | 0x80);
      g >>>= 7;
    }
    gaps.push(g);
  }
  const n = keys.length;
  const bytes = new Uint8Array(gaps.length + 2 * n);
  bytes.set(gaps, 0);
  keys.forEach((k, i) => {
    const f = byKey.get(k)!;
    bytes[gaps.length + i] = f & 0xff;
    bytes[gaps.length + n + i] = f >>> 8;
  });
  return { meta: { bits, keys: n, gapBytes: gaps.length, coarseOfFine }, bytes };
}

/** Reads a stored table; one whose bytes do not match its description yields no clusters rather than a throw. */
export function decodeHashedClusters(meta: HashedClustersMeta, bytes: Uint8Array): HashedClusters {
  const empty = { bits: meta.bits, keys: new Uint32Array(0), values: new Uint32Array(0) };
  const n = meta.keys;
  if (!Number.isInteger(n) || n < 0 || bytes.length !== meta.gapBytes + 2 * n) return empty;
  const keys = new Uint32Array(n);
  const values = new Uint32Array(n);
  let pos = 0;
  let key = 0;
  for (let i = 0; i < n; i++) {
    let g = 0;
    let shift = 0;
    for (;;) {
      if (pos >= meta.gapBytes || shift > 28) return empty;
      const b = bytes[pos++]!;
      g += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) break;
    }
    key += g;
    keys[i] = key;
    const f = bytes[meta.gapBytes + i]! | (bytes[meta.gapBytes + n + i]! << 8);
    values[i] = (f << 16) | (meta.coarseOfFine[f] ?? 0);
  }
  return { bits: meta.bits, keys, values };
}

/** The clusters of the word whose lowercase hash is `hash`, or 0. */
export function lookupHashedCluster(table: HashedClusters, hash: number): number {
  const key = fingerprint(hash, table.bits);
  const { keys } = table;
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid]!;
    if (k === key) return table.values[mid]!;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
