/**
 * Word tokens with offsets for attribution, and the capitalized-name reader shared by the cast and
 * the speaker finder. Title abbreviations keep their dot ("Mr.", "Dr."), initials too ("J.").
 */
import { NAME_PARTICLES, NOT_NAMES, TITLE_WORDS } from './lexicon.ts';

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Letters (possibly with inner apostrophes or hyphens), not punctuation. */
  word: boolean;
}

const WORD = /([\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*)|\d+(?:[.,]\d+)*|[^\s\p{L}\p{M}\d]/gu;
const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'capt', 'maj', 'sgt', 'rev', 'st', 'jr', 'sr', 'hon', 'adm', 'cmdr', 'supt', 'insp', 'det', 'pres']);

const ARTICLE_NAME = /^(?:al|el|ad|an|ar|as|ash|at|az|ul)[-‐]\p{Lu}/u;
const SENTENCE_GOES_ON = /^(?:,|\)|\p{L}|\s\p{Ll})/u;

export function words(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    let w = m[0];
    let end = m.index + w.length;
    const isWord = m[1] !== undefined;
    // A possessive split off by a tokenizer: "Clinton 's campaign".
    if ((w === "'" || w === '’') && (text[end] === 's' || text[end] === 'S') && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? '')) {
      out.push({ text: text.slice(m.index, end + 1), lower: '’s', start: m.index, end: end + 1, cap: false, word: false });
      WORD.lastIndex = end + 1;
      continue;
    }
    // Possessive "’s" is its own token so "Japan’s foreign minister" reads as Japan + ’s + title.
    const last = w.charCodeAt(w.length - 1);
    const apos = w.length > 2 ? w.charCodeAt(w.length - 2) : 0;
    const poss = isWord && (last === 115 || last === 83) && (apos === 8217 || apos === 39);
    if (poss) { w = w.slice(0, -2); end -= 2; }
    let lower = w.toLowerCase();
    // An Arabic article before a capital ("al-Hashimi", "el-Sisi") starts a name as a capital does.
    const cap = isWord && (w[0] !== lower[0] || ARTICLE_NAME.test(w));
    // Keep the dot of "Mr." and of single-letter initials, and of any abbreviation the sentence goes on
    // after ("Nancy Pelosi, D-Calif., said", "9 p.m., posting"): a dot before a comma, a bracket, a letter (N.Y.) or a lower-case word ends no sentence.
    if (isWord && text.charCodeAt(end) === 46 && (ABBREV.has(lower) || (w.length === 1 && cap) || SENTENCE_GOES_ON.test(text.slice(end + 1, end + 4)))) {
      end++;
      w += '.';
      WORD.lastIndex = end;
    }
    out.push({ text: w, lower, start: m.index, end, cap, word: isWord });
    if (poss) out.push({ text: text.slice(end, end + 2), lower: '’s', start: end, end: end + 2, cap: false, word: false });
    lower = '';
  }
  return out;
}

/** True for a capitalized token that can be part of a person's name. */
export function nameLike(w: Word | undefined): boolean {
  // "A. Revanth Reddy": a letter with its dot is an initial even when the letter is also a word ("a", "i").
  return !!w && w.word && w.cap && (!NOT_NAMES.has(w.lower) || /^\p{Lu}\.$/u.test(w.text));
}

export interface NameRun {
  /** Index of the first and after-last word of the whole run, titles included. */
  from: number;
  to: number;
  /** Index where the name proper starts (after titles). */
  nameFrom: number;
  titles: string[];
}

/** Reads a run of capitalized words (with particles and initials) starting at index i. */
export function readNameRun(ws: Word[], i: number): NameRun | null {
  let j = i;
  while (j < ws.length) {
    const w = ws[j]!;
    if (nameLike(w) || (w.cap && w.word && TITLE_WORDS.has(w.lower))) { j++; continue; }
    if (j > i && NAME_PARTICLES.has(w.lower) && nameLike(ws[j + 1])) { j++; continue; }
    break;
  }
  if (j === i) return null;
  let k = i;
  const titles: string[] = [];
  while (k < j - 1 && TITLE_WORDS.has(ws[k]!.lower)) titles.push(ws[k++]!.lower);
  // "British Prime Minister Keir Starmer": an adjective before the title is part of the title.
  for (let x = k; x < j - 1; x++) {
    if (TITLE_WORDS.has(ws[x]!.lower) && !TITLE_WORDS.has(ws[x + 1]!.lower)) {
      for (let y = k; y <= x; y++) titles.push(ws[y]!.lower);
      k = x + 1;
    }
  }
  if (TITLE_WORDS.has(ws[k]!.lower) && k === j - 1 && ws[k]!.lower !== 'king') return { from: i, to: j, nameFrom: j, titles: [...titles, ws[k]!.lower] };
  return { from: i, to: j, nameFrom: k, titles };
}

export function runText(text: string, ws: Word[], from: number, to: number): string {
  return from < to ? text.slice(ws[from]!.start, ws[to - 1]!.end) : '';
}
