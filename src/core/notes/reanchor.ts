/**
 * Re-anchoring: find where a saved note's text is in today's version of the article, or say it is an
 * orphan. The order follows hypothesis/client (anchoring/html.ts, match-quote.ts): the stored position
 * is accepted only if the quote is still there; otherwise candidates from an exact and then an
 * approximate search are scored on quote, prefix, suffix and closeness to the old position. Unlike
 * Hypothesis we refuse weak or ambiguous winners, because a note drawn in the wrong place is worse
 * than one listed as an orphan.
 */
import { breaksMidSentence, contextAfter, contextBefore, exactMatches, paragraphSupport, squashSpace, support, wordsChanged } from './anchor-context.ts';
import { longQuoteMatches, maxErrorsFor, splitMatches, WHOLE_PATTERN_LIMIT, type Bridged } from './anchor-candidates.ts';
import { fuzzySearch, type FuzzyMatch } from './fuzzy-search.ts';
import { positionSelectorOf, quoteSelectorOf } from './selectors.ts';
import type { Selector, TextPositionSelector, TextQuoteSelector } from './types.ts';

export interface Anchor {
  start: number;
  end: number;
}

export interface AnchorDetail extends Anchor {
  method: 'position' | 'exact' | 'fuzzy';
  /** Weighted score in 0..1 (quote 50, prefix 20, suffix 20, position 2, as in Hypothesis). */
  score: number;
  errors: number;
}

/** Exact occurrences beyond this many mean the quote alone says nothing; context must decide. */
const MAX_EXACT = 2000;
/** Characters of agreeing evidence (quote plus supporting context) required to accept a place. */
const MIN_EVIDENCE = 24;
/** Two places whose scores are closer than this are a tie that only the stored position may break. */
const TIE = 0.01;
/** Context support (0..1) a side needs to count as agreeing ("sure": both sides agree). */
const AGREES = 0.9;
/**
 * Score lead a place needs over any other when it is not a perfect fit (edited, reflowed, or context
 * differing; half of it when words and context agree apart from whitespace): a near-duplicate passage
 * scores within a few hundredths of the note's own edited text.
 */
const MARGIN = 0.05;

export { maxErrorsFor };

export interface ReanchorOptions {
  /**
   * false = accept the best-scoring place whatever its score, as Hypothesis does. Only the bench uses
   * it, to show what the evidence threshold and tie check prevent.
   */
  strict?: boolean;
}

interface Scored extends FuzzyMatch {
  score: number;
  evidence: number;
  /** Same words, both sides of the context agree: the note's place unless a copy agrees as well. */
  sure: boolean;
  /** Sure, and the quote and context agree character for character (line breaks included). */
  perfect: boolean;
  /** Neither side of the context agrees: only the quote's own words speak for the place. */
  contextless: boolean;
  method: AnchorDetail['method'];
}

const squash = (t: string) => squashSpace(t).trim();

/** Whitespace runs that differ between two texts equal apart from whitespace (a reflowed quote). */
function whitespaceChanges(a: string, b: string): number {
  const ra = a.match(/\s+/g) ?? [];
  const rb = b.match(/\s+/g) ?? [];
  let n = Math.abs(ra.length - rb.length);
  for (let i = Math.min(ra.length, rb.length) - 1; i >= 0; i--) if (ra[i] !== rb[i]) n++;
  return n;
}

function scoreCandidate(
  text: string,
  quote: TextQuoteSelector,
  hint: TextPositionSelector | null,
  found: Bridged,
  method: AnchorDetail['method'],
): Scored {
  const m = quote.exact.length;
  const { prefix, suffix } = quote;
  const got = text.slice(found.start, found.end);
  // Whitespace reflowed inside the quote (a line break, a double space) is not an edit of its words.
  const sameWords = got === quote.exact || squash(got) === squash(quote.exact);
  const match = found.errors > 0 && sameWords ? { ...found, errors: 0 } : found;
  const reflowed = sameWords && got !== quote.exact ? whitespaceChanges(got, quote.exact) : 0;
  // Context compared with whitespace normalized decides whether a place is acceptable (a reflowed page
  // moves no words; a near-duplicate passage differs in words). The raw comparison only ranks places:
  // of two copies of a passage, the one whose line breaks also agree is more likely the note's.
  const storedBefore = squashSpace(prefix);
  const storedAfter = squashSpace(suffix);
  const before = contextBefore(text, match.start, storedBefore.length);
  const after = contextAfter(text, match.end, storedAfter.length);
  // An empty stored prefix means the quote opened the article: agreeing with that is evidence too.
  const rawBefore = text.slice(Math.max(0, match.start - prefix.length), match.start);
  const rawAfter = text.slice(match.end, match.end + suffix.length);
  const p = storedBefore.trim().length
    ? Math.max(support(storedBefore, before, true), paragraphSupport(prefix, rawBefore, true))
    : text.slice(0, match.start).trim() === '' ? 1 : 0.5;
  const s = storedAfter.trim().length
    ? Math.max(support(storedAfter, after, false), paragraphSupport(suffix, rawAfter, false))
    : text.slice(match.end).trim() === '' ? 1 : 0.5;
  const pRaw = storedBefore.trim().length ? support(prefix, rawBefore, true) : p;
  const sRaw = storedAfter.trim().length ? support(suffix, rawAfter, false) : s;
  const q = 1 - (match.errors + reflowed / 2) / m;
  const closeness = hint ? 1 - Math.min(1, Math.abs(match.start - hint.start) / Math.max(text.length, 1)) : 0.5;
  const score = (50 * q + 10 * (p + pRaw) + 10 * (s + sRaw) + 2 * closeness) / 92;
  let evidence = m - 2 * match.errors + (prefix.length ? p * prefix.length : 0) + (suffix.length ? s * suffix.length : 0);
  // Neither side agreeing, the quote is just words that occur here too (a repeated caption, a sentence
  // of a paragraph that was removed and also stood elsewhere): a place needs one side of its context,
  // unless the quote was a whole paragraph and is one here (a short line between inserted ads; `pick`
  // then still wants nothing like it anywhere else).
  const edgeBreak = (t: string, atEnd: boolean) => (atEnd ? /(^|\n)\s*$/ : /^\s*(\n|$)/).test(t);
  const wholeParagraph = edgeBreak(prefix, true) && edgeBreak(suffix, false) && edgeBreak(rawBefore, true) && edgeBreak(rawAfter, false);
  if (Math.max(p, s) < 0.5 && !wholeParagraph) evidence = 0;
  // A side that agrees only partly must break off where an edit could have happened.
  if (storedBefore.trim().length && p < AGREES && breaksMidSentence(prefix, rawBefore, quote.exact, true)) evidence = 0;
  if (storedAfter.trim().length && s < AGREES && breaksMidSentence(suffix, rawAfter, quote.exact, false)) evidence = 0;
  if (match.errors > 0) {
    // A short quote with an edit in it ("Starmr" → "Starmer") could be any similar word: both sides of
    // its context must vouch for the place.
    if (m < 12 && Math.min(p, s) < 0.5) evidence = 0;
    // A near-duplicate passage elsewhere (the same sentence with one word changed, a caption in another
    // language) has context that half agrees on both sides; the note's own edited text keeps at least one
    // side intact (a paragraph inserted or an ad glued next to it changes only one).
    if (Math.max(p, s) < AGREES) evidence = 0;
    // An edited match with no context on either side is as likely a similar sentence elsewhere ("…is
    // streaming on Netflix and available to rent…") unless it is long and nearly exact.
    if (p + s < 0.5 && (m < 64 || match.errors > m / 24)) evidence = 0;
    // Many edits (over 1 in 8 characters) are accepted only where both sides of the context agree.
    if (match.errors > m / 8 && Math.min(p, s) < AGREES) evidence = 0;
    // Context gone on one side and the quote's words differing: typically the quote's edge runs past
    // the end of a near-duplicate ("commodo consequat. Duis…" drawn on "consequat. Duis…").
    if (Math.min(p, s) < 0.5 && match.errors > Math.max(2, m / 32)) evidence = 0;
    // Where one side's context is gone, the quote's edge on that side must still be there word for word.
    const edge = Math.min(8, m >> 1);
    if (p < 0.5 && squash(got.slice(0, edge)) !== squash(quote.exact.slice(0, edge))) evidence = 0;
    if (s < 0.5 && squash(got.slice(-edge)) !== squash(quote.exact.slice(-edge))) evidence = 0;
    // The quote began (ended) at a word's edge, so does its own edited text; a look-alike found by
    // cutting into a word ("lso of the world's" for "two of the world's") does not.
    const wordChar = /[\p{L}\p{N}]/u;
    const cut = (stored: string | undefined, found: string | undefined, edge: string | undefined) =>
      !wordChar.test(stored ?? '') && wordChar.test(found ?? '') && wordChar.test(edge ?? '');
    if (cut(prefix.at(-1), text[found.start - 1], text[found.start])) evidence = 0;
    if (cut(suffix[0], text[found.end], text[found.end - 1])) evidence = 0;
    // A word changed, not a typo fixed: the note's text edited, or a look-alike passage; never guessed.
    // (A bridged match is checked only when nothing was really inserted: its pieces' ends are fuzzy.)
    const inserted = found.bridged ? found.bridged.to - found.bridged.from : 0;
    if (m <= WHOLE_PATTERN_LIMIT && inserted < 8 && evidence > 0 && wordsChanged(got, quote.exact)) evidence = 0;
    // Bridging an insertion is a leap; the note's own text keeps its context on both sides.
    if (found.bridged && Math.min(p, s) < AGREES) evidence = 0;
  }
  const sure = match.errors === 0 && Math.min(p, s) >= AGREES;
  const perfect = sure && reflowed === 0 && Math.min(pRaw, sRaw) >= 1;
  return { start: found.start, end: found.end, errors: found.errors, score, evidence, sure, perfect, contextless: Math.max(p, s) < 0.5, method };
}

/**
 * The best acceptable place among candidates, or null when none is strong and unambiguous. Rivals are
 * all other places, acceptable or not: a passage repeated with small changes is reason to doubt.
 */
function pick(candidates: Scored[], hint: TextPositionSelector | null, strict = true): Scored | null {
  const ranked = [...candidates].sort((a, b) => b.score - a.score);
  if (!strict) return ranked[0] ?? null;
  const best = ranked.find((c) => c.evidence >= MIN_EVIDENCE);
  if (!best) return null;
  const rival = ranked.find((c) => c !== best && (c.end <= best.start || c.start >= best.end));
  if (!rival) return best;
  // Words alone name a place only where nothing like them occurs anywhere else.
  if (best.contextless) return null;
  if (best.score - rival.score >= (best.perfect ? TIE : best.sure ? MARGIN / 2 : MARGIN)) return best;
  // A near-tie: only the stored position itself may choose (after paragraphs are inserted or removed it
  // often lies nearer a copy than the note's own text).
  return hint && best.sure && best.start === hint.start && !rival.sure ? best : null;
}

/** Like `reanchor`, with how the place was found and its score. */
export function reanchorDetailed(text: string, selectors: readonly Selector[], options: ReanchorOptions = {}): AnchorDetail | null {
  const strict = options.strict !== false;
  if (typeof text !== 'string' || !Array.isArray(selectors)) return null;
  const quote = quoteSelectorOf(selectors);
  if (!quote || quote.exact.length === 0) return null;
  const hint = positionSelectorOf(selectors);
  const { exact } = quote;
  const toDetail = (c: Scored): AnchorDetail =>
    ({ start: c.start, end: c.end, method: c.method, score: c.score, errors: c.errors });

  if (hint && hint.end <= text.length && text.slice(hint.start, hint.end) === exact) {
    const atHint = scoreCandidate(text, quote, hint, { start: hint.start, end: hint.end, errors: 0 }, 'position');
    // Accepted at once where the context agrees too; otherwise it competes with the quote's other
    // occurrences (a paragraph removed can move a copy of a repeated passage onto the stored position).
    if (!strict || (atHint.evidence >= MIN_EVIDENCE && atHint.perfect)) return toDetail(atHint);
  }
  const exacts = exactMatches(text, exact, MAX_EXACT).map((c) => scoreCandidate(text, quote, hint, c, 'exact'));
  const fromExact = pick(exacts, hint, strict);
  // An exact copy whose context disagrees may be a repeated passage while the note's own place was
  // edited slightly: then the approximate search below gets to compete.
  if (fromExact && (!strict || fromExact.perfect)) return toDetail(fromExact);
  const k = maxErrorsFor(exact.length);
  if (k === 0) return fromExact ? toDetail(fromExact) : null;
  const fuzzy = exact.length > WHOLE_PATTERN_LIMIT ? longQuoteMatches(text, exact) : fuzzySearch(text, exact, k, 32);
  const scored = [...exacts, ...fuzzy.map((c) => scoreCandidate(text, quote, hint, c, 'fuzzy'))];
  // The quote may have had something inserted into it (an ad label): bridged halves compete too. Long
  // quotes are matched by their ends already, which tolerates insertions in the middle.
  if (exact.length >= 24 && exact.length <= WHOLE_PATTERN_LIMIT) {
    for (const c of splitMatches(text, quote)) scored.push(scoreCandidate(text, quote, hint, c, 'fuzzy'));
  }
  const winner = pick(scored, hint, strict);
  return winner ? toDetail(winner) : null;
}

/**
 * Where the note's quote is in `text` now, or null for an orphan. A non-null result always has
 * 0 <= start <= end <= text.length, and its text is the quote, or within `maxErrorsFor` edits of it
 * apart from one inserted stretch (up to 400 characters, e.g. an ad label) that the range bridges.
 * Quotes over 1,024 characters are checked by their first and last 256 characters.
 */
export function reanchor(text: string, selectors: readonly Selector[]): Anchor | null {
  try {
    const found = reanchorDetailed(text, selectors);
    return found ? { start: found.start, end: found.end } : null;
  } catch {
    return null;
  }
}
