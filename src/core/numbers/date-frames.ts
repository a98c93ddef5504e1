/**
 * Date phrases framed by "the" that the core date matcher does not read: "the fiscal third quarter",
 * "the April-June quarter", "the 14th of February", "the 17th" (a day of a month named just before),
 * "the fiscal year" and "the end of the fiscal year". OntoNotes keeps the determiner inside all of them.
 */
import type { NumToken } from './tokens.ts';
import type { Candidate } from './candidate.ts';
import { lowerAt, parseSingle } from './parse.ts';
import { DATE_UNITS, MONTHS, ORDINAL_WORDS } from './lexicon.ts';

const FISCAL = new Set(['fiscal', 'financial', 'calendar']);
const PERIOD_AFTER_MONTHS = new Set(['quarter', 'period', 'season']);
const EDGE = new Set(['end', 'start', 'beginning', 'middle', 'close', 'rest']);
/** How far back a month name makes "the 17th" a day of it. */
const MONTH_WINDOW = 20;

const date = (start: number, end: number): Candidate => ({ start, end, kind: 'date', value: null, unit: null });

function capMonth(t: NumToken[], i: number): boolean {
  const x = t[i];
  return !!x && x.cap && MONTHS[x.lower] !== undefined && x.lower.length > 3;
}

/** Digits 1–31 with a glued ordinal suffix at i: returns the index after the suffix. */
function dayOrdinal(t: NumToken[], i: number): number | null {
  const x = t[i];
  if (!x || x.type !== 'd' || !/^\d{1,2}$/.test(x.text)) return null;
  const v = Number(x.text);
  return v >= 1 && v <= 31 && t[i + 1]?.glued && ['st', 'nd', 'rd', 'th'].includes(lowerAt(t, i + 1)) ? i + 2 : null;
}

/** "fiscal year" (with an optional year after it) at i: the index after it. */
function fiscalYear(t: NumToken[], i: number): number | null {
  if (!FISCAL.has(lowerAt(t, i)) || lowerAt(t, i + 1) !== 'year') return null;
  const y = t[i + 2];
  return y && y.type === 'd' && /^(19|20)\d\d$/.test(y.text) ? i + 3 : i + 2;
}

/** After "of": a year, "the year", or a month with an optional year. The index after it, or null. */
function ofDate(t: NumToken[], k: number): number | null {
  const x = t[k];
  if (!x) return null;
  if (x.type === 'd' && /^(1[89]|20)\d\d$/.test(x.text)) return k + 1;
  if (x.lower === 'the' && ['year', 'month', 'decade', 'season', 'century'].includes(lowerAt(t, k + 1))) return k + 2;
  if (x.cap && MONTHS[x.lower] !== undefined) return t[k + 1]?.type === 'd' && /^\d{4}$/.test(t[k + 1]!.text) ? k + 2 : k + 1;
  return null;
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'my', 'your', 'our']);
const DECADE_AGES: Record<string, number> = { twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 };

/** "his 40s", "her early thirties": an age given as a decade of life, with the possessive inside. */
function ageDecade(t: NumToken[], i: number): Candidate | null {
  let k = i + 1;
  if (['early', 'mid', 'late'].includes(lowerAt(t, k))) { k++; if (t[k]?.text === '-') k++; }
  const x = t[k];
  if (!x) return null;
  if (DECADE_AGES[x.lower] !== undefined) return date(i, k + 1);
  if (x.type === 'd' && /^[2-9]0$/.test(x.text) && lowerAt(t, k + 1) === 's' && t[k + 1]!.glued) return date(i, k + 2);
  return null;
}

/** "the biggest debut of the year": after a superlative, "the year" is the current year. */
function superlativeYear(t: NumToken[], i: number): Candidate | null {
  if (lowerAt(t, i + 1) !== 'year' || t[i]!.cap || (lowerAt(t, i - 1) !== 'of' && lowerAt(t, i - 1) !== 'so')) return null;
  for (let k = i - 2; k >= Math.max(0, i - 6); k--) {
    const w = t[k]!;
    if (w.type === 'p') break;
    if ((w.lower.endsWith('est') && w.lower.length > 4 && !['interest', 'request', 'protest', 'forest', 'honest', 'modest', 'harvest', 'contest', 'arrest', 'suggest', 'invest'].includes(w.lower)) || ['best', 'worst', 'most', 'least', 'first', 'last'].includes(w.lower)) return date(i, i + 2);
  }
  return null;
}

export function matchDateFrame(t: NumToken[], i: number): Candidate | null {
  if (POSSESSIVES.has(lowerAt(t, i))) return ageDecade(t, i);
  if (lowerAt(t, i) !== 'the') return null;
  const sup = superlativeYear(t, i);
  if (sup) return sup;
  const w = lowerAt(t, i + 1);
  // "the fiscal third quarter", "the fiscal first half"
  if (FISCAL.has(w) && ORDINAL_WORDS[lowerAt(t, i + 2)] !== undefined && ORDINAL_WORDS[lowerAt(t, i + 2)]! <= 4
    && (lowerAt(t, i + 3) === 'quarter' || lowerAt(t, i + 3) === 'half')) return date(i, i + 4);
  // "the fiscal year", "the end of the fiscal year"
  const fy = fiscalYear(t, i + 1);
  if (fy !== null) return date(i, fy);
  if (EDGE.has(w) && lowerAt(t, i + 2) === 'of' && lowerAt(t, i + 3) === 'the') {
    const e = fiscalYear(t, i + 4);
    if (e !== null) return date(i, e);
  }
  // "the first nine months of 1989", "the last six weeks of the year"
  if (w === 'first' || w === 'last' || w === 'final') {
    const m = parseSingle(t, i + 2);
    if (m && DATE_UNITS.has(lowerAt(t, m.end)) && lowerAt(t, m.end + 1) === 'of') {
      const e = ofDate(t, m.end + 2);
      if (e !== null) return date(i, e);
    }
  }
  // "for the nine months", "the two years he spent there": the determiner belongs to a counted period
  const n = parseSingle(t, i + 1);
  if (n && n.value !== null && n.value >= 2 && DATE_UNITS.has(lowerAt(t, n.end)) && lowerAt(t, n.end).endsWith('s')) return date(i, n.end + 1);
  // "the April-June quarter", "the July - September period"
  if (capMonth(t, i + 1)) {
    let k = i + 2;
    if (t[k]?.text === '-' || t[k]?.text === '–') k++;
    if (k > i + 2 && capMonth(t, k) && PERIOD_AFTER_MONTHS.has(lowerAt(t, k + 1))) return date(i, k + 2);
    // "the December quarter": the quarter that ends in December
    if (k === i + 2 && PERIOD_AFTER_MONTHS.has(lowerAt(t, k))) return date(i, k + 1);
    return null;
  }
  // "the 14th of February", and "the 17th" right after a month was named ("from March 3 to the 17th")
  const d = dayOrdinal(t, i + 1);
  if (d === null) return null;
  if (lowerAt(t, d) === 'of' && capMonth(t, d + 1)) {
    const y = t[d + 2];
    return date(i, y && y.type === 'd' && /^\d{4}$/.test(y.text) ? d + 3 : d + 2);
  }
  const next = t[d];
  if (next && !(next.type === 'p' && next.text !== '-')) return null;
  for (let k = i - 1; k >= Math.max(0, i - MONTH_WINDOW); k--) {
    if (capMonth(t, k) || (t[k]!.cap && MONTHS[t[k]!.lower] !== undefined && t[k + 1]?.text === '.')) return date(i, d);
  }
  return null;
}

/** "Q3", "Q3 2025", "H1 2025": quarter and half-year codes are dates. */
export function matchPeriodCode(t: NumToken[], i: number): Candidate | null {
  const x = t[i];
  const d = t[i + 1];
  if (!x || !d || (x.text !== 'Q' && x.text !== 'H') || !d.glued || !/^[1-4]$/.test(d.text) || (x.text === 'H' && Number(d.text) > 2)) return null;
  if (t[i + 2]?.glued && t[i + 2]!.type !== 'p') return null;
  const y = t[i + 2];
  return date(i, y && !y.glued && y.type === 'd' && /^(19|20)\d\d$/.test(y.text) ? i + 3 : i + 2);
}
