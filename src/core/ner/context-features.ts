/**
 * Second-pass (non-local) features: what the first pass said about the same word elsewhere in the
 * article. A name tagged PER three times and ORG once is probably PER the fourth time; a word seen
 * inside "Keir Starmer" is a person's name when it stands alone. This is the two-stage idea of Krishnan
 * & Manning (2006) and Ratinov & Roth's (2009) prediction history, trained on cross-validated first-pass
 * output so the second pass learns how far to trust the first.
 */
import { mix } from './hash.ts';
import { MAX_FEATURES, normalizeWord, type DocFeatures } from './features.ts';
import { chunksFromLabels, TYPES } from './labels.ts';

const NT = TYPES.length;

/**
 * Base features plus second-pass features, for one document and its first-pass labels. With `inPlace`
 * the base arrays are extended instead of copied (inference, where they are not needed again).
 */
export function contextFeatures(
  doc: readonly (readonly string[])[],
  base: DocFeatures,
  first: readonly Uint8Array[],
  bits: number,
  inPlace = false,
  confidence?: readonly Uint8Array[],
): DocFeatures {
  const shift = 32 - bits;
  // Per lowercased word: how many of its occurrences fell in each type (index NT = outside any name).
  const typeCounts = new Map<string, Int32Array>();
  // Per lowercased word: (type, part-of-phrase) codes seen inside multi-word names.
  const inPhrase = new Map<string, Set<number>>();
  // Per lowercased word: the type of its first occurrence inside a name (first mentions are the fullest).
  const firstType = new Map<string, number>();
  // Multi-word names as lowercased phrases → type, to find the same phrase where pass 1 missed it.
  const phrases = new Map<string, number>();
  let maxPhrase = 0;
  const tokTypes: Int8Array[] = [];
  const lowers: string[][] = [];
  doc.forEach((sent, s) => {
    const types = new Int8Array(sent.length).fill(NT);
    const ls = sent.map(normalizeWord);
    for (const c of chunksFromLabels(first[s]!)) {
      const t = (TYPES as readonly string[]).indexOf(c.type);
      for (let k = c.start; k < c.end; k++) {
        types[k] = t;
        if (!firstType.has(ls[k]!)) firstType.set(ls[k]!, t);
      }
      if (c.end - c.start < 2) continue;
      if (c.end - c.start <= 4) {
        const key = ls.slice(c.start, c.end).join(' ');
        if (!phrases.has(key)) phrases.set(key, t);
        maxPhrase = Math.max(maxPhrase, c.end - c.start);
      }
      for (let k = c.start; k < c.end; k++) {
        const part = k === c.start ? 0 : k === c.end - 1 ? 2 : 1;
        let set = inPhrase.get(ls[k]!);
        if (!set) inPhrase.set(ls[k]!, (set = new Set()));
        set.add(t * 3 + part);
      }
    }
    for (let i = 0; i < sent.length; i++) {
      const w = sent[i]!;
      if (w.toLowerCase() === w) continue; // only words written with a capital carry name evidence
      let counts = typeCounts.get(ls[i]!);
      if (!counts) typeCounts.set(ls[i]!, (counts = new Int32Array(NT + 1)));
      counts[types[i]!]!++;
    }
    tokTypes.push(types);
    lowers.push(ls);
  });

  return doc.map((sent, s) => {
    const feats = inPlace ? base[s]! : base[s]!.slice();
    const types = tokTypes[s]!;
    const ls = lowers[s]!;
    const lab = first[s]!;
    // Where a multi-word name from elsewhere in the document recurs here: B/I/E codes per token.
    const recur = new Int16Array(sent.length).fill(-1);
    if (maxPhrase > 0) {
      for (let i = 0; i + 1 < sent.length; i++) {
        if (!inPhrase.has(ls[i]!)) continue;
        let key = ls[i]!;
        for (let len = 2; len <= maxPhrase && i + len <= sent.length; len++) {
          key += ` ${ls[i + len - 1]!}`;
          const t = phrases.get(key);
          if (t === undefined) continue;
          for (let k = i; k < i + len; k++) recur[k] = t * 3 + (k === i ? 0 : k === i + len - 1 ? 2 : 1);
        }
      }
    }
    for (let i = 0; i < sent.length; i++) {
      let k = i * MAX_FEATURES;
      const end = k + MAX_FEATURES;
      while (k < end && feats[k]! >= 0) k++;
      // Base features use at most 74 slots (a token hitting six lists, next to others that do) and this pass
      // up to 12; in that rare worst case the last of these are dropped, the same way in training and use.
      const add = (h: number): void => {
        if (k < end) feats[k++] = h >>> shift;
      };
      const own = lab[i]!;
      add(mix(50, own));
      if (confidence) add(mix(58, own, confidence[s]![i]!));
      add(mix(51, mix(0, i > 0 ? lab[i - 1]! : 99, own), i + 1 < sent.length ? lab[i + 1]! : 99));
      const counts = typeCounts.get(ls[i]!);
      if (counts) {
        // Occurrences elsewhere: this one is left out.
        let total = 0;
        let best = -1;
        let bestCount = 0;
        let seen = 0;
        for (let t = 0; t <= NT; t++) {
          const c = counts[t]! - (types[i] === t && sent[i]!.toLowerCase() !== sent[i] ? 1 : 0);
          if (c <= 0) continue;
          total += c;
          seen |= 1 << t;
          if (c > bestCount) {
            best = t;
            bestCount = c;
          }
        }
        if (total > 0) {
          add(mix(52, best, Math.min(total, 3)));
          add(mix(53, seen));
        } else add(mix(54, 0));
      }
      const parts = inPhrase.get(ls[i]!);
      if (parts) {
        let m = 0;
        for (const code of parts) if (m++ < 4) add(mix(55, code, types[i]! === NT ? 0 : 1));
      }
      const ft = firstType.get(ls[i]!);
      if (ft !== undefined && sent[i]!.toLowerCase() !== sent[i]) add(mix(56, ft));
      if (recur[i]! >= 0) add(mix(57, recur[i]!));
    }
    return feats;
  });
}
