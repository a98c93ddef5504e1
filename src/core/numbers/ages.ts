/**
 * Bare numbers that are ages, which OntoNotes tags as DATE like "61 years old": "Pierre Vinken, 61,",
 * "who turned 58", "her son, then 19,", "she was 29 when", "aged 37", "at age 12".
 */
import type { NumToken } from './tokens.ts';
import { lowerAt } from './parse.ts';
import { isCap } from './name-digits.ts';

const TURN = new Set(['turned', 'turns', 'turning', 'turn']);
const AGE_WORDS = new Set(['aged', 'age', 'ages']);
const PRONOUNS = new Set(['he', 'she', 'i', 'they', 'we', 'you', 'who']);
/** Lower-case nouns for people, before an age between commas ("the landlord, 67,"). */
const PERSON_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'father', 'mother', 'son', 'daughter', 'husband', 'wife', 'brother',
  'sister', 'grandmother', 'grandfather', 'widow', 'landlord', 'victim', 'suspect', 'defendant', 'pensioner', 'patient',
  'resident', 'lawmaker', 'chief', 'executive', 'founder', 'veteran', 'mayor', 'governor', 'president', 'minister', 'spokesman',
  'spokeswoman', 'coach', 'candidate', 'actress', 'star', 'pilot', 'nurse', 'doctor', 'chef', 'artist', 'novelist', 'poet',
  'survivor', 'mother-of-two', 'father-of-two', 'grandmother-of-three']);
const BE = new Set(['was', 'is', 'were', 'am', '’s', "'s"]);
/** What may follow an age: punctuation, or a word that starts a new phrase ("turned 58 last month"). */
const AFTER_AGE = new Set(['last', 'this', 'next', 'in', 'on', 'at', 'and', 'when', 'while', 'before', 'after', 'but', 'or', 'during', 'yesterday', 'today', 'earlier', 'then', 'until', 'by']);

/** A person noun by the list, or by an agent suffix ("-er", "-ist") when the number is an adult's age. */
function personNoun(x: NumToken | undefined, value: number): boolean {
  return !!x && x.type === 'w' && !x.cap && (PERSON_NOUNS.has(x.lower) || (value >= 15 && /(?:er|or|ist|ian)$/.test(x.lower) && x.lower.length > 4));
}

/** "age" earlier in the same clause ("the pension age will rise to 67"). */
function ageBefore(t: NumToken[], j: number): boolean {
  for (let k = j - 2; k >= Math.max(0, j - 9); k--) {
    const x = t[k]!;
    if (x.text === '.' || x.text === ';') return false;
    if (x.lower === 'age') return true;
  }
  return false;
}

function ends(t: NumToken[], end: number): boolean {
  const n = t[end];
  return !n || (n.type === 'p' && n.text !== '-' && n.text !== '%' && n.text !== '/') || AFTER_AGE.has(n.lower);
}

/** True when the number phrase t[j..end) is an age by its context. */
export function isBareAge(t: NumToken[], j: number, end: number, value: number | null): boolean {
  if (value === null || !Number.isInteger(value) || value < 1 || value > 120) return false;
  const prev = lowerAt(t, j - 1);
  // "Pierre Vinken, 61, will join", "the landlord, 67, owns"
  if (end === j + 1 && t[j]!.type === 'd' && prev === ',' && t[end]?.text === ',' && (isCap(t[j - 2]) || personNoun(t[j - 2], value))) return true;
  // Units were read before this is asked, so "aged 37" and "the age of 18" need nothing after them.
  if (AGE_WORDS.has(prev) || (prev === 'of' && AGE_WORDS.has(lowerAt(t, j - 2)))) return true;
  if (!ends(t, end)) return false;
  if (TURN.has(prev)) return true;
  // "her son, then 19, was killed"
  if (prev === 'then' && (lowerAt(t, j - 2) === ',' || lowerAt(t, j - 2) === '(') && (t[end]?.text === ',' || t[end]?.text === ')')) return true;
  // "the retirement age will rise to 67"
  if ((prev === 'to' || prev === 'at') && value >= 12 && ageBefore(t, j)) return true;
  // "she was 29 when", "since he was five.", "the senator, who is 81,"
  return BE.has(prev) && PRONOUNS.has(lowerAt(t, j - 2)) && (t[end]?.type === 'p' || ['when', 'and', 'or', 'at', 'in'].includes(lowerAt(t, end)));
}
