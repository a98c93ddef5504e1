/**
 * Amounts: money, percentages, measured quantities, durations ("three years ago", "45-year-old"),
 * plain counts and ordinals, each with the approximators OntoNotes keeps inside the span
 * ("approximately 50", "more than $1 billion", "nearly a decade").
 */
import type { NumToken } from './tokens.ts';
import type { Candidate, DateSpec } from './candidate.ts';
import { gluedHyphen, lowerAt, parseNumberPhrase, parseSingle, type NumPhrase } from './parse.ts';
import { digitsInName, isCap } from './name-digits.ts';
import { matchTime } from './times.ts';
import { isBareAge } from './ages.ts';
import { SUB_UNITS, currencyAfter, currencyBefore, extendRange, percentAfter, raceDistance, rateEnd, unitAfter, weightInPounds } from './units.ts';
import {
  CAPITAL_OK_BEFORE_NUMBER, CURRENCY_WORDS, DATE_UNITS, MODIFIERS, MONTHS, ONE_PRONOUN_BEFORE, ORDINAL_NAME_HEADS,
  ORDINAL_WORDS, OUTSIDE_MODIFIERS, TIME_UNITS,
} from './lexicon.ts';

const COMPOUND_STOP = new Set(['on', 'to', 'for', 'of', 'and', 'or', 'in', 'by', 'a', 'the', 'time', 'off', 'way', 'sided', 'liner', 'stop', 'size']);

/** Clock units from large to small, so a chain only runs downwards ("2 hours, 1 minute and 9 seconds"). */
const TIME_RANK: Record<string, number> = { hour: 3, hours: 3, hrs: 3, minute: 2, minutes: 2, mins: 2, second: 1, seconds: 1, secs: 1 };

function timeChain(t: NumToken[], e: number, unitWord: string): number {
  let rank = TIME_RANK[unitWord] ?? 0;
  for (let guard = 0; guard < 3; guard++) {
    let k = e;
    if (lowerAt(t, k) === ',') k++;
    if (lowerAt(t, k) === 'and') k++;
    if (k === e) break;
    const n2 = parseSingle(t, k);
    const r2 = n2 ? TIME_RANK[lowerAt(t, n2.end)] ?? 0 : 0;
    if (!n2 || r2 === 0 || r2 >= rank) break;
    e = n2.end + 1;
    rank = r2;
  }
  return e;
}

/** Calendar units from large to small: "17 years and 45 days", "40 days and 40 nights" are one period. */
const DATE_RANK: Record<string, number> = { years: 5, year: 5, months: 4, month: 4, weeks: 3, week: 3, days: 2, day: 2, nights: 1 };

function dateChain(t: NumToken[], e: number, unitWord: string): number {
  const n2 = parseSingle(t, e + 1);
  const r1 = DATE_RANK[unitWord] ?? 0;
  const r2 = n2 ? DATE_RANK[lowerAt(t, n2.end)] ?? 0 : 0;
  return n2 && r2 > 0 && r2 < r1 ? n2.end + 1 : e;
}

function durationSpec(tail: string, unitWord: string, n: number | null): DateSpec {
  const unit = unitWord.replace(/(ies|s)$/, (m) => (m === 'ies' ? 'y' : ''));
  if (tail === 'ago' && n !== null) return { t: 'ago', unit, n, sign: -1 };
  return { t: 'dur', unit, n };
}

function durationTail(t: NumToken[], j: number, unitWord: string): number {
  const tail = lowerAt(t, j);
  if (tail === 'ago') return j + 1;
  if ((tail === 'earlier' || tail === 'later') && lowerAt(t, j + 1) !== 'than') return j + 1;
  if (tail === 'old' && unitWord.startsWith('year')) return j + 1;
  return j;
}

/** Money, percent, quantity, duration or plain count starting at the number phrase at j. */
function amountAt(t: NumToken[], j: number, noTo: boolean): Omit<Candidate, 'start'> | null {
  const cur = currencyBefore(t, j);
  if (cur) {
    const n = parseNumberPhrase(t, cur.end, !noTo);
    if (!n || (n.end === cur.end)) return null;
    let end = n.end;
    const after = currencyAfter(t, end);
    if (after && !CURRENCY_WORDS[lowerAt(t, end)]?.includes('-')) end = after.end;
    // "$78 a barrel", "$1.50 a share": the rate belongs to the amount.
    if (rateEnd(t, end) > end) return { end: rateEnd(t, end), kind: 'money', value: n.value, unit: cur.unit };
    end = extendRange(t, end, noTo, (k) => {
      const c2 = currencyBefore(t, k);
      const n2 = parseNumberPhrase(t, c2 ? c2.end : k);
      return n2 ? n2.end : null;
    });
    // "$4-$5 a gallon": the rate closes the whole range
    return { end: rateEnd(t, end), kind: 'money', value: n.value, unit: cur.unit };
  }
  const race = raceDistance(t, j);
  if (race !== null) return { end: race, kind: 'quantity', value: Number(t[j]!.text.replace(/,/g, '')), unit: 'm' };
  const n: NumPhrase | null = parseNumberPhrase(t, j, !noTo);
  if (!n) return null;
  if (n.digits && digitsInName(t, lowerAt(t, j) === 'between' ? j + 1 : j)) return null;
  let end = n.end;
  // Vague money: "billions of dollars", "millions of pounds".
  if (!n.digits && lowerAt(t, end) === 'of') {
    const c = currencyAfter(t, end + 1);
    if (c) return { end: c.end, kind: 'money', value: null, unit: c.unit };
  }
  const money = weightInPounds(t, j, end) ? null : currencyAfter(t, end);
  if (money) {
    const unit = money.unit.replace(/-(cent|pence)$/, '');
    const scale = money.unit.endsWith('-cent') || money.unit.endsWith('-pence') ? 0.01 : 1;
    return { end: rateEnd(t, money.end), kind: 'money', value: n.value === null ? null : n.value * scale, unit };
  }
  // "a quarter of a percentage point", "half a point": a fraction of a percentage point is a percent.
  if (!n.digits && lowerAt(t, end) === 'of' && (lowerAt(t, end + 1) === 'a' || lowerAt(t, end + 1) === 'one')) {
    const p = percentAfter(t, end + 2);
    if (p !== null && lowerAt(t, p - 1).startsWith('point')) return { end: p, kind: 'percent', value: n.value, unit: '%' };
  }
  const pct = percentAfter(t, end);
  if (pct !== null) {
    const e = extendRange(t, pct, noTo, (k) => {
      const n2 = parseNumberPhrase(t, k);
      return n2 ? percentAfter(t, n2.end) : null;
    });
    return { end: e, kind: 'percent', value: n.value, unit: '%' };
  }
  // Hyphenated compounds: "45-year-old", "10-mile", "three-day", "12-nation".
  // "six consecutive months", "three straight years"
  if (['consecutive', 'straight', 'successive', 'full', 'more', 'further', 'additional', 'long'].includes(lowerAt(t, end)) && (DATE_UNITS.has(lowerAt(t, end + 1)) || TIME_UNITS.has(lowerAt(t, end + 1)))) {
    const u = lowerAt(t, end + 1);
    if (DATE_UNITS.has(u)) return { end: end + 2, kind: 'date', value: null, unit: null, date: durationSpec('', u, n.value) };
    return { end: end + 2, kind: 'time', value: null, unit: null };
  }
  const hy = gluedHyphen(t, end - 1) ? end + 1 : -1;
  const unitWord = hy > 0 ? lowerAt(t, hy) : lowerAt(t, end);
  const unitStart = hy > 0 ? hy : end;
  if (DATE_UNITS.has(unitWord) && !(hy < 0 && unitWord === 'quarter')) {
    let e = unitStart + 1;
    if (hy > 0 && gluedHyphen(t, e - 1) && lowerAt(t, e + 1) === 'old') e += 2;
    else if (hy < 0 && lowerAt(t, e) === 'and') e = dateChain(t, e, unitWord);
    else e = durationTail(t, e, unitWord);
    return { end: e, kind: 'date', value: null, unit: null, date: durationSpec(lowerAt(t, e - 1), unitWord, n.value) };
  }
  if (TIME_UNITS.has(unitWord) && !(unitWord === 'second' && hy < 0)) {
    let e = durationTail(t, unitStart + 1, unitWord);
    // "two hours and 35 seconds", "2 hours, 1 minute and 9 seconds": one duration in smaller and smaller units.
    if (hy < 0 && e === unitStart + 1) e = timeChain(t, e, unitWord);
    return { end: e, kind: 'time', value: null, unit: null };
  }
  // "a 300-pound manhole cover": a pound in a compound adjective is a weight, unless it names money
  // ("a 5-pound note").
  if (hy > 0 && unitWord === 'pound') {
    const money = ['note', 'notes', 'coin', 'coins', 'fine', 'fee', 'bill', 'ticket', 'tickets'].includes(lowerAt(t, hy + 1));
    return { end: hy + 1, kind: money ? 'money' : 'quantity', value: n.value, unit: money ? 'GBP' : 'lb' };
  }
  const q = unitAfter(t, unitStart);
  if (q) {
    // "5 feet 10 inches", "6 pounds 4 ounces": one measurement in two units.
    const sub = SUB_UNITS[q.unit];
    if (sub && t[q.end]?.type === 'd') {
      // "5ft 11in": a glued "in" is inches only here
      const q2 = sub === 'in' && lowerAt(t, q.end + 1) === 'in' && t[q.end + 1]!.glued ? { end: q.end + 2, unit: 'in' } : unitAfter(t, q.end + 1);
      if (q2 && q2.unit === sub) return { end: q2.end, kind: 'quantity', value: n.value, unit: q.unit };
    }
    return { end: q.end, kind: 'quantity', value: n.value, unit: q.unit };
  }
  if (weightInPounds(t, j, end)) {
    const oz = t[end + 1]?.type === 'd' ? unitAfter(t, end + 2) : null;
    return { end: oz?.unit === 'oz' ? oz.end : end + 1, kind: 'quantity', value: n.value, unit: 'lb' };
  }
  // (Tokenized text spaces the hyphen, "12 - nation"; the annotation still covers the whole word.)
  if (hy > 0 && t[hy]?.type === 'w' && !t[hy]!.cap && !COMPOUND_STOP.has(unitWord) && !gluedHyphen(t, hy, false)) {
    return { end: hy + 1, kind: 'count', value: n.value, unit: null };
  }
  // A bare age ("Pierre Vinken, 61, will join", "who turned 58", "aged 37") is a DATE in OntoNotes.
  if (isBareAge(t, j, end, n.value)) return { end, kind: 'date', value: null, unit: null, date: { t: 'dur', unit: 'year', n: n.value } };
  return { end, kind: 'count', value: n.value, unit: null };
}

const ARTICLE_DURATION_BEFORE = new Set(['for', 'within', 'than', 'nearly', 'in', 'over', 'about', 'almost', 'around', 'after', 'now', 'took', 'lasted', 'spent', 'past']);

/** "a year ago", "more than a decade", "about an hour": an article standing for one unit. */
function articleDuration(t: NumToken[], j: number, afterModifier: boolean): Omit<Candidate, 'start'> | null {
  const a = lowerAt(t, j);
  if (a !== 'a' && a !== 'an') return null;
  const u = lowerAt(t, j + 1);
  if (DATE_UNITS.has(u) && u !== 'quarter' && u !== 'weekend') {
    const e = durationTail(t, j + 2, u);
    const prev = lowerAt(t, j - 1);
    if (e > j + 2 || afterModifier || ARTICLE_DURATION_BEFORE.has(prev) || ['behind', 'after', 'before'].includes(lowerAt(t, j + 2))) {
      return { end: e, kind: 'date', value: null, unit: null, date: durationSpec(lowerAt(t, e - 1), u, 1) };
    }
  }
  if ((u === 'hour' || u === 'minute') && (afterModifier || ARTICLE_DURATION_BEFORE.has(lowerAt(t, j - 1)) || ['before', 'after', 'later', 'earlier', 'ago', 'behind'].includes(lowerAt(t, j + 2)))) {
    return { end: durationTail(t, j + 2, u), kind: 'time', value: null, unit: null };
  }
  return null;
}

const MODIFIER_HEADS = new Map<string, string[][]>();
for (const m of MODIFIERS) MODIFIER_HEADS.set(m[0]!, [...(MODIFIER_HEADS.get(m[0]!) ?? []), m]);

function matchModifier(t: NumToken[], i: number): number[] {
  const ends: number[] = [];
  for (const m of MODIFIER_HEADS.get(lowerAt(t, i)) ?? []) {
    let ok = true;
    for (let k = 0; k < m.length && ok; k++) ok = lowerAt(t, i + k) === m[k];
    if (ok) ends.push(i + m.length);
  }
  return ends;
}

/** The best amount starting at token i, with a leading approximator when one is there. */
/** Verbs of change: in "rose 2% to 7%" the two amounts are separate values, not a range. */
const CHANGE = new Set([
  'from', 'by', 'rose', 'rise', 'rises', 'risen', 'fell', 'fall', 'falls', 'fallen', 'climbed', 'dropped', 'increased',
  'decreased', 'jumped', 'slipped', 'declined', 'grew', 'gained', 'lost', 'raised', 'cut', 'lowered', 'slumped',
  'soared', 'surged', 'plunged', 'tumbled', 'edged', 'up', 'down', 'shrank', 'expanded', 'added', 'increase', 'decrease',
]);

/** Words after which "over" before a duration means "more than" ("it took over seven years"). */
const OVER_AS_MORE = new Set(['for', 'in', 'of', 'than', 'after', 'within', 'took', 'take', 'takes', 'taking', 'lasted', 'last', 'lasts',
  'spent', 'spend', 'is', 'was', 'are', 'were', 'be', 'been', '’s', "'s", 'and', 'or', 'by', 'since', 'from', 'just', 'well', 'ago',
  // verbs that measure a stretch of time: "served over two decades"
  'served', 'serving', 'worked', 'working', 'lived', 'living', 'waited', 'waiting', 'stayed', 'remained', 'ran', 'held', 'spanned', 'spanning', 'taken', 'lasting']);

/** "spread over seven years": "over" is the preposition "during", outside the span. */
function overMeansDuring(t: NumToken[], i: number, words: string, a: Omit<Candidate, 'start'>): boolean {
  if (words !== 'over' || (a.kind !== 'date' && a.kind !== 'time')) return false;
  const prev = t[i - 1];
  return !!prev && prev.type === 'w' && !prev.initial && !OVER_AS_MORE.has(prev.lower);
}

const TIME_APPROX = new Set(['about', 'around', 'approximately', 'roughly', 'nearly', 'almost']);

export function matchValue(t: NumToken[], i: number): Candidate | null {
  const noTo = CHANGE.has(lowerAt(t, i - 1)) || CHANGE.has(lowerAt(t, i - 2));
  let found: Candidate | null = null;
  const plain = amountAt(t, i, noTo) ?? articleDuration(t, i, false);
  // "between 10 and 20": the preposition stays outside the span.
  if (plain) found = { start: t[i]!.lower === 'between' ? i + 1 : i, ...plain };
  const heads = MODIFIER_HEADS.get(t[i]!.lower);
  if (heads) {
    for (const j of matchModifier(t, i)) {
      let a = amountAt(t, j, noTo) ?? (t[i]!.lower === 'over' ? null : articleDuration(t, j, true));
      // "about 11:40 p.m.", "around 9 a.m.": the approximator belongs to the clock time.
      const clock = TIME_APPROX.has(t[i]!.lower) && j === i + 1 ? matchTime(t, j) : null;
      if (clock && (!a || clock.end > a.end)) a = clock;
      if (!a || (found && a.end <= found.end)) continue;
      const words = t.slice(i, j).map((x) => x.lower).join(' ');
      // "another five years" is one period; "another 500 jobs" keeps "another" out.
      const outside = OUTSIDE_MODIFIERS.has(words) && !(words === 'another' && a.kind === 'date');
      found = { ...a, start: outside || overMeansDuring(t, i, words, a) ? j : i };
    }
  }
  if (!found) return null;
  if (found.kind === 'count' && !oneIsNumber(t, found)) return null;
  return found;
}

/** "one" is a pronoun in "no one", "the one who", "one another"; OntoNotes tags the numeral only. */
function oneIsNumber(t: NumToken[], c: Candidate): boolean {
  if (c.end - c.start !== 1 || t[c.start]!.lower !== 'one') return true;
  const prev = lowerAt(t, c.start - 1);
  const next = lowerAt(t, c.start + 1);
  if (next === 'of' || next === 'in' || next === 'or') return true;
  if (ONE_PRONOUN_BEFORE.has(prev)) return false;
  if (next === 'another' || next === 'who' || next === 'that' || next === 'which' || next === '’s' || next === "'s") return false;
  return true;
}

/** Ordinals: "first", "21st"; capitalized mid-sentence ones belong to names ("First Amendment"). */
export function matchOrdinal(t: NumToken[], i: number): Candidate | null {
  const tok = t[i]!;
  if (tok.type === 'w') {
    const v = ORDINAL_WORDS[tok.lower];
    if (v === undefined) return null;
    if (tok.cap && !tok.initial) return null;
    if (tok.lower === 'second' && (lowerAt(t, i - 1) === 'a' && !/^\p{L}/u.test(t[i + 1]?.text ?? '') || lowerAt(t, i - 1) === 'per')) return null;
    return { start: i, end: i + 1, kind: 'ordinal', value: v, unit: null };
  }
  if (tok.type === 'd' && t[i + 1]?.glued && ['st', 'nd', 'rd', 'th'].includes(lowerAt(t, i + 1))) {
    // "the 2nd Circuit", "5th Avenue", "the 101st Airborne": the ordinal is part of a name
    if (t[i + 2]?.cap && ORDINAL_NAME_HEADS.has(lowerAt(t, i + 2))) return null;
    if (digitsInName(t, i) && !(t[i - 1] && isCap(t[i - 1]) && MONTHS[t[i - 1]!.lower] !== undefined)) {
      if (isCap(t[i - 1]) && !t[i - 1]!.initial && !CAPITAL_OK_BEFORE_NUMBER.has(t[i - 1]!.lower)) return null;
    }
    return { start: i, end: i + 2, kind: 'ordinal', value: Number(tok.text), unit: null };
  }
  return null;
}
