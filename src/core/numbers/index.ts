/**
 * Numbers layer: finds counts, percentages, money, dates, times, quantities and ordinals in article
 * paragraphs, with span boundaries that follow the OntoNotes value types (DATE, TIME, MONEY, PERCENT,
 * QUANTITY, ORDINAL, CARDINAL → date, time, money, percent, quantity, ordinal, count):
 * approximators and determiners that belong to the value stay inside ("approximately 50",
 * "the past two weeks", "more than $1 billion"), numbers inside names stay out ("COVID-19", "F-35",
 * "Boeing 737"). Values are normalized where cheap: numbers as numbers, dates as ISO strings resolved
 * against the published date.
 *
 * A hand-written token matcher rather than a trained model: the value types are closed-class and
 * their boundaries are conventions, which rules state exactly and a small model learns poorly.
 * Linear in the input: each token is tried once by a fixed set of bounded look-ahead matchers.
 */
import type { NumberSpan } from '../types.ts';
import type { Candidate } from './candidate.ts';
import { tokenizeForNumbers, type NumToken } from './tokens.ts';
import { matchDate } from './dates.ts';
import { matchDateFrame, matchPeriodCode } from './date-frames.ts';
import { matchTime } from './times.ts';
import { matchOrdinal, matchValue } from './values.ts';
import { parsePublished, resolveDate } from './resolve-date.ts';
import { lowerAt } from './parse.ts';
import {
  CAPITAL_OK_BEFORE_NUMBER, CURRENCY_CODES, CURRENCY_SIGNS, DOLLAR_PREFIXES, HOLIDAYS, MODIFIERS, MONTHS, ORDINAL_WORDS, SEASONS, TENS_WORDS,
  UNITS_WORDS, VAGUE_PLURALS, WEEKDAYS,
} from './lexicon.ts';

export interface NumberOptions {
  /** The article's published date (ISO 8601), to resolve "Saturday" or "last year". */
  published?: string | null;
}

const FUTURE = /\b(?:will|won['’]t|shall|is due|are due|scheduled|set to|plans? to|expected to|going to|next)\b[^.!?]*$/i;

/** Words that can open a value; any other word is skipped without running the matchers. */
const STARTERS = new Set<string>([
  ...Object.keys(UNITS_WORDS), ...Object.keys(TENS_WORDS), ...VAGUE_PLURALS, ...Object.keys(ORDINAL_WORDS),
  ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...HOLIDAYS, ...SEASONS, ...CURRENCY_CODES,
  ...Object.keys(CURRENCY_SIGNS), ...Object.keys(DOLLAR_PREFIXES), ...MODIFIERS.map((m) => m[0]!),
  'several', 'few', 'many', 'dozen', 'dozens', 'half', 'a', 'an', 'between', 'today', 'yesterday', 'tomorrow',
  'this', 'that', 'last', 'next', 'past', 'coming', 'previous', 'current', 'following', 'same', 'the', 'recent',
  'years', 'decades', 'months', 'weeks', 'days', 'centuries', 'new', 'fiscal', 'fy', 'early', 'late', 'mid',
  'earlier', 'later', '’', "'", 'noon', 'midnight', 'midday', 'dawn', 'dusk', 'tonight', 'overnight', 'hours',
  'minutes', 'each', 'every', 'these', 'those', 'q', 'h', 'his', 'her', 'their', 'my', 'your', 'our',
]);

function consider(top: Candidate | null, c: Candidate | null): Candidate | null {
  return c && c.end > c.start && (!top || c.end > top.end) ? c : top;
}

function best(t: NumToken[], i: number): Candidate | null {
  const tok = t[i]!;
  if (tok.type !== 'd' && !STARTERS.has(tok.lower)) return null;
  let top = consider(null, matchDate(t, i));
  top = consider(top, matchDateFrame(t, i));
  top = consider(top, matchPeriodCode(t, i));
  top = consider(top, matchTime(t, i));
  top = consider(top, matchValue(t, i));
  return consider(top, matchOrdinal(t, i));
}

/**
 * "Ninety Mile Beach", "Three Gorges Dam": spelled-out numbers written in capitals mid-sentence, with a
 * capitalized word after them, are part of a name.
 */
function inTitleCaseName(t: NumToken[], c: Candidate): boolean {
  if (c.kind === 'date' || c.kind === 'time') return false;
  const first = t[c.start]!;
  if (first.type !== 'w' || !first.cap || first.initial) return false;
  const words = t.slice(c.start, c.end + 1).filter((x) => x.type === 'w');
  if (words.length >= 2 && words.every((x) => x.cap)) return true;
  // "the Big Three", "the Group of Seven": a capitalized number word closing a capitalized name
  const prev = t[c.start - 1];
  const before = prev?.lower === 'of' ? t[c.start - 2] : prev;
  return c.end === c.start + 1 && !!before && before.cap && !before.initial && !CAPITAL_OK_BEFORE_NUMBER.has(before.lower)
    && MONTHS[before.lower] === undefined && WEEKDAYS[before.lower] === undefined;
}

/** Verbs of moving a date or changing an amount: "moved from March 3 to March 17" names two dates, not a period. */
const SHIFT = new Set([
  'moved', 'move', 'moves', 'moving', 'postponed', 'postpone', 'delayed', 'delay', 'rescheduled', 'pushed', 'brought',
  'shifted', 'changed', 'switched', 'extended', 'extend', 'put', 'advanced', 'rose', 'fell', 'increased', 'reduced',
  'cut', 'raised', 'lowered', 'grew', 'dropped', 'climbed', 'jumped', 'slipped', 'declined',
]);

/** A point in time that can open a "from … to …" period: a calendar date or a clock time, not a duration. */
function isPoint(c: Candidate): boolean {
  if (c.kind === 'time') return typeof c.value === 'string';  // clock times, noon and midnight
  return c.kind === 'date' && (c.date?.t === 'abs' || c.date?.t === 'weekday' || c.date?.t === 'decade');
}

/**
 * "2011 to 2013", "10am to 5pm", "Tuesday to Sunday": two points of the same kind joined by "to" are one
 * period in OntoNotes (the "from" before them stays out), unless a verb of change makes them two values.
 */
function joinPeriod(t: NumToken[], c: Candidate): Candidate {
  const sep = lowerAt(t, c.end);
  if (!isPoint(c) || (sep !== 'to' && sep !== 'through' && !(sep === 'until' && lowerAt(t, c.start - 1) === 'from'))) return c;
  const second = best(t, c.end + 1);
  if (!second || second.start !== c.end + 1 || second.kind !== c.kind || !isPoint(second)) return c;
  for (let k = c.start - 1; k >= Math.max(0, c.start - 6); k--) {
    const tok = t[k]!;
    if (tok.type === 'p' && tok.text !== '’' && tok.text !== "'") break;
    if (SHIFT.has(tok.lower)) return c;
  }
  return { ...c, end: second.end };
}

const SIGNED = new Set<Candidate['kind']>(['quantity', 'count', 'percent']);

function findInParagraph(text: string, paragraph: number, pub: ReturnType<typeof parsePublished>, out: NumberSpan[]): void {
  const t = tokenizeForNumbers(text);
  let i = 0;
  while (i < t.length) {
    const found = best(t, i);
    if (!found) { i++; continue; }
    const c = joinPeriod(t, found);
    if (inTitleCaseName(t, c)) { i = c.end; continue; }
    // "-5C", "−3.2%": a minus sign glued to the number (and not to a word before it) is part of the value
    const sign = t[c.start - 1];
    const signed = !!sign && (sign.text === '-' || sign.text === '−') && t[c.start]!.glued && t[c.start]!.type === 'd'
      && (!sign.glued || t[c.start - 2]?.type === 'p') && SIGNED.has(c.kind);
    const start = signed ? sign.start : t[c.start]!.start;
    const end = t[c.end - 1]!.end;
    const span: NumberSpan = { text: text.slice(start, end), paragraph, start, end, kind: c.kind, value: c.value, unit: c.unit };
    if (c.kind === 'date') {
      const future = c.date?.t === 'weekday' && FUTURE.test(text.slice(Math.max(0, start - 80), start));
      span.value = resolveDate(c.date, pub, future);
    }
    if (typeof span.value === 'number' && !Number.isFinite(span.value)) span.value = null;
    out.push(span);
    i = Math.max(c.end, i + 1);
  }
}

/** Every number-like value in the paragraphs, in reading order. Never throws. */
export function findNumbers(paragraphs: string[], opts: NumberOptions = {}): NumberSpan[] {
  const out: NumberSpan[] = [];
  if (!Array.isArray(paragraphs)) return out;
  const pub = parsePublished(opts?.published);
  paragraphs.forEach((p, idx) => {
    if (typeof p !== 'string' || p.length === 0) return;
    try {
      findInParagraph(p, idx, pub, out);
    } catch {
      // A matcher bug must never take the page down; the paragraph just goes unannotated.
    }
  });
  return out;
}
