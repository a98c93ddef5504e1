/**
 * Candidate places for a quote the page no longer has verbatim: a long quote matched by its two ends,
 * and a quote cut by an insertion (an ad label, a "Read more" line) found as two pieces. Scoring and
 * choosing among candidates is reanchor.ts's job.
 */
import { fuzzySearch, type FuzzyMatch } from './fuzzy-search.ts';
import type { TextQuoteSelector } from './types.ts';

/** Longest quote searched approximately as a whole; longer ones are matched by their two ends. */
export const WHOLE_PATTERN_LIMIT = 1024;
const END_PIECE = 256;
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

export interface Bridged extends FuzzyMatch {
  /** Found as two pieces with an insertion between (see splitMatches): where the insertion is. */
  bridged?: { from: number; to: number };
}

/** Approximate matches of a long quote: its head and tail found separately, paired by distance. */
export function longQuoteMatches(text: string, exact: string): FuzzyMatch[] {
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
 * lines and newsletter boxes land between sentences) and at its middle. Each piece keeps 8+ characters,
 * or 2+ where the stored context can lengthen it (see `pieceMatches`).
 */
function splitPoints(exact: string, withContext: boolean): number[] {
  const points = new Set<number>();
  for (const m of exact.matchAll(/[.!?…]["”’)\]]?\s+/g)) points.add(m.index! + m[0].length);
  points.add(exact.length >> 1);
  const least = withContext ? 2 : 8;
  return [...points].filter((p) => p >= least && exact.length - p >= least).slice(0, 6);
}

/**
 * Where one piece of a cut quote is: searched alone, and when short (a piece like "Ut enim" occurs all
 * over a page) also joined to the stored context on its outer side, which pins it to the note's place.
 */
function pieceMatches(text: string, piece: string, context: string, contextFirst: boolean): FuzzyMatch[] {
  const found = piece.length >= 8 ? fuzzySearch(text, piece, maxErrorsFor(piece.length) >> 1, 32) : [];
  if (piece.length >= 24 || context.trim().length < 8) return found;
  const joined = contextFirst ? context + piece : piece + context;
  for (const m of fuzzySearch(text, joined, maxErrorsFor(joined.length) >> 2, 8)) {
    const at = contextFirst ? { start: Math.max(m.start, m.end - piece.length), end: m.end } : { start: m.start, end: Math.min(m.end, m.start + piece.length) };
    if (!found.some((f) => f.start === at.start)) found.push({ ...at, errors: m.errors });
  }
  return found;
}

/**
 * Matches of a quote that something was inserted into (an ad label, a "Read more" link): its two pieces
 * either side of a likely cut found separately, close together and in order. The range covers the
 * insertion too, as the page does; the inserted stretch costs one edit per 16 characters.
 */
export function splitMatches(text: string, quote: TextQuoteSelector): Bridged[] {
  const { exact, prefix, suffix } = quote;
  const out: Bridged[] = [];
  const k = maxErrorsFor(exact.length);
  for (const cut of splitPoints(exact, prefix.trim().length >= 8 || suffix.trim().length >= 8)) {
    const head = exact.slice(0, cut).trimEnd();
    const tail = exact.slice(cut).trimStart();
    const heads = pieceMatches(text, head, prefix, true);
    if (heads.length === 0) continue;
    const tails = pieceMatches(text, tail, suffix, false);
    for (const h of heads) {
      // Each head pairs only with the nearest tail after it: a far tail would bridge real text.
      let next: FuzzyMatch | null = null;
      for (const t of tails) if (t.start >= h.end - 2 && t.start - h.end <= MAX_INSERTION && (!next || t.start < next.start)) next = t;
      // Nor may another head lie between: the stretch would then repeat the quote, not interrupt it.
      if (!next || heads.some((o) => o !== h && o.start >= h.end && o.start < next.start)) continue;
      const errors = h.errors + next.errors + Math.ceil(Math.max(0, next.start - h.end - 1) / 16);
      if (errors <= k) out.push({ start: h.start, end: next.end, errors, bridged: { from: h.end, to: Math.max(h.end, next.start) } });
    }
  }
  return out;
}
