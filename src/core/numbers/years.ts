/**
 * Years and decades: "2025", "fiscal 2025", "2025-26", "1990 - 95", numeric dates ("31/01/2026"),
 * "the 1990s", "the early 2000s", "the 21st century"; with the cues that tell a year ("the 1987 crash",
 * "2026 earnings") from a count ("2000 people").
 */
import type { NumToken } from './tokens.ts';
import type { DateSpec } from './candidate.ts';
import { lowerAt } from './parse.ts';
import { digitsInName } from './name-digits.ts';
import { MONTHS, ORDINAL_WORDS } from './lexicon.ts';

export type Hit = { end: number; spec: DateSpec | null };

export const YEAR_PREPS = new Set(['-', '–', 'in', 'since', 'until', 'till', 'by', 'from', 'to', 'of', 'during', 'before', 'after', 'early', 'late', 'mid', 'circa', 'between', 'and', 'through', 'year', 'fiscal', 'fy', 'summer', 'spring', 'winter', 'autumn', 'fall', '’', "'", ',', '(', 'around', 'throughout', 'for']);
const EVENT_NOUNS = new Set([
  'election', 'elections', 'census', 'olympics', 'season', 'budget', 'campaign', 'war', 'referendum', 'summit',
  'vote', 'law', 'report', 'survey', 'games', 'world', 'cup', 'crisis', 'attack', 'attacks', 'invasion', 'agreement',
  'deal', 'accord', 'midterms', 'midterm', 'race', 'campaign', 'bid', 'run', 'ticket', 'win', 'victory', 'defeat', 'loss', 'primary', 'primaries', 'presidential', 'general', 'financial',
  'level', 'levels', 'figures', 'figure', 'data', 'study', 'plan', 'target', 'targets', 'treaty', 'pandemic', 'law',
  'elections', 'coup', 'protests', 'uprising', 'earthquake', 'floods', 'tournament', 'edition', 'model', 'estimate',
  // "2026 earnings", "2025 sales": a year's business results
  'earnings', 'sales', 'revenue', 'revenues', 'profit', 'profits', 'results', 'forecast', 'forecasts', 'guidance', 'outlook',
  'deficit', 'spending', 'output', 'production', 'growth', 'inflation', 'deadline', 'contract',
]);
/** Plurals without an -s, so "the 2000 people" stays a count. */
const PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'cattle', 'sheep', 'fish', 'deer', 'feet', 'teeth', 'mice', 'geese', 'folk', 'youth', 'clergy', 'livestock', 'crew']);
const DECADE_WORDS: Record<string, number> = { twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 };

export function cap(tok: NumToken | undefined): boolean {
  return !!tok && tok.cap;
}
export function digitsAt(t: NumToken[], i: number): number | null {
  const tok = t[i];
  return tok && tok.type === 'd' && /^\d+$/.test(tok.text) ? Number(tok.text) : null;
}

export function yearOk(v: number): boolean {
  return v >= 1000 && v <= 2100;
}

/** A bare year, "2025-26", "fiscal 2025", "FY2025", numeric dates "31/01/2026", "2026-01-31". */
export function yearDate(t: NumToken[], i: number): Hit | null {
  const tok = t[i];
  if (!tok) return null;
  let j = i;
  if (tok.lower === 'fiscal' || tok.lower === 'fy') j++;
  const v = digitsAt(t, j);
  if (v === null) return null;
  const glue = (k: number): boolean => !!t[k]?.glued && !!t[k + 1]?.glued;
  // Numeric dates.
  const sep = t[j + 1]?.text;
  if ((sep === '/' || sep === '-') && glue(j + 1) && digitsAt(t, j + 2) !== null && t[j + 3]?.text === sep && glue(j + 3) && digitsAt(t, j + 4) !== null) {
    const a = v, b = digitsAt(t, j + 2)!, c = digitsAt(t, j + 4)!;
    const day = (m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= 31;
    if (sep === '-' && t[j]!.text.length === 4) return yearOk(a) && day(b, c) ? { end: j + 5, spec: { t: 'abs', y: a, m: b, d: c } } : null;
    if (t[j + 4]!.text.length === 4 || t[j + 4]!.text.length === 2) {
      const y = c < 100 ? 2000 + c : c;
      if (b > 12) return day(a, b) ? { end: j + 5, spec: { t: 'abs', y, m: a, d: b } } : null;
      return day(b, a) ? { end: j + 5, spec: { t: 'abs', y, m: b, d: a } } : null;
    }
  }
  // "9/11", "7/7": a month/day pair whose day is not a fraction's denominator ("1/2", "3/4").
  const dd = sep === '/' && glue(j + 1) && j === i && /^\d{1,2}$/.test(t[j + 2]?.text ?? '') ? Number(t[j + 2]!.text) : 0;
  if (dd >= 1 && dd <= 31 && v >= 1 && v <= 12 && ![2, 3, 4, 5, 8, 10, 16].includes(dd)) return { end: j + 3, spec: { t: 'abs', m: v, d: dd } };
  if (t[j]!.text.length !== 4 || !yearOk(v)) return null;
  // "Boeing 1900", "Tokyo 2020 Olympics" are names; "the Trump 2020 campaign" is a year.
  if (digitsInName(t, j) && j === i && !(EVENT_NOUNS.has(lowerAt(t, j + 1)) && !t[j + 1]!.cap && !t[j + 1]!.glued && !t[j]!.glued)) return null;
  const prev = lowerAt(t, i - 1);
  const next = t[j + 1];
  let end = j + 1;
  // "2025-26", "2025/26", and "1990 - 95" in tokenized text (the second year after the first)
  const spaced = next?.text === '-' && !next.glued && !t[j + 2]?.glued;
  if ((next?.text === '-' || next?.text === '/' || next?.text === '–') && (glue(j + 1) || spaced) && /^\d{2}(\d{2})?$/.test(t[j + 2]?.text ?? '')) {
    const y2 = Number(t[j + 2]!.text);
    if (!spaced || (y2 < 100 ? y2 > v % 100 : y2 > v && yearOk(y2))) end = j + 3;
  }
  const after = t[end];
  // A noun after a bare year makes it a count ("2000 people"), unless the year is a range ("the 1986-89 program").
  if (j === i && end === j + 1 && !YEAR_PREPS.has(prev) && MONTHS[prev] === undefined && after && after.type === 'w' && /^\p{Ll}/u.test(after.text)) {
    // "the 1987 crash", "the 2008 financial crisis": a singular noun after a year-like number; "2000 people" is a count
    const singular = !after.lower.endsWith('s') && !PLURALS.has(after.lower) && v >= 1900 && v <= 2100 && !t[j]!.text.includes(',');
    if (!EVENT_NOUNS.has(after.lower) && !singular && after.lower !== 'and' && after.lower !== 'to' && after.lower !== 'or') return null;
  }
  if (j === i && (v < 1900 || v > 2100) && !YEAR_PREPS.has(prev)) return null;
  if (after && (after.text === '%' || after.lower === 'percent' || after.lower === 'per')) return null;
  if (prev === '$' || prev === '£' || prev === '€') return null;
  return { end, spec: { t: 'abs', y: v } };
}

/** "the 1990s", "the early 2000s", "’90s", "the 21st century". */
export function decadeOrCentury(t: NumToken[], i: number): Hit | null {
  let j = i;
  if (lowerAt(t, j) === 'the') j++;
  if (['early', 'mid', 'late'].includes(lowerAt(t, j))) { j++; if (t[j]?.text === '-' ) j++; }
  if ((t[j]?.text === '’' || t[j]?.text === "'") && t[j + 1]?.glued) j++;
  // "the eighties", "the early nineties"
  const spelledDecade = DECADE_WORDS[lowerAt(t, j)];
  if (spelledDecade && j > i && lowerAt(t, i) === 'the') return { end: j + 1, spec: { t: 'decade', y: 1900 + spelledDecade } };
  const v = digitsAt(t, j);
  if (v !== null && lowerAt(t, j + 1) === 's' && t[j + 1]!.glued && v % 10 === 0) {
    const y = v < 100 ? (v < 30 ? 2000 + v : 1900 + v) : v;
    return { end: j + 2, spec: { t: 'decade', y } };
  }
  let c: number | null = null;
  let k = j;
  if (v !== null && ['st', 'nd', 'rd', 'th'].includes(lowerAt(t, j + 1)) && t[j + 1]!.glued) { c = v; k = j + 2; }
  else if (ORDINAL_WORDS[lowerAt(t, j)] !== undefined) { c = ORDINAL_WORDS[lowerAt(t, j)]!; k = j + 1; }
  if (c !== null && lowerAt(t, k) === 'century' && j > i) return { end: k + 1, spec: { t: 'century', c } };
  // "18th-century palace"
  if (c !== null && j === i && (t[k]?.text === '-' || t[k]?.text === '–') && t[k]!.glued && lowerAt(t, k + 1) === 'century' && t[k + 1]!.glued) {
    return { end: k + 2, spec: { t: 'century', c } };
  }
  return null;
}
