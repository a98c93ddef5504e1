/**
 * Reads one number phrase at a token position: digits with an optional scale ("5.3 billion", "5bn"),
 * spelled-out numbers ("forty-two", "one hundred and twenty", "a dozen"), fractions ("two-thirds",
 * "a third of"), vague counts ("dozens", "tens of thousands") and ranges of these ("10 to 20",
 * "between 10 and 20", "10-20"). Pure token arithmetic: no regex runs here, so time is linear.
 */
import type { NumToken } from './tokens.ts';
import { FRACTIONS, SCALES, TENS_WORDS, UNITS_WORDS, VAGUE_PLURALS } from './lexicon.ts';

export interface NumPhrase {
  /** Token index after the phrase. */
  end: number;
  value: number | null;
  /** Starts with digits (so names like "F-35" and glued suffixes need checking). */
  digits: boolean;
}

const HYPHENS = new Set(['-', '–', '‐']);
/** "a third said …": a fraction standing as the subject of a verb is a share of people, not a rank. */
const FRACTION_SUBJECT_VERBS = new Set(['went', 'go', 'goes', 'came', 'come', 'comes', 'said', 'say', 'says', 'were', 'are', 'was', 'is', 'have', 'had', 'has', 'do', 'did', 'will', 'would', 'could', 'expect', 'expected', 'think', 'thought', 'believe', 'want', 'wanted', 'support', 'supported', 'oppose', 'opposed', 'voted']);

/** Denominators of written fractions ("2 1/2"); "9/11" and "24/7" are not fractions. */
const DENOMINATORS = new Set([2, 3, 4, 5, 8, 10, 16]);

/** "a third to roads" vs "a third to win": a word after "to" that is not a bare verb (a crude test: plural or capitalized or a determiner). */
function isNounLike(t: NumToken[], k: number): boolean {
  const w = t[k]!;
  return w.cap || /s$/.test(w.lower) || ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'each', 'other', 'local', 'state', 'federal'].includes(w.lower);
}

export function lowerAt(t: NumToken[], i: number): string {
  return i >= 0 && i < t.length ? t[i]!.lower : '';
}

/**
 * Token i+1 is a hyphen joining words i and i+2: glued on both sides ("12-nation"), or, when `loose`,
 * spaced on both sides as in tokenized text ("twenty - five", "10 - year").
 */
export function gluedHyphen(t: NumToken[], i: number, loose = true): boolean {
  const h = t[i + 1];
  const n = t[i + 2];
  if (!h || !n || !HYPHENS.has(h.text)) return false;
  return (h.glued && n.glued) || (loose && h.text === '-' && !h.glued && !n.glued);
}

function wordValue(w: string): number | undefined {
  return UNITS_WORDS[w] ?? TENS_WORDS[w];
}

/** Spelled-out integer: "forty-two", "three hundred and five", "two million". */
function spelled(t: NumToken[], i: number): NumPhrase | null {
  let total = 0;
  let current = 0;
  let j = i;
  let seen = false;
  while (j < t.length) {
    const w = t[j]!.lower;
    const v = wordValue(w);
    if (v !== undefined) {
      if (seen && current % 100 !== 0 && current !== 0 && v < 100) break;
      current += v;
      j++;
      seen = true;
      if (v >= 20 && v < 100 && gluedHyphen(t, j - 1)) {
        const u = UNITS_WORDS[lowerAt(t, j + 1)];
        if (u !== undefined && u > 0 && u < 10) { current += u; j += 2; }
      }
      continue;
    }
    if (seen && (w === 'hundred' || w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion')) {
      const s = SCALES[w]!;
      if (s === 100) current *= 100;
      else { total += (current || 1) * s; current = 0; }
      j++;
      // "one hundred and twenty": keep going only if a number word follows "and".
      if (lowerAt(t, j) === 'and' && wordValue(lowerAt(t, j + 1)) !== undefined) j++;
      continue;
    }
    break;
  }
  if (!seen) return null;
  return { end: j, value: total + current, digits: false };
}

function digitValue(text: string): number | null {
  if ((text.match(/\./g) ?? []).length > 1) return null;
  const v = Number(text.replace(/,/g, ''));
  return Number.isFinite(v) ? v : null;
}

/** One number, no range, with "and a half" after it ("two and a half", "1 and a half"). */
export function parseSingle(t: NumToken[], i: number): NumPhrase | null {
  const n = parseBare(t, i);
  if (n && lowerAt(t, n.end) === 'and' && lowerAt(t, n.end + 1) === 'a' && lowerAt(t, n.end + 2) === 'half') {
    const scale = SCALES[lowerAt(t, n.end + 3)];
    const v = n.value === null ? null : (n.value + 0.5) * (scale ?? 1);
    return { end: n.end + (scale ? 4 : 3), value: v, digits: n.digits };
  }
  return n;
}

function parseBare(t: NumToken[], i: number): NumPhrase | null {
  const tok = t[i];
  if (!tok) return null;
  if (tok.type === 'd') {
    const v = digitValue(tok.text);
    if (v === null) return null;
    let end = i + 1;
    let value: number = v;
    // "1/2", "2 1/2"
    const frac = (k: number): number | null => (t[k]?.type === 'd' && t[k + 1]?.text === '/' && t[k + 1]!.glued && t[k + 2]?.type === 'd' && t[k + 2]!.glued
      && Number(t[k + 2]!.text) > Number(t[k]!.text) && DENOMINATORS.has(Number(t[k + 2]!.text)) ? Number(t[k]!.text) / Number(t[k + 2]!.text) : null);
    const own = frac(i);
    if (own !== null) return { end: i + 3, value: own, digits: true };
    const mixed = frac(end);
    if (mixed !== null && !t[end]!.glued && /^\d+$/.test(tok.text)) { value += mixed; end += 3; }
    const next = t[end];
    if (next && next.type === 'w' && next.glued) {
      const s = SCALES[next.lower] ?? (next.lower === 'm' ? 1e6 : next.lower === 'k' ? 1e3 : next.lower === 'b' ? 1e9 : undefined);
      if (s !== undefined) { value *= s; end++; }
    } else if (next && next.type === 'w') {
      const s = SCALES[next.lower];
      if (s !== undefined) {
        value *= s; end++;
        // "1.5 million" may be followed by a second scale: "a hundred thousand" style is rare with digits.
        const s2 = SCALES[lowerAt(t, end)];
        if (s2 !== undefined && s2 > s && t[end]!.type === 'w') { value *= s2; end++; }
      }
    }
    return { end, value, digits: true };
  }
  if (tok.type !== 'w') return null;
  const w = tok.lower;
  // Fractions: "two-thirds", "one-half", "three quarters", "a third of", "half of".
  const num = UNITS_WORDS[w];
  if (num !== undefined && num > 0 && num < 10) {
    if (gluedHyphen(t, i) && FRACTIONS[lowerAt(t, i + 2)]) return { end: i + 3, value: num / FRACTIONS[lowerAt(t, i + 2)]!, digits: false };
    const den = lowerAt(t, i + 1);
    if (num > 1 && den.endsWith('s') && FRACTIONS[den]) return { end: i + 2, value: num / FRACTIONS[den]!, digits: false };
  }
  const after = t[i + 2];
  const fracCue = lowerAt(t, i + 2) === 'of' || (lowerAt(t, i + 2) === 'to' && t[i + 3]?.type === 'w' && lowerAt(t, i + 3) !== 'be' && !FRACTION_SUBJECT_VERBS.has(lowerAt(t, i + 3)) && isNounLike(t, i + 3)) || ['by', 'than', 'about', 'nearly', 'almost', 'roughly', 'only', 'just', 'over', 'around', 'not'].includes(lowerAt(t, i - 1))
    || !after || (after.type === 'p' && after.text !== '-') || FRACTION_SUBJECT_VERBS.has(lowerAt(t, i + 2));
  if ((w === 'a' || w === 'one') && FRACTIONS[lowerAt(t, i + 1)] && !FRACTIONS[lowerAt(t, i + 1)]!.toString().includes('.') && fracCue && !/s$/.test(lowerAt(t, i + 1))) {
    return { end: i + 2, value: 1 / FRACTIONS[lowerAt(t, i + 1)]!, digits: false };
  }
  if (w === 'half') {
    const n1 = lowerAt(t, i + 1);
    const p1 = lowerAt(t, i - 1);
    if ((n1 === 'a' || n1 === 'an') && SCALES[lowerAt(t, i + 2)]) return { end: i + 3, value: SCALES[lowerAt(t, i + 2)]! / 2, digits: false };
    // "half a percentage point", "half an hour": the unit matcher reads what follows.
    if (n1 === 'a' || n1 === 'an') return { end: i + 2, value: 0.5, digits: false };
    const lead = ['the', 'first', 'second', 'a', 'and', 'one', 'other', 'latter', 'back', 'front'].includes(p1);
    const tail = ['of', 'the', 'its', 'their', 'his', 'her', 'our', 'all', 'that', 'those', 'these', ',', '.', ';', 'in', 'to', 'for', 'were', 'was', 'are', 'is', 'had', 'have', 'did', 'do', 'said', 'say'].includes(n1) || n1 === '';
    if (!lead && tail) return { end: i + 1, value: 0.5, digits: false };
    return null;
  }
  // "a dozen", "a hundred", "a million", "two dozen".
  if (w === 'a' || w === 'an') {
    const n = lowerAt(t, i + 1);
    if (n === 'dozen') return { end: i + 2, value: 12, digits: false };
    if (n === 'hundred' || n === 'thousand' || n === 'million' || n === 'billion' || n === 'trillion') {
      let value = SCALES[n]!;
      let end = i + 2;
      const s2 = SCALES[lowerAt(t, end)];
      if (s2 !== undefined && s2 > value) { value *= s2; end++; }
      return { end, value, digits: false };
    }
    return null;
  }
  if (w === 'dozen' || w === 'dozens') {
    return w === 'dozen' ? null : { end: i + 1, value: null, digits: false };
  }
  // "tens of thousands", "hundreds of millions", "thousands".
  if (VAGUE_PLURALS.has(w)) {
    if (lowerAt(t, i + 1) === 'of' && VAGUE_PLURALS.has(lowerAt(t, i + 2)) && lowerAt(t, i + 2) !== 'dozens') {
      return { end: i + 3, value: null, digits: false };
    }
    if (w === 'tens' || w === 'scores') return null;
    return { end: i + 1, value: null, digits: false };
  }
  // "several hundred", "a few thousand", "many millions".
  if ((w === 'several' || w === 'few' || w === 'many') && SCALES[lowerAt(t, i + 1)] && t[i + 1]!.type === 'w') {
    return { end: i + 2, value: null, digits: false };
  }
  const sp = spelled(t, i);
  if (sp && lowerAt(t, sp.end) === 'dozen') return { end: sp.end + 1, value: (sp.value ?? 1) * 12, digits: false };
  return sp;
}

const RANGE_WORDS = new Set(['to', 'or', '-', '–', '—', 'and']);

/** A number or a range of two: "10 to 20", "10-20", "between 10 and 20", "two or three". */
export function parseNumberPhrase(t: NumToken[], i: number, allowTo = true): NumPhrase | null {
  const between = lowerAt(t, i) === 'between';
  const first = parseSingle(t, between ? i + 1 : i);
  if (!first) return null;
  const sep = lowerAt(t, first.end);
  if (RANGE_WORDS.has(sep) && (sep !== 'and' || between) && (sep !== 'to' || allowTo)) {
    const second = parseSingle(t, first.end + 1);
    if (second && second.digits === first.digits) {
      return { end: second.end, value: first.value, digits: first.digits };
    }
  }
  if (between) return null;
  return first;
}
