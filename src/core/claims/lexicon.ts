/**
 * The claim model's word lexicon: the most frequent English words with pretrained GloVe vectors (4-bit,
 * one scale per dimension) and the word clusters derived from them. Debate transcripts are a small and
 * dated vocabulary; the vectors and clusters carry what a word means into sentences on topics the
 * debates never discussed ("pandemic" sits near "epidemic", "tariffs" near "taxes"), which hashed
 * n-grams alone cannot. Shared by training (scripts/claims/) and inference, so lookups never drift.
 */
import type { Token } from './tokens.ts';

export interface WordLexicon {
  /** Word → row. */
  index: Map<string, number>;
  /** Row → word, in frequency order (as stored in the model file). */
  words: string[];
  dims: number;
  scales: Float32Array;
  /** The 4-bit codes unpacked to c − 8 (one byte each, row-major; value × scales[dim] is the vector),
   * so pooling adds small integers. The file stores them packed (`packCodes`). */
  values: Int8Array;
  /** Per cluster granularity, the cluster of each row. */
  clusters: Uint16Array[];
}

const CLITIC = /^(.+)(n't|'s|'re|'ve|'ll|'d|'m)$/;

/** Rows for one lowercased token: the word itself, else its parts split the way GloVe's tokenizer splits
 * them ("don't" → do + n't, "china's" → china + 's, "long-term" → long + term); [] when unknown. */
export function wordRows(lex: WordLexicon, lower: string): number[] {
  const r = lex.index.get(lower);
  if (r !== undefined) return [r];
  const out: number[] = [];
  const m = CLITIC.exec(lower);
  const parts = m ? [m[1]!, m[2]!] : lower.includes('-') ? lower.split('-') : [];
  for (const p of parts) {
    const q = lex.index.get(p);
    if (q !== undefined) out.push(q);
  }
  return out;
}

/** The cluster label of a token at granularity `set`: its cluster, "N" for an unknown number, "U" for
 * another unknown word. Only exact words: a split form would blur "don't" into "do". */
export function clusterOf(lex: WordLexicon, set: number, lower: string): string {
  return clusterLabel(lex, set, lex.index.get(lower), lower);
}

/** `clusterOf` for a row already looked up (undefined when the word is not in the lexicon). */
export function clusterLabel(lex: WordLexicon, set: number, row: number | undefined, lower: string): string {
  if (row !== undefined) return String(lex.clusters[set]![row]!);
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 48 && c <= 57) return 'N';
  }
  return 'U';
}

/** Mean and per-dimension max of the tokens' vectors (2 × dims values; zeros when none is known). */
export function poolVectors(lex: WordLexicon, tokens: readonly Token[]): Float32Array {
  const d = lex.dims, values = lex.values;
  const sum = new Int32Array(d);
  const max = new Int32Array(d).fill(-128);
  let n = 0;
  for (const t of tokens) {
    for (const r of wordRows(lex, t.lower)) {
      n++;
      const base = r * d;
      for (let i = 0; i < d; i++) {
        const v = values[base + i]!;
        sum[i]! += v;
        if (v > max[i]!) max[i] = v;
      }
    }
  }
  const out = new Float32Array(2 * d);
  // Scales are positive, so the max of the codes is the code of the max.
  if (n > 0) for (let i = 0; i < d; i++) { out[i] = (sum[i]! / n) * lex.scales[i]!; out[d + i] = max[i]! * lex.scales[i]!; }
  return out;
}

/** Quantizes float vectors (rows × dims) to 4-bit codes with one symmetric scale per dimension. */
export function quantize4(vectors: Float32Array, rows: number, dims: number): { codes: Uint8Array; scales: Float32Array } {
  const scales = new Float32Array(dims);
  for (let i = 0; i < dims; i++) {
    let max = 0;
    for (let r = 0; r < rows; r++) max = Math.max(max, Math.abs(vectors[r * dims + i]!));
    scales[i] = max / 7 || 1;
  }
  const codes = new Uint8Array(Math.ceil((rows * dims) / 2));
  for (let k = 0; k < rows * dims; k++) {
    const c = Math.max(-7, Math.min(7, Math.round(vectors[k]! / scales[k % dims]!))) + 8;
    codes[k >> 1]! |= (k & 1) === 0 ? c : c << 4;
  }
  return { codes, scales };
}

/** Builds the lexicon object from its stored parts. */
export function makeLexicon(words: string[], dims: number, codes: Uint8Array, scales: Float32Array, clusters: Uint16Array[]): WordLexicon {
  const index = new Map<string, number>();
  words.forEach((w, i) => { if (!index.has(w)) index.set(w, i); });
  const values = new Int8Array(words.length * dims);
  for (let k = 0; k < values.length; k++) {
    const byte = codes[k >> 1] ?? 8;
    values[k] = ((k & 1) === 0 ? byte & 15 : byte >> 4) - 8;
  }
  return { index, words, dims, scales, values, clusters };
}

/** The lexicon's values packed back to 4-bit codes, two per byte (low nibble first), as the file stores them. */
export function packCodes(values: Int8Array): Uint8Array {
  const codes = new Uint8Array(Math.ceil(values.length / 2));
  for (let k = 0; k < values.length; k++) codes[k >> 1]! |= (k & 1) === 0 ? values[k]! + 8 : (values[k]! + 8) << 4;
  return codes;
}
