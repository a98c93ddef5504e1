/**
 * Acronym definitions written as "Long Form (ACR)", found with the Schwartz & Hearst (2003) algorithm:
 * match the acronym's letters right to left inside the words before the parenthesis, the first letter at
 * a word start. It needs no list of acronyms and handles skipped words ("Comprehensive and Progressive
 * Agreement for Trans-Pacific Partnership (CPTPP)").
 */
import type { Token } from '../text/tokenize.ts';

export interface AcronymDefinition {
  /** Token range of the long form [first, last). */
  first: number;
  last: number;
  /** Token index of the acronym inside the parentheses. */
  acronym: number;
}

const ACRONYM = /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\p{N}&.-]{2,10}s?$/u;

/** Long-form definitions in one sentence of tokens; `text` is the paragraph the offsets point into. */
export function findAcronyms(tokens: readonly Token[], text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]!.text !== '(' || tokens[i + 2]?.text !== ')') continue;
    const acr = tokens[i + 1]!.text;
    if (!ACRONYM.test(acr)) continue;
    const letters = acr.replace(/[^\p{L}\p{N}]/gu, '');
    const window = Math.min(letters.length + 5, letters.length * 2);
    const from = Math.max(0, i - window);
    const longText = text.slice(tokens[from]!.start, tokens[i - 1]!.end);
    const at = bestLongForm(letters, longText);
    if (at < 0) continue;
    const absolute = tokens[from]!.start + at;
    let first = from;
    while (first < i && tokens[first]!.end <= absolute) first++;
    if (first >= i) continue;
    // The long form must be more than the acronym itself and start with a capitalized word or digit.
    if (!/^[\p{Lu}\p{N}]/u.test(tokens[first]!.text) || i - first < 2) continue;
    out.push({ first, last: i, acronym: i + 1 });
  }
  return out;
}

/** Offset in `long` where the long form for `short` starts, or -1 (Schwartz & Hearst's findBestLongForm). */
export function bestLongForm(short: string, long: string): number {
  let s = short.length - 1;
  let l = long.length - 1;
  const alnum = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c);
  while (s >= 0) {
    const c = short[s]!.toLowerCase();
    if (!alnum(c)) {
      s--;
      continue;
    }
    while ((l >= 0 && long[l]!.toLowerCase() !== c) || (s === 0 && l > 0 && alnum(long[l - 1]))) l--;
    if (l < 0) return -1;
    l--;
    s--;
  }
  return Math.max(long.lastIndexOf(' ', l) + 1, 0);
}
