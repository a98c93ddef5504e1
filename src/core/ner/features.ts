/**
 * Feature extraction for the tagger, shared by training and inference. Each token gets up to
 * MAX_FEATURES hashed bucket ids: the word and its lowercase, word shapes, affixes, a ±2 window,
 * gazetteer matches, word clusters learned from unlabelled text, and document features (how the same
 * word is written elsewhere in the article), which carry the most weight on headlines in capitals and
 * sentence-initial names. Templates are numbered; changing one needs a retrain.
 */
import { hashString, hashStep, HASH_SEED, mix } from './hash.ts';
import { matchGazetteer, type Gazetteer } from './gazetteer.ts';

export const MAX_FEATURES = 64;

export interface FeatureResources {
  gazetteer: Gazetteer;
  /** Lowercased word → (fine cluster << 16) | coarse cluster, both 1-based. */
  clusters: Map<string, number>;
  bits: number;
}

/** One document's features: per sentence, `n * MAX_FEATURES` bucket ids, -1 padded. */
export type DocFeatures = Int32Array[];

interface TokenInfo {
  lower: number;
  exact: number;
  shape: number;
  short: number;
  shortStr: string;
  cluster: number;
  caseClass: number;
}

const PAD_START = hashString('<s>');
const PAD_END = hashString('</s>');

/** Lowercase with digits folded to 0, so 1996 and 1997 share their word features. */
export function normalizeWord(w: string): string {
  const l = w.toLowerCase();
  return /\d/.test(l) ? l.replace(/\d/g, '0') : l;
}

/** 0 lower/other, 1 Capitalized, 2 ALLCAPS (2+ letters), 3 mixed/other with a capital. */
function caseClassOf(w: string): number {
  const up = w.toUpperCase();
  const low = w.toLowerCase();
  if (up === low) return 0;
  if (w === low) return 0;
  if (w === up) return w.length > 1 ? 2 : 1;
  const first = w[0]!;
  return first !== first.toLowerCase() ? 1 : 3;
}

/** A sentence is a headline when most of its words are in capitals (CoNLL titles, wire slugs). */
function isHeadline(words: readonly string[]): boolean {
  let letters = 0;
  let caps = 0;
  for (const w of words) {
    if (w.toUpperCase() === w.toLowerCase()) continue;
    letters++;
    if (w === w.toUpperCase()) caps++;
  }
  return letters >= 2 && caps >= 0.8 * letters;
}

function shapeHashes(w: string): [number, number, string] {
  let long = HASH_SEED;
  let short = '';
  let last = '';
  for (let i = 0; i < w.length && i < 16; i++) {
    const ch = w[i]!;
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    long = hashStep(long, c.charCodeAt(0));
    if (c !== last) short += c;
    last = c;
  }
  return [long, hashString(short), short];
}

/** Extracts features for one document (its sentences of tokens). */
export function extractFeatures(doc: readonly (readonly string[])[], res: FeatureResources): DocFeatures {
  const shift = 32 - res.bits;
  const infos: TokenInfo[][] = [];
  const lowers: string[][] = [];
  const heads: boolean[] = [];
  // Document statistics: how each word is written elsewhere in the article.
  const capMid = new Map<string, number>();
  const lowerSeen = new Set<string>();
  for (const sent of doc) {
    const head = isHeadline(sent);
    heads.push(head);
    const ls: string[] = [];
    const is: TokenInfo[] = [];
    for (let i = 0; i < sent.length; i++) {
      const w = sent[i]!;
      const l = normalizeWord(w);
      const [shape, short, shortStr] = shapeHashes(w);
      const cc = caseClassOf(w);
      ls.push(l);
      is.push({ lower: hashString(l), exact: hashString(w), shape, short, shortStr, cluster: res.clusters.get(l) ?? 0, caseClass: cc });
      if (!head && i > 0 && cc === 1 && !isQuoteOrOpen(sent[i - 1]!)) capMid.set(l, (capMid.get(l) ?? 0) + 1);
      if (!head && cc === 0 && l !== w.toUpperCase()) lowerSeen.add(l);
    }
    lowers.push(ls);
    infos.push(is);
  }
  const out: DocFeatures = [];
  for (let s = 0; s < doc.length; s++) {
    const sent = doc[s]!;
    const is = infos[s]!;
    const ls = lowers[s]!;
    const head = heads[s]! ? 1 : 0;
    const gaz = matchGazetteer(ls, res.gazetteer);
    const n = sent.length;
    const feats = new Int32Array(n * MAX_FEATURES).fill(-1);
    for (let i = 0; i < n; i++) {
      let k = i * MAX_FEATURES;
      const end = k + MAX_FEATURES;
      const add = (h: number): void => {
        if (k < end) feats[k++] = h >>> shift;
      };
      const t = is[i]!;
      const w = sent[i]!;
      const l = ls[i]!;
      const lm1 = i > 0 ? is[i - 1]!.lower : PAD_START;
      const lm2 = i > 1 ? is[i - 2]!.lower : PAD_START;
      const lp1 = i + 1 < n ? is[i + 1]!.lower : PAD_END;
      const lp2 = i + 2 < n ? is[i + 2]!.lower : PAD_END;
      const sm1 = i > 0 ? is[i - 1]!.short : PAD_START;
      const sp1 = i + 1 < n ? is[i + 1]!.short : PAD_END;
      add(mix(1, 0));
      add(mix(2, t.exact));
      add(mix(3, t.lower));
      add(mix(4, t.shape));
      add(mix(5, t.short));
      let p = HASH_SEED;
      let q = HASH_SEED;
      for (let a = 0; a < 4 && a < l.length; a++) {
        p = hashStep(p, l.charCodeAt(a));
        q = hashStep(q, l.charCodeAt(l.length - 1 - a));
        add(mix(6 + a, p));
        add(mix(10 + a, q));
      }
      add(mix(14, lm1));
      add(mix(15, lp1));
      add(mix(16, lm2));
      add(mix(17, lp2));
      add(mix(18, lm1, t.lower));
      add(mix(19, t.lower, lp1));
      add(mix(20, sm1, t.short));
      add(mix(21, t.short, sp1));
      add(mix(22, mix(0, sm1, t.short), sp1));
      if (i === 0) add(mix(23, t.short));
      if (head) {
        add(mix(24, t.lower));
        add(mix(25, t.short));
      }
      // Case-insensitive window words conjoined with this token's shape ("Mr" before a capital).
      add(mix(26, lm1, t.short));
      add(mix(27, lp1, t.short));
      for (const g of gaz[i]!) add(mix(28, g, t.caseClass));
      if (i > 0) for (const g of gaz[i - 1]!) add(mix(29, g));
      if (i + 1 < n) for (const g of gaz[i + 1]!) add(mix(30, g));
      if (t.cluster) {
        add(mix(31, t.cluster >>> 16));
        add(mix(32, t.cluster & 0xffff, t.caseClass));
      } else add(mix(33, t.caseClass));
      const cm1 = i > 0 ? is[i - 1]!.cluster : 0;
      const cp1 = i + 1 < n ? is[i + 1]!.cluster : 0;
      add(mix(34, cm1 >>> 16));
      add(mix(35, cp1 >>> 16));
      if (t.caseClass !== 0) {
        // How the same word is written elsewhere: capitalized mid-sentence means a name; lowercase means not.
        const docCode = (capMid.has(l) ? 2 : 0) + (lowerSeen.has(l) ? 1 : 0);
        add(mix(36, docCode, (i === 0 ? 4 : 0) + head * 8 + t.caseClass));
      }
      add(mix(37, Math.min(w.length, 12), t.caseClass));
      if (t.shortStr.length === 1 && t.shortStr !== 'X' && t.shortStr !== 'x' && t.shortStr !== 'd') add(mix(38, t.exact, lm1));
    }
    out.push(feats);
  }
  return out;
}

function isQuoteOrOpen(w: string): boolean {
  return w.length === 1 && '"“‘\'([{:-–—'.includes(w);
}
