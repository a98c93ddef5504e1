/**
 * Hashed sparse features of one sentence or clause for the claim model: word unigrams and bigrams (numbers
 * by shape), character n-grams inside words, the opening words, the dense cues of `cues.ts`, and word
 * clusters from the lexicon (lexicon.ts) as unigrams, bigrams and word-cluster pairs. Training
 * (scripts/train-claims.ts) and inference share this one function, so the two can never drift apart.
 */
import { scanCues, type CueScan } from './cues.ts';
import { clusterLabel, type WordLexicon } from './lexicon.ts';
import { numberShape, tokenize, type Token } from './tokens.ts';

/** Which feature families a model uses; stored in the model file so inference rebuilds the same vector. */
export interface FeatureConfig {
  /** log2 of the hash table size. */
  bits: number;
  bigrams: boolean;
  trigrams: boolean;
  /** Character n-gram lengths inside words, e.g. [3, 4]; empty for none. */
  charGrams: number[];
  cues: boolean;
  /** Mid-sentence capitalized words (names) get one shared NAME feature instead of their character
   * grams: a name's spelling says nothing about check-worthiness, and news names are unseen in debates. */
  names?: boolean;
  /** Word-cluster features from the model's lexicon (one family per cluster granularity). */
  clusters?: boolean;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function mix(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** FNV-1a of `ns` + "\u0001" + `a` (+ "\u0002" + `b`). */
function hash2(ns: string, a: string, b?: string): number {
  let h = mix(FNV_OFFSET, ns);
  h = Math.imul(h ^ 1, FNV_PRIME);
  h = mix(h, a);
  if (b !== undefined) {
    h = Math.imul(h ^ 2, FNV_PRIME);
    h = mix(h, b);
  }
  return h >>> 0;
}

/** The word form the model sees: numbers by shape, everything else lowercased. */
function form(t: Token): string {
  return numberShape(t.lower) ?? t.lower;
}

/** Hashed feature indices of `text` (duplicates kept: a repeated word counts twice). */
export function featurize(
  text: string, config: FeatureConfig, tokens: Token[] = tokenize(text), scan: CueScan | null = null,
  lexicon: WordLexicon | null = null,
): Uint32Array {
  const mask = (1 << config.bits) - 1;
  const forms = tokens.map(form);
  const out: number[] = [hash2('bias', '') & mask];
  for (let i = 0; i < forms.length; i++) {
    const w = forms[i]!;
    out.push(hash2('w', w) & mask);
    if (config.bigrams) out.push(hash2('b', i === 0 ? '<s>' : forms[i - 1]!, w) & mask);
    if (config.trigrams && i > 0) out.push(hash2('t', i === 1 ? '<s>' : forms[i - 2]! + ' ' + forms[i - 1]!, w) & mask);
    if (config.names && isName(tokens, i)) out.push(hash2('name', '') & mask);
    else if (config.charGrams.length > 0 && w.length >= 3) charGrams(w, config.charGrams, mask, out);
  }
  if (config.bigrams && forms.length > 0) out.push(hash2('b', forms[forms.length - 1]!, '</s>') & mask);
  if (forms.length > 1) out.push(hash2('p2', forms[0]!, forms[1]!) & mask);
  if (config.cues) for (const c of (scan ?? scanCues(tokens)).features) out.push(hash2('cue', c) & mask);
  if (config.clusters && lexicon) clusterFeatures(tokens, forms, lexicon, mask, out);
  return Uint32Array.from(out);
}

/** Cluster unigrams and bigrams, and word-cluster pairs both ways: "we [cut-verbs]" or "[numbers] percent"
 * generalize to the words of the same cluster that the debates never used. */
function clusterFeatures(tokens: Token[], forms: string[], lex: WordLexicon, mask: number, out: number[]): void {
  const rows = tokens.map((t) => lex.index.get(t.lower));
  for (let q = 0; q < lex.clusters.length; q++) {
    const ns = String(q);
    let prev = '<s>';
    for (let i = 0; i < tokens.length; i++) {
      const c = clusterLabel(lex, q, rows[i], tokens[i]!.lower);
      out.push(hash2('k' + ns, c) & mask);
      out.push(hash2('kb' + ns, prev, c) & mask);
      if (i > 0) {
        out.push(hash2('kwc' + ns, forms[i - 1]!, c) & mask);
        out.push(hash2('kcw' + ns, prev, forms[i]!) & mask);
      }
      prev = c;
    }
  }
}

/** A capitalized word that is not the first of the span nor "I" (nor right after a quote mark). */
function isName(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (i === 0 || t.lower === 'i' || t.lower.startsWith("i'")) return false;
  const c = t.text.charCodeAt(0);
  if (!(c >= 65 && c <= 90)) return false;
  const prev = tokens[i - 1]!.lower;
  return prev !== '"' && prev !== ':';
}

function charGrams(w: string, sizes: number[], mask: number, out: number[]): void {
  // Pad with boundary marks so prefixes ("un…") and suffixes ("…ed", "…est") are their own grams.
  const padded = '<' + w + '>';
  for (const n of sizes) {
    for (let i = 0; i + n <= padded.length; i++) {
      let h = Math.imul(mix(FNV_OFFSET, 'c') ^ n, FNV_PRIME);
      h = mix(h, padded, i, i + n);
      out.push((h >>> 0) & mask);
    }
  }
}
