/**
 * Calendar expressions with OntoNotes DATE boundaries: "January 31, 2026", "Saturday",
 * "last year", "the past two weeks", "earlier this month", "the end of the year". Years and decades
 * ("fiscal 2025", "the 1990s") are read in years.ts, clock times and parts of days in times.ts.
 */
import type { NumToken } from './tokens.ts';
import type { Candidate } from './candidate.ts';
import { lowerAt, parseSingle } from './parse.ts';
import { YEAR_PREPS, cap, decadeOrCentury, digitsAt, yearDate, yearOk, type Hit } from './years.ts';
import { DATE_UNITS, HOLIDAYS, MONTHS, ORDINAL_WORDS, PERIODS, SEASONS, TIME_UNITS, UNITS_WORDS, WEEKDAYS } from './lexicon.ts';

export { cap, digitsAt };

const REL_OFFSET: Record<string, number> = { this: 0, current: 0, last: -1, past: -1, previous: -1, next: 1, coming: 1, following: 1, same: 0, that: 0 };

/** A month name that is really a month: capitalized, and "May"/"March" only with date context. */
function monthAt(t: NumToken[], i: number): number | null {
  const tok = t[i];
  if (!tok || tok.type !== 'w' || !cap(tok)) return null;
  const m = MONTHS[tok.lower];
  if (m === undefined) return null;
  if (tok.lower === 'may' || tok.lower === 'march' || tok.lower.length <= 3) {
    const prev = lowerAt(t, i - 1);
    const dotted = t[i + 1]?.text === '.' && t[i + 1]!.glued;
    const nextDigit = digitsAt(t, i + (dotted ? 2 : 1)) !== null;
    const dayBefore = digitsAt(t, i - 1) !== null && digitsAt(t, i - 1)! >= 1 && digitsAt(t, i - 1)! <= 31;
    if (!nextDigit && !dayBefore && !YEAR_PREPS.has(prev) && !REL_OFFSET[prev] && prev !== 'last' && prev !== 'this' && prev !== 'next' && prev !== 'of') return null;
    if (tok.lower.length <= 3 && tok.lower !== 'may' && !dotted && !nextDigit) return null;
  }
  return m;
}


/** "January 31, 2026", "Jan. 31", "January 2026", "31 January 2026", "January". */
function monthDate(t: NumToken[], i: number): Hit | null {
  const m = monthAt(t, i);
  if (m !== null) {
    let j = i + 1;
    if (t[j]?.text === '.' && t[j]!.glued) j++;
    let d: number | undefined;
    const dv = digitsAt(t, j);
    if (dv !== null && dv >= 1 && dv <= 31 && !t[j]!.glued) {
      d = dv; j++;
      if (['st', 'nd', 'rd', 'th'].includes(lowerAt(t, j)) && t[j]!.glued) j++;
      // "June 15-17", and "Oct. 3 - 6" in tokenized text
      const d2 = digitsAt(t, j + 1);
      if ((t[j]?.text === '-' || t[j]?.text === '–') && d2 !== null && d2 > dv && d2 <= 31 && t[j]!.glued === t[j + 1]!.glued) j += 2;
    }
    let y: number | undefined;
    const k = t[j]?.text === ',' && d !== undefined ? j + 1 : j;
    const yv = digitsAt(t, k);
    if (yv !== null && yearOk(yv) && t[k]!.text.length === 4) { y = yv; j = k + 1; }
    if (d === undefined && y === undefined && t[j - 1]?.text === '.') j--;
    return { end: j, spec: { t: 'abs', y, m, d } };
  }
  const dv = digitsAt(t, i);
  if (dv !== null && dv >= 1 && dv <= 31) {
    let j = i + 1;
    if (['st', 'nd', 'rd', 'th'].includes(lowerAt(t, j)) && t[j]!.glued) j++;
    if (lowerAt(t, j) === 'of') j++;
    const m2 = monthAt(t, j);
    if (m2 === null) return null;
    j++;
    if (t[j]?.text === '.' && t[j]!.glued && digitsAt(t, j + 1) !== null) j++;
    const yv = digitsAt(t, j);
    let y: number | undefined;
    if (yv !== null && yearOk(yv) && t[j]!.text.length === 4) { y = yv; j++; }
    return { end: j, spec: { t: 'abs', y, m: m2, d: dv } };
  }
  return null;
}


export function weekdayAt(t: NumToken[], i: number): number | null {
  const tok = t[i];
  return tok && cap(tok) && WEEKDAYS[tok.lower] !== undefined ? WEEKDAYS[tok.lower]! : null;
}

/** Core date expressions, without "early"/"the end of" wrappers. */
function dateCore(t: NumToken[], i: number): Hit | null {
  const w = lowerAt(t, i);
  if (w === 'today' || w === 'yesterday' || w === 'tomorrow') {
    return { end: i + 1, spec: { t: 'rel', unit: 'day', offset: w === 'today' ? 0 : w === 'yesterday' ? -1 : 1 } };
  }
  const wd = weekdayAt(t, i);
  if (wd !== null) {
    let j = i + 1;
    const after = t[j]?.text === ',' ? j + 1 : j;
    const md = monthDate(t, after);
    if (md && md.spec?.t === 'abs' && md.spec.d !== undefined) return md;
    return { end: j, spec: { t: 'weekday', wd, dir: 0 } };
  }
  // "to last several weeks": the verb, not the adjective.
  if (w === 'last' && ['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'did', 'does', 'do', 'not', 'often'].includes(lowerAt(t, i - 1))) return null;
  const rel = REL_OFFSET[w];
  if (rel !== undefined || w === 'the') {
    let j = i;
    let off = rel ?? 0;
    if (w === 'the') {
      const r2 = REL_OFFSET[lowerAt(t, i + 1)];
      if (r2 === undefined && !['first', 'final', 'last'].includes(lowerAt(t, i + 1))) {
        // "the weekend", "the summer"
        const p = lowerAt(t, i + 1);
        if (p === 'weekend' || (SEASONS.has(p) && p !== 'fall')) return { end: i + 2, spec: null };
        return decadeOrCentury(t, i);
      }
      off = r2 ?? -1;
      j = i + 1;
    }
    const next = lowerAt(t, j + 1);
    // "last Saturday", "next Tuesday"
    const wd2 = weekdayAt(t, j + 1);
    if (wd2 !== null && w !== 'the') return { end: j + 2, spec: { t: 'weekday', wd: wd2, dir: off < 0 ? -1 : off > 0 ? 1 : 0 } };
    const m = monthAt(t, j + 1);
    if (m !== null && w !== 'the') return { end: j + 2, spec: null };
    // "the past two weeks", "the next few years", "the last 24 hours"
    let k = j + 1;
    let n: number | null = null;
    if (next === 'few' || next === 'several' || next === 'couple') { k++; if (lowerAt(t, k) === 'of') k++; }
    else {
      const num = parseSingle(t, k);
      // "the last three quarters": a count of quarters, not the fraction 3/4
      if (num && !num.digits && lowerAt(t, num.end - 1) === 'quarters' && num.end === k + 2) { n = UNITS_WORDS[lowerAt(t, k)] ?? null; k++; }
      else if (num) { n = num.value; k = num.end; }
    }
    const unit = lowerAt(t, k);
    if (k > j + 1 && (DATE_UNITS.has(unit) || TIME_UNITS.has(unit)) && w !== 'that') {
      return { end: k + 1, spec: DATE_UNITS.has(unit) ? { t: 'dur', unit: unit.replace(/s$/, ''), n } : null };
    }
    if (w === 'that' && !PERIODS.has(next)) return null;
    if (PERIODS.has(next) && !(w === 'the' && next === 'day' && !['next', 'previous', 'following', 'same'].includes(lowerAt(t, i + 1)))) {
      const single = next.replace(/s$/, '') as 'year' | 'month' | 'week' | 'day' | 'decade' | 'quarter';
      if (next.endsWith('s') && !['the', 'past', 'next', 'last', 'coming'].includes(w)) return null;
      const unitOk = ['year', 'month', 'week', 'day', 'decade', 'quarter'].includes(single) && !next.endsWith('s');
      return { end: j + 2, spec: unitOk ? { t: 'rel', unit: single, offset: off } : null };
    }
    return null;
  }
  // "weeks of negotiations", "the highest in decades", "for years"
  if (['weeks', 'months', 'years', 'decades', 'days'].includes(w) && ['for', 'after', 'over', 'within', 'in', 'of'].includes(lowerAt(t, i - 1)) && lowerAt(t, i - 2) !== 'the') return { end: i + 1, spec: null };
  if ((w === 'these' || w === 'those') && lowerAt(t, i + 1) === 'days') return { end: i + 2, spec: null };
  // "several years", "a few months", "many decades ago", "a couple of weeks"
  if (w === 'several' || w === 'few' || w === 'many' || (w === 'a' && (lowerAt(t, i + 1) === 'few' || lowerAt(t, i + 1) === 'couple'))) {
    let k = i + 1;
    if (w === 'a') k++;
    if (lowerAt(t, k) === 'of') k++;
    const u = lowerAt(t, k);
    if (DATE_UNITS.has(u) && u.endsWith('s')) {
      const tail = lowerAt(t, k + 1);
      return { end: tail === 'ago' || ((tail === 'later' || tail === 'earlier') && lowerAt(t, k + 2) !== 'than') ? k + 2 : k + 1, spec: null };
    }
  }
  if (w === 'recent' && ['years', 'months', 'weeks', 'days', 'decades'].includes(lowerAt(t, i + 1))) return { end: i + 2, spec: null };
  if ((w === 'years' || w === 'decades' || w === 'months' || w === 'weeks' || w === 'days') && ['ago', 'earlier', 'later'].includes(lowerAt(t, i + 1))) return { end: i + 2, spec: null };
  if ((w === 'decades' || w === 'centuries') && ['for', 'over', 'within'].includes(lowerAt(t, i - 1))) return { end: i + 1, spec: null };
  if (HOLIDAYS.has(w) && cap(t[i])) {
    const n2 = lowerAt(t, i + 1);
    let end = n2 === 'day' || n2 === 'eve' ? i + 2 : i + 1;
    if (t[end]?.type === 'd' && t[end]!.text.length === 4 && yearOk(Number(t[end]!.text))) end++;
    return { end, spec: null };
  }
  if (w === 'new' && lowerAt(t, i + 1) === 'year' && cap(t[i + 1]) && lowerAt(t, i + 2).match(/^['’]s$/) && ['day', 'eve'].includes(lowerAt(t, i + 3))) return { end: i + 4, spec: null };
  if (SEASONS.has(w) && cap(t[i]) === false && digitsAt(t, i + 1) !== null && t[i + 1]!.text.length === 4) return { end: i + 2, spec: { t: 'abs', y: digitsAt(t, i + 1)! } };
  return decadeOrCentury(t, i) ?? monthDate(t, i) ?? yearDate(t, i);
}

const EDGE = new Set(['end', 'start', 'beginning', 'middle', 'turn', 'rest', 'first', 'second', 'latter', 'close', 'spring', 'summer', 'autumn', 'fall', 'winter']);

const BUSINESS_AFTER_HALF = new Set(['profit', 'profits', 'earnings', 'sales', 'revenue', 'revenues', 'results', 'loss', 'losses',
  'net', 'income', 'growth', 'output', 'figures', 'operating', 'pretax', 'performance', 'dividend', 'report']);

/** A date expression starting at i, with "early"/"late"/"mid-" and "the end of …" wrappers. */
export function matchDate(t: NumToken[], i: number): Candidate | null {
  const w = lowerAt(t, i);
  let j = i;
  // "the end of the year", "the first half of 2025", "the second quarter of 2024"
  if (w === 'the' && EDGE.has(lowerAt(t, i + 1))) {
    let k = i + 2;
    if (lowerAt(t, k) === 'half' || lowerAt(t, k) === 'quarter') k++;
    if (lowerAt(t, k) === 'of') {
      const u = lowerAt(t, k + 2);
      if (lowerAt(t, k + 1) === 'the' && ['year', 'month', 'week', 'decade', 'century', 'day', 'summer', 'winter'].includes(u)) {
        return { start: i, end: k + 3, kind: 'date', value: null, unit: null };
      }
      const inner = dateCore(t, k + 1);
      if (inner) return { start: i, end: inner.end, kind: 'date', value: null, unit: null, date: inner.spec ?? undefined };
    }
  }
  // "this past January", "this coming weekend": "this" belongs to the date.
  if (w === 'this' && (lowerAt(t, i + 1) === 'past' || lowerAt(t, i + 1) === 'coming')) {
    const inner = matchDate(t, i + 1);
    if (inner) return { ...inner, start: i };
  }
  // "third-quarter profit", "first-half sales": a business period used as a modifier. A "second-half goal"
  // is match time, not a date, so "half" needs a business word after it.
  if (ORDINAL_WORDS[w] !== undefined && ORDINAL_WORDS[w]! <= 4 && t[i + 1]?.text === '-' && t[i + 1]!.glued && t[i + 2]?.glued) {
    const period = lowerAt(t, i + 2);
    if (period === 'quarter' || (period === 'half' && BUSINESS_AFTER_HALF.has(lowerAt(t, i + 3)))) {
      return { start: i, end: i + 3, kind: 'date', value: null, unit: null };
    }
  }
  // "the first quarter", "the third quarter" (a business period; "the second half" of a match is not a date)
  if (w === 'the' && (ORDINAL_WORDS[lowerAt(t, i + 1)] || ['final', 'last', 'latest', 'same', 'previous', 'current'].includes(lowerAt(t, i + 1))) && lowerAt(t, i + 2) === 'quarter') {
    const of = lowerAt(t, i + 3) === 'of' ? dateCore(t, i + 4) : null;
    return { start: i, end: of ? of.end : i + 3, kind: 'date', value: null, unit: null };
  }
  if (w === 'early' || w === 'late' || w === 'mid' || w === 'earlier' || w === 'later') {
    j = i + 1;
    if ((t[j]?.text === '-' || t[j]?.text === '–') && (t[j]!.glued || w === 'mid')) j++;
    const inner = dateCore(t, j);
    if (inner && lowerAt(t, j) !== 'the') {
      return { start: i, end: inner.end, kind: 'date', value: null, unit: null, date: inner.spec ?? undefined };
    }
    return null;
  }
  // "the three months to June", "the quarter ended Sept. 30", "the week to Sunday"
  if (w === 'the') {
    let k = i + 1;
    const num = parseSingle(t, k);
    if (num) k = num.end;
    if (DATE_UNITS.has(lowerAt(t, k)) && ['to', 'ended', 'ending', 'through', 'until', 'till'].includes(lowerAt(t, k + 1))) {
      const inner = dateCore(t, k + 2);
      if (inner) return { start: i, end: inner.end, kind: 'date', value: null, unit: null };
    }
  }
  // "between May 3 and May 10", "between 2025 and 2030"
  if (lowerAt(t, i) === 'between' && lowerAt(t, i + 1) !== 'the') {
    const a = dateCore(t, i + 1);
    if (a && lowerAt(t, a.end) === 'and') {
      const b = dateCore(t, a.end + 1);
      if (b) return { start: i + 1, end: b.end, kind: 'date', value: null, unit: null };
    }
  }
  const core = dateCore(t, i);
  if (!core) return null;
  let end = core.end;
  if (lowerAt(t, i - 1) === 'between' && lowerAt(t, end) === 'and') {
    const second = dateCore(t, end + 1);
    if (second) return { start: i, end: second.end, kind: 'date', value: null, unit: null };
  }
  // "the next 48 hours": a period counted in clock units is a TIME
  if (core.spec === null && end > i + 1 && TIME_UNITS.has(lowerAt(t, end - 1))) return { start: i, end, kind: 'time', value: null, unit: null };
  return { start: i, end, kind: 'date', value: null, unit: null, date: core.spec ?? undefined };
}
