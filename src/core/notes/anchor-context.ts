/**
 * Context evidence for re-anchoring: how well the text around a candidate place agrees with a note's
 * stored prefix and suffix, and where the quote occurs verbatim apart from whitespace. Whitespace is
 * normalized on both sides first, because reflowing a page (a paragraph split at a sentence end, two
 * paragraphs merged, a double space) moves no words, while a near-duplicate passage elsewhere in the
 * article differs in words: only word differences should count against a place.
 */
import { editDistance, type FuzzyMatch } from './fuzzy-search.ts';

/** Runs of whitespace as one space: the form contexts and quotes are compared in. */
export const squashSpace = (t: string) => t.replace(/\s+/g, ' ');

/** Whitespace-normalized text just before `at`, at most `length` characters (after normalizing). */
export function contextBefore(text: string, at: number, length: number): string {
  // Reading twice the length leaves room for the whitespace that normalizing removes.
  const raw = squashSpace(text.slice(Math.max(0, at - 2 * length - 8), at));
  return raw.slice(Math.max(0, raw.length - length));
}

/** Whitespace-normalized text just after `at`, at most `length` characters (after normalizing). */
export function contextAfter(text: string, at: number, length: number): string {
  return squashSpace(text.slice(at, at + 2 * length + 8)).slice(0, length);
}

/**
 * How much a context snippet agrees beyond chance: 0 for unrelated English text, 1 when equal. The
 * characters right next to the quote agreeing exactly ("Absolutely, " before "this partnership") count
 * even when the rest of the snippet crossed into an inserted paragraph.
 */
export function support(stored: string, found: string, adjacentAtEnd: boolean): number {
  if (stored.length === 0) return 0;
  const sim = 1 - editDistance(stored, found) / Math.max(stored.length, found.length);
  let run = 0;
  const n = Math.min(stored.length, found.length);
  if (adjacentAtEnd) while (run < n && stored[stored.length - 1 - run] === found[found.length - 1 - run]) run++;
  else while (run < n && stored[run] === found[run]) run++;
  return Math.max(0, Math.min(1, Math.max((sim - 0.4) / 0.6, run / stored.length)));
}

interface Squashed { text: string; squashed: string; origin: Int32Array }
/** The last page squashed: every note of a page is re-anchored against the same text. */
let lastSquashed: Squashed | null = null;

function squashWithOrigin(text: string): Squashed {
  if (lastSquashed?.text === text) return lastSquashed;
  const origin = new Int32Array(text.length);
  let out = '';
  let n = 0;
  let pieceStart = 0;
  for (const m of text.matchAll(/\s+/g)) {
    for (let i = pieceStart; i < m.index; i++) origin[n++] = i;
    origin[n++] = m.index;
    out += text.slice(pieceStart, m.index) + ' ';
    pieceStart = m.index + m[0].length;
  }
  for (let i = pieceStart; i < text.length; i++) origin[n++] = i;
  out += text.slice(pieceStart);
  lastSquashed = { text, squashed: out, origin: origin.subarray(0, n) };
  return lastSquashed;
}

/**
 * Occurrences of `exact` in `text` where only whitespace may differ (a line break where a space was, a
 * paragraph split inside the quote), at most `limit`, found by plain search in whitespace-squashed text.
 */
export function exactMatches(text: string, exact: string, limit: number): FuzzyMatch[] {
  const found: FuzzyMatch[] = [];
  const { squashed, origin } = squashWithOrigin(text);
  const quote = squashSpace(exact);
  if (quote.length === 0) return found;
  for (let at = squashed.indexOf(quote); at !== -1 && found.length < limit; at = squashed.indexOf(quote, at + 1)) {
    let end = origin[at + quote.length - 1]! + 1;
    if (quote.endsWith(' ')) while (end < text.length && /\s/.test(text[end]!)) end++;
    found.push({ start: origin[at]!, end, errors: 0 });
  }
  return found;
}

/**
 * 1 when the stored context agrees with the found one up to a paragraph break that both have, 12+
 * characters away (what lies across the break may be an inserted or removed paragraph, which says
 * nothing against the place); less when that agreeing stretch is shorter; 0 when there is no such
 * break or it disagrees.
 * Compared raw: a paragraph break is exactly what whitespace normalizing would hide.
 */
export function paragraphSupport(stored: string, found: string, adjacentAtEnd: boolean): number {
  let piece: string;
  let agrees: boolean;
  if (adjacentAtEnd) {
    const cut = stored.lastIndexOf('\n');
    if (cut < 0) return 0;
    piece = stored.slice(cut + 1);
    agrees = found.endsWith(piece) && found[found.length - piece.length - 1] === '\n';
  } else {
    const cut = stored.indexOf('\n');
    if (cut < 0) return 0;
    piece = stored.slice(0, cut);
    agrees = found.startsWith(piece) && found[piece.length] === '\n';
  }
  // "The quote ends its paragraph" alone says little; a few words agreeing up to the break say enough.
  return agrees ? (piece.length >= 12 ? 1 : piece.length / 16) : 0;
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const sentenceEnd = /[.!?…:;"”’)\]]$/;

/**
 * True when a context side stops agreeing in the middle of a sentence of the stored context. Page edits
 * put new text between sentences or paragraphs (an ad after a full stop, a paragraph inserted or
 * removed), and a fixed typo leaves the rest of the snippet agreeing; agreement that breaks off
 * mid-sentence ("…tempor incididunt ut" against "…laborum. incididunt ut") means a similar passage
 * elsewhere. Whitespace runs count as one character and match each other; paragraph breaks stay visible.
 */
export function breaksMidSentence(rawStored: string, rawFound: string, rawQuote: string, adjacentAtEnd: boolean): boolean {
  // Every whitespace run as one character, a line break if it holds one.
  const norm = (t: string) => t.replace(/\s*\n\s*/g, '\n').replace(/[^\S\n]+/g, ' ');
  const stored = norm(rawStored);
  const found = norm(rawFound);
  const quote = norm(rawQuote);
  const n = Math.min(stored.length, found.length);
  let run = 0;
  const same = (a: string | undefined, b: string | undefined) => a === b || (isSpace(a) && isSpace(b));
  if (adjacentAtEnd) while (run < n && same(stored[stored.length - 1 - run], found[found.length - 1 - run])) run++;
  else while (run < n && same(stored[run], found[run])) run++;
  if (run >= stored.length) return false;
  // The rest still close to what the page has: a local edit (a fixed typo), not another passage.
  const restStored = adjacentAtEnd ? stored.slice(0, stored.length - run) : stored.slice(run);
  const restFound = adjacentAtEnd ? found.slice(0, found.length - run) : found.slice(run);
  if (editDistance(restStored, restFound) <= restStored.length / 4) return false;
  const at = adjacentAtEnd ? stored.length - run : run;
  // The agreeing stretch next to the quote holding a boundary: the edit may sit there, and the
  // characters after it agree by chance ("death.\n" against an inserted paragraph's ".\n").
  const agreed = adjacentAtEnd ? stored.slice(at) + quote.slice(0, 1) : quote.slice(-1) + stored.slice(0, at);
  if (/\n|[.!?…:;"”’)\]]\s/.test(agreed)) return false;
  const left = adjacentAtEnd ? stored.slice(0, at) : quote + stored.slice(0, at);
  const right = adjacentAtEnd ? stored.slice(at) + quote : stored.slice(at);
  // The break may fall on either side of the whitespace between two sentences.
  const gapLeft = left.match(/\s*$/)![0];
  const gapRight = right.match(/^\s*/)![0];
  if (/\n/.test(gapLeft + gapRight) || left.trim() === '') return false;
  return !sentenceEnd.test(left.trimEnd());
}

/**
 * True when a found text differs from the quote by a changed word rather than by typos: after aligning
 * the words they share, a word left over that does not pair with one within a typo or two. A fixed typo ("technologcal") is the note's own text; a word swapped ("two" →
 * "also") is as likely a near-duplicate passage elsewhere as an edit of the note's own, so it is refused.
 */
export function wordsChanged(found: string, quote: string): boolean {
  const a = squashSpace(found).trim().split(' ');
  const b = squashSpace(quote).trim().split(' ');
  // Word-level longest common subsequence; what it leaves out, gap by gap, must pair off as typos.
  const w = b.length + 1;
  const lcs = new Uint16Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * w + j] = a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  // A typo or two: 1 edit in a word of up to 2 characters, 2 up to 5 ("teh"), 3 beyond ("fialue"), a
  // quarter of a long compound ("csah-cnostrained").
  const typo = (x: string, y: string) => {
    const n = Math.min(x.length, y.length);
    return Math.abs(x.length - y.length) <= 2 && editDistance(x, y) <= (n <= 2 ? 1 : n <= 5 ? 2 : Math.max(3, n >> 2));
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const gi = i;
    const gj = j;
    while (i < a.length && j < b.length && a[i] !== b[j]) {
      if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) i++;
      else j++;
    }
    if (i >= a.length || j >= b.length) { i = a.length; j = b.length; }
    // The gap a[gi..i) against b[gj..j): same number of words, each within a typo of its partner.
    if (i - gi !== j - gj) return true;
    for (let k = 0; k < i - gi; k++) if (!typo(a[gi + k]!, b[gj + k]!)) return true;
    i++;
    j++;
  }
  return false;
}
