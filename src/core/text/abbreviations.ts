/**
 * Which words ending in a period are abbreviations, so that the tokenizer keeps the period on the word
 * and the sentence splitter does not break after it. Shared by both so they agree.
 */

/** Titles and words that are almost never sentence-final (a capitalized name follows them). */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt',
  'adm', 'cmdr', 'pres', 'supt', 'insp', 'rev', 'fr', 'hon', 'messrs', 'mme', 'mlle', 'st', 'ste', 'mt',
  'ft', 'sr', 'jr', 'dept', 'fig', 'vol', 'no', 'nos',
]);

/** Lowercase short forms that keep their period wherever they stand. */
const LOWER = new Set(['vs', 'cf', 'e.g', 'i.e', 'etc', 'approx', 'a.m', 'p.m', 'mln', 'bln', 'pct', 'pp', 'al']);

/** Abbreviations that can end a sentence but still keep their period. */
const OTHER = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'bros', 'assn', 'univ', 'ave', 'blvd', 'rd',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'penn', 'tenn',
  'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);

/**
 * True when `word` (including its final period) is an abbreviation: a known short form, an initial
 * (`Q.`), or a dotted acronym (`U.S.`, `a.m.`).
 */
export function isAbbreviation(word: string): boolean {
  if (word.length < 2 || word[word.length - 1] !== '.') return false;
  const stem = word.slice(0, -1);
  if (stem.length === 0 || stem.length > 12) return false;
  // Single capital letter: an initial as in "Elizabeth Q. Moore".
  if (/^\p{Lu}$/u.test(stem)) return true;
  // Dotted letters: U.S., a.m., Ph.D.
  if (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(stem)) return true;
  const lower = stem.toLowerCase();
  if (LOWER.has(lower)) return true;
  // "Dr." and "Jan." are abbreviations; "ill." and "sat." at the end of a sentence are words.
  return /^\p{Lu}/u.test(stem) && (TITLES.has(lower) || OTHER.has(lower));
}

/** True when `word` (with its period) is a title such as Dr. or Mr. that a name always follows. */
export function isTitleAbbreviation(word: string): boolean {
  if (word.length < 2 || word[word.length - 1] !== '.') return false;
  const stem = word.slice(0, -1);
  return /^\p{Lu}/u.test(stem) && stem.toLowerCase() !== 'no' && stem.toLowerCase() !== 'nos' && TITLES.has(stem.toLowerCase());
}
