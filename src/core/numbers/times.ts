/**
 * Clock times and parts of days with OntoNotes TIME boundaries: "10:30 a.m. GMT", "noon",
 * "this morning", "Saturday night", "several hours", with "HH:MM" values for clock times.
 */
import type { NumToken } from './tokens.ts';
import type { Candidate } from './candidate.ts';
import { lowerAt } from './parse.ts';
import { digitsInName } from './name-digits.ts';
import { DAY_PARTS } from './lexicon.ts';
import { cap, digitsAt, weekdayAt } from './dates.ts';

const CLOCK_SUFFIX = new Set(['am', 'pm', 'a', 'p']);
const ZONES = new Set(['gmt', 'bst', 'utc', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'ct', 'cst', 'cdt', 'cet', 'cest', 'jst', 'ist', 'aest']);

/** "10:30 p.m." → "22:30"; null when the hour or minute is out of range. */
function clockValue(t: NumToken[], i: number, end: number): string | null {
  const raw = t[i]!.text;
  let h = Number(raw.split('.')[0]);
  let m = raw.includes('.') ? Number(raw.split('.')[1]) : t[i + 1]?.text === ':' ? Number(t[i + 2]?.text) : 0;
  let pm = false;
  let am = false;
  for (let k = i + 1; k < end; k++) {
    const l = t[k]!.lower;
    if (l === 'pm' || l === 'p') pm = true;
    if (l === 'am' || l === 'a') am = true;
  }
  if (pm && h < 12) h += 12;
  if (am && h === 12) h = 0;
  if (!Number.isFinite(m)) m = 0;
  return h >= 0 && h < 24 && m >= 0 && m < 60 ? `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` : null;
}

/** Clock times and parts of days: "10:30 a.m. GMT", "noon", "this morning", "Saturday night", "tonight". */
export function matchTime(t: NumToken[], i: number): Candidate | null {
  const w = lowerAt(t, i);
  const v = digitsAt(t, i) ?? (t[i]?.type === 'd' && /^\d{1,2}\.\d\d$/.test(t[i]!.text) ? 0 : null);
  // "06:30 GMT": a leading zero is a clock hour here, not a code
  const zeroHour = /^0\d$/.test(t[i]?.text ?? '') && t[i + 1]?.text === ':' && t[i + 1]!.glued;
  // "0900 GMT": a four-digit military time needs its zone
  const hhmm = t[i]?.text ?? '';
  if (/^[01]\d[0-5]\d$|^2[0-3][0-5]\d$/.test(hhmm) && (hhmm[0] === '0' || ['at', 'by', 'until', 'before', 'after', 'from'].includes(lowerAt(t, i - 1))) && ZONES.has(lowerAt(t, i + 1)) && t[i + 1]!.text === t[i + 1]!.text.toUpperCase() && !t[i + 1]!.glued) {
    return { start: i, end: i + 2, kind: 'time', value: `${hhmm.slice(0, 2)}:${hhmm.slice(2)}`, unit: null };
  }
  if (v !== null && (zeroHour || !digitsInName(t, i))) {
    let j = i + 1;
    let clock = false;
    if (t[j]?.text === ':' && t[j]!.glued && /^\d\d$/.test(t[j + 1]?.text ?? '') && t[j + 1]!.glued) { j += 2; clock = true; }
    else if (t[i]!.text.includes('.') && CLOCK_SUFFIX.has(lowerAt(t, j))) clock = true;
    const s = lowerAt(t, j);
    if (s === 'am' || s === 'pm') { j++; clock = true; }
    else if ((s === 'a' || s === 'p') && t[j + 1]?.text === '.' && lowerAt(t, j + 2) === 'm') {
      j += 3; clock = true;
      if (t[j]?.text === '.' && t[j]!.glued) j++;
    } else if (s === 'o’clock' || s === "o'clock") { j++; clock = true; }
    if (clock) {
      const value = clockValue(t, i, j);
      if (ZONES.has(lowerAt(t, j)) && cap(t[j])) j++;
      return { start: i, end: j, kind: 'time', value, unit: null };
    }
  }
  if (w === 'noon' || w === 'midnight' || w === 'midday' || w === 'dawn' || w === 'dusk' || w === 'tonight' || w === 'overnight') {
    const value = w === 'noon' || w === 'midday' ? '12:00' : w === 'midnight' ? '00:00' : null;
    return { start: i, end: i + 1, kind: 'time', value, unit: null };
  }
  let j = i;
  if (w === 'early' || w === 'late') j++;
  const head = lowerAt(t, j);
  const dayHead = ['this', 'that', 'last', 'yesterday', 'tomorrow', 'today', 'the', 'each', 'every', 'one', 'on'].includes(head) || weekdayAt(t, j) !== null;
  if (dayHead && DAY_PARTS.has(lowerAt(t, j + 1)) && lowerAt(t, j + 1) !== 'overnight') {
    if (head === 'the' && !['in', 'during', 'through', 'overnight', 'until'].includes(lowerAt(t, i - 1))) return null;
    if (head === 'each' || head === 'every' || head === 'on') return null;
    return { start: i, end: j + 2, kind: 'time', value: null, unit: null };
  }
  // "several hours", "a few minutes"
  if (w === 'several' || w === 'few' || (w === 'a' && lowerAt(t, i + 1) === 'few')) {
    const k = w === 'a' ? i + 2 : i + 1;
    if (lowerAt(t, k) === 'hours' || lowerAt(t, k) === 'minutes') {
      const tail = lowerAt(t, k + 1);
      return { start: i, end: tail === 'ago' || tail === 'later' || tail === 'earlier' ? k + 2 : k + 1, kind: 'time', value: null, unit: null };
    }
  }
  if ((w === 'hours' || w === 'minutes') && (['for', 'within', 'after'].includes(lowerAt(t, i - 1)) || ['later', 'earlier', 'ago'].includes(lowerAt(t, i + 1)))) {
    return { start: i, end: ['later', 'earlier', 'ago'].includes(lowerAt(t, i + 1)) ? i + 2 : i + 1, kind: 'time', value: null, unit: null };
  }
  return null;
}
