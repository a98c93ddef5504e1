/**
 * Feature extraction for the tagger, shared by training and inference. Each token gets up to
 * MAX_FEATURES hashed bucket ids: the word and its lowercase, word shapes, affixes, a ±2 window,
 * gazetteer matches, word clusters of GloVe vectors, and document features (how the same
 * word is written elsewhere in the article), which carry the most weight on headlines in capitals and
 * sentence-initial names. Templates are numbered; changing one needs a retrain.
 */
import { hashString, hashStep, HASH_SEED, mix } from './hash.ts';
import { GAZ_CATEGORIES, matchGazetteer, type Gazetteer } from './gazetteer.ts';
import { lookupHashedCluster, type HashedClusters } from './hashed-clusters.ts';

export const MAX_FEATURES = 80;

export interface FeatureResources {
  gazetteer: Gazetteer;
  /** Word clusters of GloVe vectors, keyed by the lowercase word's hash: (fine << 16) | coarse, 1-based. */
  clusters?: HashedClusters;
  bits: number;
  /** Lowercase words usually written capitalized, for restoring case in all-lowercase text. */
  capitalized?: Set<string>;
}

/** One document's features: per sentence, `n * MAX_FEATURES` bucket ids, -1 padded. */
export type DocFeatures = Int32Array[];

/** What the features need to know about one word form; cached, since words repeat. */
interface TokenInfo {
  norm: string;
  lower: number;
  short: number;
  shortStr: string;
  cluster: number;
  caseClass: number;
  /** Mixed hashes of the features that depend on the word alone (word, shapes, affixes). */
  local: number[];
}

const PAD_START = hashString('<s>');
const PAD_END = hashString('</s>');
const CACHE_LIMIT = 200_000;
const caches = new WeakMap<FeatureResources, Map<string, TokenInfo>>();

function tokenInfo(w: string, res: FeatureResources, cache: Map<string, TokenInfo>): TokenInfo {
  let t = cache.get(w);
  if (t) return t;
  const l = normalizeWord(w);
  const [shape, short, shortStr] = shapeHashes(w);
  const lower = hashString(l);
  const local = [mix(2, hashString(w)), mix(3, lower), mix(4, shape), mix(5, short)];
  let p = HASH_SEED;
  let q = HASH_SEED;
  for (let a = 0; a < 4 && a < l.length; a++) {
    p = hashStep(p, l.charCodeAt(a));
    q = hashStep(q, l.charCodeAt(l.length - 1 - a));
    local.push(mix(6 + a, p), mix(10 + a, q));
  }
  const caseClass = caseClassOf(w);
  // Inner character trigrams of capitalized words: unseen names share them with seen ones (-ovi-, -sso-).
  if (caseClass !== 0 && l.length > 4) {
    for (let a = 1; a + 3 <= l.length - 1 && a <= 8; a++) {
      local.push(mix(42, hashStep(hashStep(hashStep(HASH_SEED, l.charCodeAt(a)), l.charCodeAt(a + 1)), l.charCodeAt(a + 2))));
    }
  }
  t = { norm: l, lower, short, shortStr, cluster: res.clusters ? lookupHashedCluster(res.clusters, lower) : 0, caseClass, local };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(w, t);
  return t;
}

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
  let cache = caches.get(res);
  if (!cache) caches.set(res, (cache = new Map()));
  const infos: TokenInfo[][] = [];
  const heads: boolean[] = [];
  // Document statistics: how each word is written elsewhere in the article.
  const capMid = new Set<string>();
  const lowerSeen = new Set<string>();
  for (const sent of doc) {
    const head = isHeadline(sent);
    heads.push(head);
    const is: TokenInfo[] = new Array(sent.length);
    for (let i = 0; i < sent.length; i++) {
      const t = tokenInfo(sent[i]!, res, cache);
      is[i] = t;
      if (head) continue;
      if (i > 0 && t.caseClass === 1 && !isQuoteOrOpen(sent[i - 1]!)) capMid.add(t.norm);
      else if (t.caseClass === 0 && t.shortStr.includes('x')) lowerSeen.add(t.norm);
    }
    infos.push(is);
  }
  // Context aggregation (Ratinov & Roth 2009): the words around the other occurrences of a capitalized
  // word, so that "beat Japan 2-1" in one sentence informs "Japan" in another.
  const contexts = new Map<string, number[]>();
  infos.forEach((is) => {
    for (let i = 0; i < is.length; i++) {
      if (is[i]!.caseClass === 0) continue;
      let list = contexts.get(is[i]!.norm);
      if (!list) contexts.set(is[i]!.norm, (list = []));
      if (list.length < 16) list.push(i > 0 ? is[i - 1]!.lower : PAD_START, i + 1 < is.length ? is[i + 1]!.lower : PAD_END);
    }
  });
  const out: DocFeatures = [];
  const M = MAX_FEATURES;
  for (let s = 0; s < doc.length; s++) {
    const sent = doc[s]!;
    const is = infos[s]!;
    const head = heads[s]! ? 1 : 0;
    const gaz = matchGazetteer(is.map((t) => t.norm), res.gazetteer);
    const n = sent.length;
    const f = new Int32Array(n * M).fill(-1);
    const quoted = insideQuotes(sent);
    const runs = capitalRuns(is, gaz);
    for (let i = 0; i < n; i++) {
      let k = i * M;
      const t = is[i]!;
      const lm1 = i > 0 ? is[i - 1]!.lower : PAD_START;
      const lm2 = i > 1 ? is[i - 2]!.lower : PAD_START;
      const lp1 = i + 1 < n ? is[i + 1]!.lower : PAD_END;
      const lp2 = i + 2 < n ? is[i + 2]!.lower : PAD_END;
      const sm1 = i > 0 ? is[i - 1]!.short : PAD_START;
      const sp1 = i + 1 < n ? is[i + 1]!.short : PAD_END;
      f[k++] = mix(1, 0) >>> shift;
      for (const h of t.local) f[k++] = h >>> shift;
      f[k++] = mix(14, lm1) >>> shift;
      f[k++] = mix(15, lp1) >>> shift;
      f[k++] = mix(16, lm2) >>> shift;
      f[k++] = mix(17, lp2) >>> shift;
      f[k++] = mix(18, lm1, t.lower) >>> shift;
      f[k++] = mix(19, t.lower, lp1) >>> shift;
      f[k++] = mix(20, sm1, t.short) >>> shift;
      f[k++] = mix(21, t.short, sp1) >>> shift;
      f[k++] = mix(22, mix(0, sm1, t.short), sp1) >>> shift;
      if (i === 0) f[k++] = mix(23, t.short) >>> shift;
      if (head) {
        f[k++] = mix(24, t.lower) >>> shift;
        f[k++] = mix(25, t.short) >>> shift;
      }
      // Case-insensitive window words conjoined with this token's shape ("Mr" before a capital).
      f[k++] = mix(26, lm1, t.short) >>> shift;
      f[k++] = mix(27, lp1, t.short) >>> shift;
      const g0 = gaz[i]!;
      for (let a = 0; a < g0.length && a < 6; a++) f[k++] = mix(28, g0[a]!, t.caseClass) >>> shift;
      // A list hit read with the word before it: "in" + country is a place, "beat" + country a team.
      if (g0.length > 0) f[k++] = mix(43, g0[0]!, lm1) >>> shift;
      if (i > 0) for (let a = 0, g = gaz[i - 1]!; a < g.length && a < 6; a++) f[k++] = mix(29, g[a]!) >>> shift;
      if (i + 1 < n) for (let a = 0, g = gaz[i + 1]!; a < g.length && a < 6; a++) f[k++] = mix(30, g[a]!) >>> shift;
      // A given name followed by a capitalized word is the classic person cue ("Sanae Takaichi"): read
      // the list hit together with the capitals on both sides.
      if (i > 0 && isGivenName(gaz[i - 1]!)) f[k++] = mix(46, t.caseClass, is[i - 1]!.caseClass) >>> shift;
      if (i + 1 < n && isGivenName(g0)) f[k++] = mix(47, t.caseClass, is[i + 1]!.caseClass) >>> shift;
      if (t.cluster) {
        f[k++] = mix(31, t.cluster >>> 16) >>> shift;
        f[k++] = mix(32, t.cluster & 0xffff, t.caseClass) >>> shift;
      } else f[k++] = mix(33, t.caseClass) >>> shift;
      f[k++] = mix(34, (i > 0 ? is[i - 1]!.cluster : 0) >>> 16) >>> shift;
      f[k++] = mix(35, (i + 1 < n ? is[i + 1]!.cluster : 0) >>> 16) >>> shift;
      if (t.caseClass !== 0) {
        // How the same word is written elsewhere: capitalized mid-sentence means a name; lowercase means not.
        const docCode = (capMid.has(t.norm) ? 2 : 0) + (lowerSeen.has(t.norm) ? 1 : 0);
        f[k++] = mix(36, docCode, (i === 0 ? 4 : 0) + head * 8 + t.caseClass) >>> shift;
        const ctx = contexts.get(t.norm)!;
        // Up to 4 other occurrences (their left and right words), skipping this one.
        for (let a = 0, used = 0; a < ctx.length && used < 4; a += 2) {
          if (ctx[a] === lm1 && ctx[a + 1] === lp1) continue;
          f[k++] = mix(44, ctx[a]!) >>> shift;
          f[k++] = mix(45, ctx[a + 1]!) >>> shift;
          used++;
        }
      }
      f[k++] = mix(37, Math.min(sent[i]!.length, 12), t.caseClass) >>> shift;
      f[k++] = mix(39, lm2, lm1) >>> shift;
      f[k++] = mix(40, lp1, lp2) >>> shift;
      // Titles of works usually stand in quotes ("Thriller"); quoted speech is mostly lowercase.
      if (quoted[i]) f[k++] = mix(41, t.caseClass, i > 0 ? is[i - 1]!.caseClass : 9) >>> shift;
      // The capitalized run this token sits in, read through its last word's kind (Island, Strait,
      // Wars, Award, University) and the lowercase word after it ("browser", "language"): a name's
      // head noun says its type even when the name itself was never seen.
      const run = runs[i]!;
      if (run !== 0) {
        f[k++] = mix(48, run & 0xff, run >>> 8 & 3) >>> shift;
        if (run >>> 16) f[k++] = mix(49, run >>> 16, run >>> 8 & 3) >>> shift;
      }
      if (t.shortStr.length === 1 && t.shortStr !== 'X' && t.shortStr !== 'x' && t.shortStr !== 'd') f[k++] = mix(38, t.local[0]!, lm1) >>> shift;
    }
    out.push(f);
  }
  return out;
}

/** Last words that make a capitalized run a place (islands, straits, ranges, sounds, ...). */
const GEO_HEADS = new Set(('island islands isle isles strait straits sea seas ocean bay bight gulf sound sounds alps mountains mountain ' +
  'mount range ranges river rivers lake lakes peninsula valley desert coast harbour harbor beach canyon falls plain plains plateau ' +
  'glacier fjord channel reef archipelago highlands lowlands basin delta cape volcano hills forest lagoon estuary firth heights').split(' '));
/** Last words that make a capitalized run an event, award, law or agreement (MISC in CoNLL). */
const EVENT_HEADS = new Set(('war wars award awards prize prizes cup games olympics olympiad festival act treaty agreement accord accords ' +
  'convention championship championships trophy medal revolution rebellion uprising battle declaration manifesto tournament ' +
  'open series expo summit protocol').split(' '));
/** Lowercase words after a name that mark it as a product, language, people or work ("Firefox browser"). */
const MISC_AFTER = new Set(('browser browsers engine software app apps application applications client project platform framework library ' +
  'language languages people peoples tribe tribes dialect script alphabet system systems device devices phone console game games ' +
  'film films novel album song series show program programme protocol standard format suite extension toolkit ' +
  'war wars culture cuisine music art word words name names descent origin').split(' '));
const ORG_WORD = GAZ_CATEGORIES.indexOf('org-word');
const LANGUAGE = GAZ_CATEGORIES.indexOf('language');
const NATIONALITY = GAZ_CATEGORIES.indexOf('nationality');

/**
 * Per token of a run of capitalized words: (kind of word after the run << 16) | (position: 0 begin,
 * 1 inside, 2 end, 3 single) << 8 | kind of the run's last word (1 place, 2 event, 3 organization,
 * 4 other, 5 a language or nationality ending a longer run: "New Zealand English"). 0 outside runs. Sentence-initial runs of one word are skipped (any word is capitalized there).
 */
function capitalRuns(is: readonly TokenInfo[], gaz: readonly (readonly number[])[]): Uint32Array {
  const out = new Uint32Array(is.length);
  for (let i = 0; i < is.length; ) {
    if (is[i]!.caseClass === 0) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < is.length && is[j + 1]!.caseClass !== 0) j++;
    if (!(i === 0 && j === 0)) {
      const last = is[j]!.norm;
      const orgWord = gaz[j]!.some((c) => c >>> 2 === ORG_WORD);
      const tongue = last === 'language' || gaz[j]!.some((c) => (c >>> 2 === LANGUAGE || c >>> 2 === NATIONALITY) && (c & 3) >= 2);
      const head = GEO_HEADS.has(last) ? 1 : EVENT_HEADS.has(last) ? 2 : orgWord ? 3 : tongue && j > i ? 5 : 4;
      const next = j + 1 < is.length ? is[j + 1]!.norm : '';
      const after = MISC_AFTER.has(next) ? 1 : 2;
      for (let a = i; a <= j; a++) out[a] = (after << 16) | ((i === j ? 3 : a === i ? 0 : a === j ? 2 : 1) << 8) | head;
    }
    i = j + 1;
  }
  return out;
}

const GIVEN_CODES = new Set([GAZ_CATEGORIES.indexOf('first-name'), GAZ_CATEGORIES.indexOf('given-name')].flatMap((id) => [id * 4, id * 4 + 3]));

/** Whether a token starts (or is) a given-name list phrase. */
function isGivenName(codes: readonly number[]): boolean {
  for (const c of codes) if (GIVEN_CODES.has(c)) return true;
  return false;
}

const OPEN_QUOTES = new Set(['"', '“', '‘', '«', "''", '``']);
const CLOSE_QUOTES = new Set(['"', '”', '’', '»', "''"]);

/** Which tokens sit between an opening and a closing quote mark (at most 12 tokens apart). */
function insideQuotes(sent: readonly string[]): Uint8Array {
  const out = new Uint8Array(sent.length);
  for (let i = 0; i < sent.length; i++) {
    if (!OPEN_QUOTES.has(sent[i]!)) continue;
    for (let j = i + 1; j < sent.length && j <= i + 13; j++) {
      if (CLOSE_QUOTES.has(sent[j]!)) {
        out.fill(1, i + 1, j);
        i = j;
        break;
      }
    }
  }
  return out;
}

function isQuoteOrOpen(w: string): boolean {
  return w.length === 1 && '"“‘\'([{:-–—'.includes(w);
}
