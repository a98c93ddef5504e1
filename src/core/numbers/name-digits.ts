/**
 * Digits that belong to a name or a code rather than to a value: "COVID-19", "F-35", "G7",
 * "Boeing 737", "No. 10", "MH17", phone-like "020". OntoNotes tags these as part of PRODUCT, LAW,
 * ORG or FAC names (or not at all), never as CARDINAL.
 */
import type { NumToken } from './tokens.ts';
import { lowerAt } from './parse.ts';
import { digitsInCode } from './codes.ts';
import { CAPITAL_OK_BEFORE_NUMBER, CURRENCY_CODES, HOLIDAYS, MONTHS, ORDINAL_NAME_HEADS, QUANTITY_UNITS, SEASONS, WEEKDAYS } from './lexicon.ts';

const GLUED_SUFFIX_OK = new Set(['s', 'st', 'nd', 'rd', 'th', 'm', 'bn', 'k', 'b', 'mn', 'tn', 'am', 'pm', 'a', 'p', 'h', 'million', 'billion', 'trillion', 'x']);

export function isCap(tok: NumToken | undefined): boolean {
  return !!tok && tok.cap;
}

/** True when the digits at i are part of a name or code: "COVID-19", "F-35", "G7", "Boeing 737", "No. 10". */
export function digitsInName(t: NumToken[], i: number): boolean {
  const tok = t[i]!;
  if (tok.type !== 'd') return false;
  if (tok.text.length > 1 && tok.text[0] === '0' && !tok.text.includes('.')) return true;
  if (digitsInCode(t, i)) return true;
  if (t[i + 1]?.glued && ['st', 'nd', 'rd', 'th'].includes(lowerAt(t, i + 1)) && t[i + 2]?.cap && ORDINAL_NAME_HEADS.has(lowerAt(t, i + 2))) return true;
  const prev = t[i - 1];
  const next = t[i + 1];
  const temperature = next && (next.text === 'C' || next.text === 'F') && !(t[i + 2]?.glued && t[i + 2]!.type !== 'p');
  if (next && next.glued && next.type === 'w' && !GLUED_SUFFIX_OK.has(next.lower) && !QUANTITY_UNITS[next.lower] && !temperature) return true;
  if (next && next.glued && (next.text === '@' || (next.text === '.' && t[i + 2]?.glued && t[i + 2]!.type === 'w'))) return true;
  if (!prev) return false;
  if (tok.glued && prev.type === 'w' && !CURRENCY_CODES.has(prev.lower) && prev.lower !== 'fy' && prev.lower !== 'mid') return true;
  if (tok.glued && (prev.text === '/' || prev.text === '#' || prev.text === '_')) return !!t[i - 2] && t[i - 2]!.type === 'w';
  if (tok.glued && (prev.text === '-' || prev.text === '‐' || prev.text === '–') && prev.glued) {
    const w = t[i - 2];
    if (w && w.type === 'w' && /\p{Lu}/u.test(w.text)) return true;
    // The second half of a range whose first half was left out ("737-800").
    if (w && w.type === 'd') return true;
  }
  // "beat Chelsea 3-2", and "Cilic 6 - 2" in tokenized text
  const score = next && (next.text === '-' || next.text === '–') && t[i + 2]?.type === 'd' && next.glued === t[i + 2]!.glued
    && (next.glued || (tok.text.length <= 2 && t[i + 2]!.text.length <= 2));
  if (prev.text === '#') return true;
  if (prev.text === '.' && lowerAt(t, i - 2) === 'no') return true;
  if (isCap(prev) && !tok.glued && !score && !CAPITAL_OK_BEFORE_NUMBER.has(prev.lower)
    && MONTHS[prev.lower] === undefined && WEEKDAYS[prev.lower] === undefined && !CURRENCY_CODES.has(prev.lower)
    && !HOLIDAYS.has(prev.lower) && !SEASONS.has(prev.lower)) return true;
  return false;
}

