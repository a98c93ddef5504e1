/**
 * Re-anchoring: find where a saved note's text is in today's version of the article, or say it is an
 * orphan. The order follows hypothesis/client (anchoring/html.ts, match-quote.ts): the stored position
 * is accepted only if the quote is still there; otherwise candidates from an exact and then an
 * approximate search are scored on quote, prefix, suffix and closeness to the old position. Unlike
 * Hypothesis we refuse weak or ambiguous winners, because a note drawn in the wrong place is worse
 * than one listed as an orphan.
 */
import { editDistance, fuzzySearch, type FuzzyMatch } from './fuzzy-search.ts';
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

/** Longest quote searched approximately as a whole; longer ones are matched by their two ends. */
const WHOLE_PATTERN_LIMIT = 1024;
const END_PIECE = 256;
/** Exact occurrences beyond this many mean the quote alone says nothing; context must decide. */
const MAX_EXACT = 2000;
/** Characters of agreeing evidence (quote plus supporting context) required to accept a place. */
const MIN_EVIDENCE = 24;
/** Two places whose scores are closer than this are a tie that only the stored position may break. */
const TIE = 0.01;
/** Score above which an exact occurrence is taken without looking for edited copies (context mostly agrees). */
const EXACT_SURE = 0.9;
/** Longest text inserted inside a quote that is still bridged (an ad block, a link line). */
const MAX_INSERTION = 400;

/**
 * Edits allowed in a quote of m characters: none below 4 (any word would do), one below 12 (a fixed typo
 * in a name; context must then carry the evidence), then a quarter, at most 256 (as Hypothesis caps it).
 */
export function maxErrorsFor(m: number): number {
  if (m < 4) return 0;
  if (m < 12) return 1;
  return Math.min(256, Math.floor(m / 4));
}

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
  method: AnchorDetail['method'];
}

/** How much a context snippet agrees beyond chance: 0 for unrelated English text, 1 when equal. */
function support(stored: string, found: string, adjacentAtEnd: boolean): number {
  if (stored.length === 0) return 0;
  const sim = 1 - editDistance(stored, found) / Math.max(stored.length, found.length);
  // The characters right next to the quote agreeing exactly ("Absolutely, " before "this partnership")
  // count even when the rest of the snippet crossed into an inserted paragraph.
  let run = 0;
  const n = Math.min(stored.length, found.length);
  if (adjacentAtEnd) while (run < n && stored[stored.length - 1 - run] === found[found.length - 1 - run]) run++;
  else while (run < n && stored[run] === found[run]) run++;
  return Math.max(0, Math.min(1, Math.max((sim - 0.4) / 0.6, run / stored.length)));
}

const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

function scoreCandidate(
  text: string,
  quote: TextQuoteSelector,
  hint: TextPositionSelector | null,
  found: FuzzyMatch,
  method: AnchorDetail['method'],
): Scored {
  const m = quote.exact.length;
  const { prefix, suffix } = quote;
  // Whitespace reflowed inside the quote (a line break, a double space) is not an edit of its words.
  const match = found.errors > 0 && squash(text.slice(found.start, found.end)) === squash(quote.exact) ? { ...found, errors: 0 } : found;
  const before = text.slice(Math.max(0, match.start - prefix.length), match.start);
  const after = text.slice(match.end, match.end + suffix.length);
  // An empty stored prefix means the quote opened the article: agreeing with that is evidence too.
  const p = prefix.length ? support(prefix, before, true) : match.start === 0 ? 1 : 0.5;
  const s = suffix.length ? support(suffix, after, false) : match.end === text.length ? 1 : 0.5;
  const q = 1 - match.errors / m;
  const closeness = hint ? 1 - Math.min(1, Math.abs(match.start - hint.start) / Math.max(text.length, 1)) : 0.5;
  const score = (50 * q + 20 * p + 20 * s + 2 * closeness) / 92;
  let evidence = m - 2 * match.errors + (prefix.length ? p * prefix.length : 0) + (suffix.length ? s * suffix.length : 0);
  // A short quote with an edit in it ("Starmr" → "Starmer") could be any similar word: both sides of
  // its context must vouch for the place.
  if (match.errors > 0 && m < 12 && Math.min(p, s) < 0.5) evidence = 0;
  // An edited match with no context on either side is as likely a similar sentence elsewhere ("…is
  // streaming on Netflix and available to rent…") unless it is long and nearly exact.
  if (match.errors > 0 && p + s < 0.5 && (m < 64 || match.errors > m / 16)) evidence = 0;
  // Many edits (over 1 in 8 characters) are accepted only where both sides of the context agree.
  if (match.errors > m / 8 && p + s < 1.5) evidence = 0;
  return { ...found, score, evidence, method };
}

function exactMatches(text: string, exact: string): FuzzyMatch[] {
  const found: FuzzyMatch[] = [];
  for (let at = text.indexOf(exact); at !== -1 && found.length < MAX_EXACT; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return found;
}

/** Approximate matches of a long quote: its head and tail found separately, paired by distance. */
function longQuoteMatches(text: string, exact: string): FuzzyMatch[] {
  const m = exact.length;
  const pieceErrors = maxErrorsFor(END_PIECE);
  const heads = fuzzySearch(text, exact.slice(0, END_PIECE), pieceErrors, 16);
  const tails = fuzzySearch(text, exact.slice(m - END_PIECE), pieceErrors, 16);
  const out: FuzzyMatch[] = [];
  for (const h of heads) {
    for (const t of tails) {
      const length = t.end - h.start;
      if (length <= 0 || Math.abs(length - m) > maxErrorsFor(m)) continue;
      // The middle is not aligned; its length difference counts as edits, the ends' errors as measured.
      out.push({ start: h.start, end: t.end, errors: Math.min(m, h.errors + t.errors + Math.abs(length - m)) });
    }
  }
  return out;
}

/**
 * Where a quote may have been cut by an insertion: after its sentence ends (inline ads, "Read more"
 * lines and newsletter boxes land between sentences) and at its middle. Each piece keeps 8+ characters.
 */
function splitPoints(exact: string): number[] {
  const points = new Set<number>();
  for (const m of exact.matchAll(/[.!?…]["”’)\]]?\s+/g)) points.add(m.index! + m[0].length);
  points.add(exact.length >> 1);
  return [...points].filter((p) => p >= 8 && exact.length - p >= 8).slice(0, 6);
}

/**
 * Matches of a quote that something was inserted into (an ad label, a "Read more" link): its two pieces
 * either side of a likely cut found separately, close together and in order. The range covers the
 * insertion too, as the page does; the inserted stretch costs one edit per 8 characters.
 */
function splitMatches(text: string, exact: string): FuzzyMatch[] {
  const out: FuzzyMatch[] = [];
  const k = maxErrorsFor(exact.length);
  for (const cut of splitPoints(exact)) {
    const head = exact.slice(0, cut).trimEnd();
    const tail = exact.slice(cut).trimStart();
    const heads = fuzzySearch(text, head, maxErrorsFor(head.length) >> 1, 8);
    if (heads.length === 0) continue;
    const tails = fuzzySearch(text, tail, maxErrorsFor(tail.length) >> 1, 8);
    for (const h of heads) {
      // Each head pairs only with the nearest tail after it: a far tail would bridge real text.
      let next: FuzzyMatch | null = null;
      for (const t of tails) if (t.start > h.end && t.start - h.end <= MAX_INSERTION && (!next || t.start < next.start)) next = t;
      if (!next) continue;
      const errors = h.errors + next.errors + Math.ceil(Math.max(0, next.start - h.end - 1) / 8);
      if (errors <= k) out.push({ start: h.start, end: next.end, errors });
    }
  }
  return out;
}

/** The best acceptable place among candidates, or null when none is strong and unambiguous. */
function pick(candidates: Scored[], hint: TextPositionSelector | null, strict = true): Scored | null {
  if (!strict) return [...candidates].sort((a, b) => b.score - a.score)[0] ?? null;
  const good = candidates.filter((c) => c.evidence >= MIN_EVIDENCE);
  if (good.length === 0) return null;
  good.sort((a, b) => b.score - a.score);
  const best = good[0]!;
  const rival = good.find((c) => c.end <= best.start || c.start >= best.end);
  if (!rival || best.score - rival.score >= TIE) return best;
  // A near-tie between two places: only a clearly closer stored position may choose.
  if (!hint) return null;
  const dBest = Math.abs(best.start - hint.start);
  const dRival = Math.abs(rival.start - hint.start);
  if (dBest * 2 < dRival) return best;
  if (dRival * 2 < dBest && best.score - rival.score < TIE / 2) return rival;
  return null;
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
    // Accepted at once unless the quote is short enough to recur and its context disagrees.
    if (!strict || (atHint.evidence >= MIN_EVIDENCE && (exact.length >= 32 || atHint.score >= 0.9))) return toDetail(atHint);
  }
  const exacts = exactMatches(text, exact).map((c) => scoreCandidate(text, quote, hint, c, 'exact'));
  const fromExact = pick(exacts, hint, strict);
  // An exact copy whose context disagrees may be a repeated passage while the note's own place was
  // edited slightly: then the approximate search below gets to compete.
  if (fromExact && (!strict || fromExact.score >= EXACT_SURE)) return toDetail(fromExact);

  const k = maxErrorsFor(exact.length);
  if (k === 0) return fromExact ? toDetail(fromExact) : null;
  const fuzzy = exact.length > WHOLE_PATTERN_LIMIT ? longQuoteMatches(text, exact) : fuzzySearch(text, exact, k, 32);
  const scored = [...exacts, ...fuzzy.map((c) => scoreCandidate(text, quote, hint, c, 'fuzzy'))];
  const best = pick(scored, hint, strict);
  // Long quotes are matched by their ends already, which tolerates insertions in the middle.
  if ((best && best.errors === 0) || exact.length < 24 || exact.length > WHOLE_PATTERN_LIMIT) return best ? toDetail(best) : null;
  // A quote found only with edits, or not at all, may have had something inserted into it (an ad
  // label): bridged halves compete with the edited matches. A quote that matched well in several places
  // and tied stays an orphan.
  if (!best && scored.some((c) => c.evidence >= MIN_EVIDENCE)) return null;
  const bridged = splitMatches(text, exact).map((c) => scoreCandidate(text, quote, hint, c, 'fuzzy'));
  if (bridged.length === 0) return best ? toDetail(best) : null;
  const winner = pick([...scored, ...bridged], hint, strict);
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
