/**
 * The claim model's convolution branch: filters over `width` consecutive word vectors (lexicon.ts), ReLU,
 * max over the span, then a weighted sum added to the dense head's output. Pooled vectors (dense.ts) lose
 * word order; a window of two or three words sees local phrases ("cut taxes by", "more than doubled")
 * wherever they occur in a sentence, with unseen words landing near seen ones through their vectors.
 *
 * Speed: the filter response of a window is the sum of per-word, per-offset responses, so each word's
 * responses (width × filters values) are computed once and kept in a per-branch cache; a span then costs
 * width × filters additions per word. The cache grows with the distinct words seen, at most the lexicon.
 */
import { wordRows, type WordLexicon } from './lexicon.ts';
import type { Token } from './tokens.ts';

export interface ConvBranch {
  width: number;
  filters: number;
  /** Input dimension (the lexicon's dims). */
  dims: number;
  /** filters × width × dims, row-major: w[(f·width + k)·dims + i] weighs dimension i of the k-th word. */
  w: Float32Array;
  b: Float32Array;
  /** Output weight of each filter's max. */
  v: Float32Array;
}

/** Per-word responses (width × filters, offset-major), computed on first use. */
const caches = new WeakMap<ConvBranch, Map<number, Float32Array>>();

function responses(conv: ConvBranch, lex: WordLexicon, row: number): Float32Array {
  let cache = caches.get(conv);
  if (!cache) { cache = new Map(); caches.set(conv, cache); }
  const hit = cache.get(row);
  if (hit) return hit;
  const { width, filters, dims, w } = conv;
  const out = new Float32Array(width * filters);
  const x = new Float32Array(dims);
  const base = row * dims;
  for (let i = 0; i < dims; i++) x[i] = lex.values[base + i]! * lex.scales[i]!;
  for (let f = 0; f < filters; f++) {
    for (let k = 0; k < width; k++) {
      const o = (f * width + k) * dims;
      let s = 0;
      for (let i = 0; i < dims; i++) s += w[o + i]! * x[i]!;
      out[k * filters + f] = s;
    }
  }
  cache.set(row, out);
  return out;
}

/** The lexicon rows of a span in order; -1 for a word the lexicon lacks (a zero vector). */
export function spanRows(lex: WordLexicon, tokens: readonly Token[]): number[] {
  const rows: number[] = [];
  for (const t of tokens) {
    const rs = wordRows(lex, t.lower);
    if (rs.length === 0) rows.push(-1);
    else for (const r of rs) rows.push(r);
  }
  return rows;
}

/** The branch's output for a span: Σ_f v_f · max(0, max over windows of filter f). Windows run from one
 * word before the span to one after (zero vectors there), so a one-word span still has a window. */
export function convMargin(conv: ConvBranch, lex: WordLexicon, tokens: readonly Token[]): number {
  const rows = spanRows(lex, tokens);
  const { width, filters } = conv;
  const n = rows.length + 2; // padded
  const best = new Float32Array(filters); // ReLU floor: max starts at 0
  const acc = new Float32Array(filters);
  for (let t = 0; t + width <= n; t++) {
    acc.set(conv.b);
    for (let k = 0; k < width; k++) {
      const p = t + k - 1;
      const row = p >= 0 && p < rows.length ? rows[p]! : -1;
      if (row < 0) continue;
      const r = responses(conv, lex, row);
      const o = k * filters;
      for (let f = 0; f < filters; f++) acc[f]! += r[o + f]!;
    }
    for (let f = 0; f < filters; f++) if (acc[f]! > best[f]!) best[f] = acc[f]!;
  }
  let out = 0;
  for (let f = 0; f < filters; f++) out += conv.v[f]! * best[f]!;
  return out;
}
