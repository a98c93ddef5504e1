/**
 * Name lists (first names, countries, cities, organizations, ...) matched as token phrases. The tagger
 * uses matches as features, never as answers: a list hit on "May" or "Bush" only shifts the odds, and
 * the trained weights decide with the context.
 */
import { tokenize } from '../text/tokenize.ts';

/** The list categories, in the order their ids are used as features. Renaming one needs a retrain. */
export const GAZ_CATEGORIES = [
  'first-name', 'last-name', 'person', 'country', 'city', 'region', 'organization', 'sports-team',
  'nationality', 'title', 'org-word', 'place-word', 'date-word', 'language', 'currency', 'company-suffix',
  // Appended last so the ids above keep their meaning; not used for case restoration (too many common words).
  'geonames-city', 'given-name',
] as const;

export type GazetteerLists = Partial<Record<(typeof GAZ_CATEGORIES)[number], string[]>>;

export interface Gazetteer {
  /** Lowercased phrase (tokens joined by one space) → bit set of categories. */
  phrases: Map<string, number>;
  /** Lowercased first tokens of all phrases, to skip most tokens cheaply. */
  firsts: Set<string>;
  maxLen: number;
}

const MAX_PHRASE = 6;
const NONE: readonly number[] = [];

export function buildGazetteer(lists: GazetteerLists): Gazetteer {
  const phrases = new Map<string, number>();
  const firsts = new Set<string>();
  let maxLen = 1;
  GAZ_CATEGORIES.forEach((cat, id) => {
    for (const entry of lists[cat] ?? []) {
      const toks = phraseTokens(entry);
      if (toks.length === 0 || toks.length > MAX_PHRASE) continue;
      const key = toks.join(' ');
      phrases.set(key, (phrases.get(key) ?? 0) | (1 << id));
      firsts.add(toks[0]!);
      if (toks.length > maxLen) maxLen = toks.length;
    }
  });
  return { phrases, firsts, maxLen };
}

/** Plain words (letters, inner hyphens) joined by single spaces: what most list entries are. */
const PLAIN = /^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*(?: [\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*)*$/u;

/** An entry's lowercased tokens; plain entries skip the tokenizer, which halves model load time. */
export function phraseTokens(entry: string): string[] {
  if (PLAIN.test(entry)) return entry.toLowerCase().split(' ');
  return tokenize(entry).map((t) => t.text.toLowerCase());
}

/**
 * Matches of every phrase in a sentence (lowercased tokens). Returns, per token, codes
 * `category * 4 + part` where part is 0 begin, 1 inside, 2 end, 3 single (BIES of the phrase).
 */
export function matchGazetteer(lower: readonly string[], gaz: Gazetteer): (readonly number[])[] {
  const out: (readonly number[])[] = new Array(lower.length).fill(NONE);
  const at = (k: number): number[] => (out[k] === NONE ? ((out[k] = []) as number[]) : (out[k] as number[]));
  for (let i = 0; i < lower.length; i++) {
    if (!gaz.firsts.has(lower[i]!)) continue;
    let key = '';
    for (let len = 1; len <= gaz.maxLen && i + len <= lower.length; len++) {
      key = len === 1 ? lower[i]! : `${key} ${lower[i + len - 1]!}`;
      const bits = gaz.phrases.get(key);
      if (bits === undefined) continue;
      for (let cat = 0; cat < GAZ_CATEGORIES.length; cat++) {
        if ((bits & (1 << cat)) === 0) continue;
        if (len === 1) at(i).push(cat * 4 + 3);
        else {
          at(i).push(cat * 4);
          for (let k = i + 1; k < i + len - 1; k++) at(k).push(cat * 4 + 1);
          at(i + len - 1).push(cat * 4 + 2);
        }
      }
    }
  }
  return out;
}
