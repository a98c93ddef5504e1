/**
 * What stands around a number and makes it money, a percentage or a measurement: currency signs and
 * words, "per cent", units ("10 km", "1.48C", "5ft 11in"), per-unit rates ("$78 a barrel") and the
 * second half of a range ("to $10 million").
 */
import type { NumToken } from './tokens.ts';
import { lowerAt } from './parse.ts';
import { isCap } from './name-digits.ts';
import { CURRENCY_CODES, CURRENCY_SIGNS, CURRENCY_WORDS, DOLLAR_PREFIXES, QUANTITY_UNITS, UNIT_QUALIFIERS } from './lexicon.ts';

const SCALE_WORDS = new Set(['million', 'billion', 'trillion', 'mn', 'bn', 'tn', 'trn']);



/** Per-unit prices ("$78 a barrel") and hourly wages ("$15 an hour"); per-period amounts ("$75,000 a year") keep the period outside. */
const RATE_NOUNS = new Set(['hour', 'share', 'barrel', 'gallon', 'litre', 'liter', 'ton', 'tonne', 'ounce', 'head', 'person', 'kilogram', 'kilo', 'pound', 'bushel', 'unit', 'seat', 'ticket', 'dose', 'megawatt-hour']);

export function rateEnd(t: NumToken[], end: number): number {
  const w = lowerAt(t, end);
  return (w === 'a' || w === 'an' || w === 'per') && RATE_NOUNS.has(lowerAt(t, end + 1)) ? end + 2 : end;
}

/** Currency written before the number: "$", "US$", "£", "USD", "Rs". */
export function currencyBefore(t: NumToken[], i: number): { end: number; unit: string } | null {
  const tok = t[i];
  if (!tok) return null;
  const sign = CURRENCY_SIGNS[tok.text];
  if (sign) return { end: i + 1, unit: sign };
  if (tok.type === 'w' && DOLLAR_PREFIXES[tok.lower] && tok.cap && t[i + 1]?.text === '$' && t[i + 1]!.glued) {
    return { end: i + 2, unit: DOLLAR_PREFIXES[tok.lower]! };
  }
  if (tok.type === 'w' && CURRENCY_CODES.has(tok.lower) && tok.cap && (tok.text === tok.text.toUpperCase() || tok.lower === 'rs')) {
    let end = i + 1;
    if (tok.lower === 'rs' && t[end]?.text === '.' && t[end]!.glued) end++;
    if (t[end]?.type === 'd') return { end, unit: tok.lower === 'rs' ? 'INR' : tok.text.toUpperCase() };
  }
  return null;
}

/** Currency written after the number: "dollars", "US dollars", "pounds sterling", "EUR". */
export function currencyAfter(t: NumToken[], j: number): { end: number; unit: string } | null {
  const w = lowerAt(t, j);
  // "1.8400 marks", "2 billion marks": Deutsche marks, told from exam marks by a decimal or a scale word
  if ((w === 'marks' || w === 'mark') && (SCALE_WORDS.has(lowerAt(t, j - 1)) || /\.\d{2,}$/.test(t[j - 1]?.text ?? '') || lowerAt(t, j - 1) === 'deutsche')) return { end: j + 1, unit: 'DEM' };
  // "10.4 trillion won": the verb "won" never follows a scale word.
  if (w === 'won' && SCALE_WORDS.has(lowerAt(t, j - 1))) return { end: j + 1, unit: 'KRW' };
  const code = CURRENCY_WORDS[w];
  if (code) {
    if (w === 'pound' || w === 'pounds') return { end: lowerAt(t, j + 1) === 'sterling' ? j + 2 : j + 1, unit: code };
    return { end: j + 1, unit: code };
  }
  // "US dollars", "Hong Kong dollars", "Canadian dollars".
  for (let k = 1; k <= 2; k++) {
    if (!isCap(t[j + k - 1])) break;
    const cw = lowerAt(t, j + k);
    if (cw === 'dollars' || cw === 'dollar') return { end: j + k + 1, unit: 'USD' };
  }
  const tok = t[j];
  if (tok && tok.type === 'w' && CURRENCY_CODES.has(tok.lower) && tok.text === tok.text.toUpperCase() && tok.lower !== 'rs') {
    return { end: j + 1, unit: tok.text };
  }
  return null;
}

export function percentAfter(t: NumToken[], j: number): number | null {
  const w = lowerAt(t, j);
  if (w === '%' || w === 'percent' || w === 'pct') {
    if (w === 'percent' && lowerAt(t, j + 1) === 'points') return j + 2;
    return j + 1;
  }
  if (w === 'per' && lowerAt(t, j + 1) === 'cent') return j + 2;
  if (w === 'percentage' && (lowerAt(t, j + 1) === 'points' || lowerAt(t, j + 1) === 'point')) return j + 2;
  return null;
}

export function unitAfter(t: NumToken[], j: number): { end: number; unit: string } | null {
  let k = j;
  if (UNIT_QUALIFIERS.has(lowerAt(t, k)) && QUANTITY_UNITS[lowerAt(t, k + 1)]) k++;
  const w = lowerAt(t, k);
  let unit = QUANTITY_UNITS[w];
  if (w === '°' && (t[k + 1]?.text === 'C' || t[k + 1]?.text === 'F') && t[k + 1]!.glued) return { end: k + 2, unit: `°${t[k + 1]!.text}` };
  // "1.48C", "40F": a capital C or F glued to a number is a temperature
  if ((t[k]?.text === 'C' || t[k]?.text === 'F') && t[k]!.glued && t[k - 1]?.type === 'd' && !(t[k + 1]?.glued && t[k + 1]!.type !== 'p')) return { end: k + 1, unit: `°${t[k]!.text}` };
  if (!unit) return null;
  let end = k + 1;
  if (unit === 'deg' && ['celsius', 'fahrenheit', 'c', 'f'].includes(lowerAt(t, end))) {
    unit = lowerAt(t, end).startsWith('c') ? '°C' : '°F';
    end++;
  }
  if (k > j) unit = `${lowerAt(t, j)} ${unit}`;
  // "km/h"
  if (t[end]?.text === '/' && t[end]!.glued && lowerAt(t, end + 1) === 'h') { unit += '/h'; end += 2; }
  // "90 miles per hour", "100 kilometres an hour": a rate is one quantity (OntoNotes QUANTITY).
  const per = lowerAt(t, end);
  if ((per === 'per' || per === 'an' || per === 'a') && RATE_PERIODS.has(lowerAt(t, end + 1))) {
    unit += `/${lowerAt(t, end + 1)}`;
    end += 2;
  }
  return { end, unit };
}

/** Speeds only: per-period amounts ("barrels a day") keep the period outside, as for money. */
export const SUB_UNITS: Record<string, string> = { ft: 'in', lb: 'oz', m: 'cm', kg: 'g' };

const WEIGH_WORDS = new Set(['weigh', 'weighs', 'weighed', 'weighing', 'weight', 'lose', 'lost', 'losing', 'gained', 'gain', 'heavier', 'lighter']);

/** "weighs 180 pounds", "20 pounds of cocaine": pounds of weight, not money. */
export function weightInPounds(t: NumToken[], j: number, end: number): boolean {
  const w = lowerAt(t, end);
  if (w !== 'pound' && w !== 'pounds') return false;
  if (lowerAt(t, end + 1) === 'of' && !['sterling', 'the', 'his', 'her', 'their', 'its', 'public', 'taxpayers', 'taxpayer'].includes(lowerAt(t, end + 2))) return true;
  for (let k = Math.max(0, j - 3); k < j; k++) if (WEIGH_WORDS.has(lowerAt(t, k))) return true;
  return false;
}

const RATE_PERIODS = new Set(['hour', 'second', 'minute']);

/** After an amount, an optional "to $10 million" / "to 15%" continuing the range. */
export function extendRange(t: NumToken[], j: number, noTo: boolean, again: (k: number) => number | null): number {
  const w = lowerAt(t, j);
  if (w === 'to' && noTo) return j;
  if (w !== 'to' && w !== '-' && w !== '–' && w !== 'and' && w !== 'or') return j;
  const k = again(j + 1);
  return k ?? j;
}

/** Track and pool distances, where a glued "m" is metres, not millions. */
const RACE_METRES = new Set([50, 60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000]);
const RACE_AFTER = new Set(['hurdles', 'freestyle', 'butterfly', 'backstroke', 'breaststroke', 'medley', 'relay', 'final', 'finals', 'sprint', 'race', 'title', 'gold', 'silver', 'bronze', 'record', 'heats', 'heat', 'semi-final', 'semifinal']);

/** "won the 100m in 9.58 seconds", "the 400m hurdles": the end of the distance, or null. */
export function raceDistance(t: NumToken[], j: number): number | null {
  const tok = t[j];
  if (!tok || tok.type !== 'd' || !RACE_METRES.has(Number(tok.text.replace(/,/g, ''))) || t[j + 1]?.text !== 'm' || !t[j + 1]!.glued) return null;
  const prev = lowerAt(t, j - 1);
  if (prev !== 'the' && prev !== '’s' && prev !== "'s" && prev !== 'women' && prev !== 'men') return null;
  const next = t[j + 2];
  if (next && next.type === 'w' && !next.cap && !RACE_AFTER.has(next.lower) && !['in', 'at', 'on', 'and', 'or', 'with', 'after', 'for', 'by'].includes(next.lower)) return null;
  return j + 2;
}
