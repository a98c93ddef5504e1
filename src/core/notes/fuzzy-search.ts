/**
 * Approximate string search: where does `pattern` occur in `text` with at most k edits?
 * Myers' bit-parallel edit distance (Myers 1999) in Hyyrö's blocked form, so any pattern length
 * works in O(text.length * ceil(pattern.length / 32)) time with no allocation per character.
 * Pure string code with no DOM, in the spirit of hypothesis/client's match-quote.ts.
 */

/** One approximate occurrence: `text.slice(start, end)` is `errors` edits away from the pattern. */
export interface FuzzyMatch {
  start: number;
  end: number;
  errors: number;
}

interface Peq {
  blocks: number;
  lastBit: number;
  masks: Map<number, Int32Array>;
}

function buildPeq(pattern: string, reversed: boolean): Peq {
  const m = pattern.length;
  const blocks = Math.ceil(m / 32);
  const masks = new Map<number, Int32Array>();
  for (let i = 0; i < m; i++) {
    const code = pattern.charCodeAt(reversed ? m - 1 - i : i);
    let mask = masks.get(code);
    if (!mask) {
      mask = new Int32Array(blocks);
      masks.set(code, mask);
    }
    mask[i >> 5]! |= 1 << (i & 31);
  }
  return { blocks, lastBit: 1 << ((m - 1) & 31), masks };
}

/**
 * Runs the DP over `count` text characters read by `codeAt(j)`, calling `visit(j, errors)` with the edit
 * distance of the best alignment of the whole pattern ending after character j. With `freeStart` the
 * alignment may start anywhere in the text (search); without it, it must start at character 0.
 */
function scan(
  peq: Peq,
  m: number,
  count: number,
  codeAt: (j: number) => number,
  freeStart: boolean,
  visit: (j: number, errors: number) => void,
): void {
  const { blocks, lastBit, masks } = peq;
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const empty = new Int32Array(blocks);
  const topDelta = freeStart ? 0 : 1;
  let score = m;
  for (let j = 0; j < count; j++) {
    const eqs = masks.get(codeAt(j)) ?? empty;
    let hin = topDelta;
    for (let b = 0; b < blocks; b++) {
      const p = pv[b]!;
      const n = mv[b]!;
      const hinNeg = hin < 0 ? 1 : 0;
      const eq = eqs[b]! | hinNeg;
      const xv = eqs[b]! | n;
      const xh = ((((eq & p) + p) | 0) ^ p) | eq;
      let ph = n | ~(xh | p);
      let mh = p & xh;
      let hout: number;
      if (b === blocks - 1) {
        hout = (ph & lastBit) !== 0 ? 1 : (mh & lastBit) !== 0 ? -1 : 0;
      } else {
        hout = ph >>> 31 ? 1 : mh >>> 31 ? -1 : 0;
      }
      ph = (ph << 1) | (hin > 0 ? 1 : 0);
      mh = (mh << 1) | hinNeg;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    visit(j, score);
  }
}

/** Edit distance between `pattern` and the text ending at `end`, and where that best alignment starts. */
function findStart(text: string, pattern: string, end: number, maxErrors: number): FuzzyMatch {
  const m = pattern.length;
  const span = Math.min(end, m + maxErrors);
  let best = { start: end, end, errors: m };
  scan(buildPeq(pattern, true), m, span, (j) => text.charCodeAt(end - 1 - j), false, (j, errors) => {
    const length = j + 1;
    const better = errors < best.errors ||
      (errors === best.errors && Math.abs(length - m) < Math.abs(best.end - best.start - m));
    if (better) best = { start: end - length, end, errors };
  });
  return best;
}

/**
 * Approximate occurrences of `pattern` in `text` with at most `maxErrors` edits, best first, at most
 * `limit` of them. Overlapping near-duplicates are merged: each cluster of qualifying end positions
 * yields its single best alignment.
 */
export function fuzzySearch(text: string, pattern: string, maxErrors: number, limit = 32): FuzzyMatch[] {
  const m = pattern.length;
  if (m === 0 || text.length === 0) return [];
  const k = Math.max(0, Math.min(Math.floor(maxErrors), m - 1));
  const gap = Math.max(4, m >> 1);
  const ends: { end: number; errors: number }[] = [];
  let current: { end: number; errors: number; last: number } | null = null;
  scan(buildPeq(pattern, false), m, text.length, (j) => text.charCodeAt(j), true, (j, errors) => {
    if (errors > k) return;
    if (current && j - current.last <= gap) {
      current.last = j;
      if (errors < current.errors) {
        current.errors = errors;
        current.end = j + 1;
      }
      return;
    }
    if (current) ends.push(current);
    current = { end: j + 1, errors, last: j };
  });
  if (current) ends.push(current);
  ends.sort((a, b) => a.errors - b.errors || a.end - b.end);
  return ends.slice(0, limit).map(({ end }) => findStart(text, pattern, end, k));
}

/** Levenshtein distance, for short strings (context snippets of ~32 characters). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Uint32Array(b.length + 1).map((_, i) => i);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}
