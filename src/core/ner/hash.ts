/**
 * 32-bit hashing for the tagger's features. Features are never stored as strings: each one is a template
 * id mixed with one or two value hashes, then cut down to a bucket. Training and inference share this
 * file, so any change to it needs a retrained model (the model records FEATURE_VERSION).
 */

export const FEATURE_VERSION = 13;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Extends an FNV-1a hash by one code unit (for prefix hashes built incrementally). */
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME) >>> 0;
}

export const HASH_SEED = FNV_OFFSET;

/** Mixes a template id and up to two values into one well-spread 32-bit value (murmur3 finalizer). */
export function mix(template: number, a: number, b = 0): number {
  let h = Math.imul(template, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h ^= b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
