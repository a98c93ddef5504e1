/**
 * Case restoration for text written entirely in lowercase (chat-style, some captions). The tagger
 * leans on capitals, so before tagging such a sentence, words that are usually capitalized (learned
 * from unlabelled text) and name-list phrases get their capital back, and the sentence its first capital.
 * Only the words handed to the tagger change; offsets still point into the original text.
 */
import { GAZ_CATEGORIES, matchGazetteer } from './gazetteer.ts';
import type { FeatureResources } from './features.ts';

/** List categories whose phrases are names (capitalized in running text). */
const NAME_LISTS = new Set(['first-name', 'last-name', 'person', 'country', 'city', 'region', 'organization', 'sports-team', 'nationality', 'language']);
const NAME_CODES = new Set(GAZ_CATEGORIES.flatMap((c, id) => (NAME_LISTS.has(c) ? [id * 4, id * 4 + 1, id * 4 + 2, id * 4 + 3] : [])));

/** True when a sentence has several words and not one capital letter. */
export function isAllLowercase(words: readonly string[]): boolean {
  let letters = 0;
  for (const w of words) {
    if (w !== w.toLowerCase()) return false;
    if (w !== w.toUpperCase()) letters++;
  }
  return letters >= 3;
}

/** The sentence's words with capitals restored where names usually have them. */
export function restoreCase(words: readonly string[], res: FeatureResources): string[] {
  const gaz = matchGazetteer(words, res.gazetteer);
  return words.map((w, i) => {
    const name = res.capitalized?.has(w) || gaz[i]!.some((c) => NAME_CODES.has(c));
    if (!name && i > 0) return w;
    if (/^(?:\p{L}\.){2,}$/u.test(w)) return w.toUpperCase(); // u.s. → U.S.
    return w.charAt(0).toUpperCase() + w.slice(1);
  });
}
