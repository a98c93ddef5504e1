/**
 * Check-worthy claims: every sentence, or the clause of it that carries the fact, scored by the trained
 * model (model.ts) and explained by cues (cues.ts) plus the entities, numbers and quotes found by the other
 * layers. Spans at or above CLAIM_FLOOR are returned so the UI can rank them; a score ≥ 0.5 means
 * "check-worthy". The spans of a paragraph never overlap, so a line's best score (how held-out sets are
 * scored: highest claim score per line, threshold 0.5) is the best of its sentences or their clauses; that
 * line score is what CLAIMS-MODEL.md reports on dev.
 */
import type { Claim, ClaimCue, ClaimKind, Entity, NumberSpan, Quote, Span } from '../types.ts';
import { splitSentences } from '../text/sentences.ts';
import { clauseStarts } from './clauses.ts';
import { scanCues, type CueScan } from './cues.ts';
import { claimMargin, type ClaimModel } from './model.ts';
import { figureKinds, isForecast, kindOf } from './kinds.ts';
import { isReportedEvent, REPORTED_EVENT_LOGIT, type NameSpan } from './reported-event.ts';
import { indexSpans, type SpanIndex } from './span-index.ts';
import { tokenize, type Token } from './tokens.ts';

export { decodeClaimModel, type ClaimModel } from './model.ts';

/** Spans scoring below this are dropped: too unlikely to be worth a reader's attention even in a ranking. */
export const CLAIM_FLOOR = 0.3;
/** Logit taken off per commentary cue (interpretive verb, evaluative copula), at most two. Hand-set, not
 * learned: debate transcripts hardly use news-analysis phrasing ("X underscores Y"), so the training data
 * cannot teach it; one cue moves a sentence at the threshold to a score of about 0.1. */
const COMMENTARY_LOGIT = 2.2;
/** Longer sentences (run-on text, pages without punctuation) are scored whole, without clause cuts. */
const MAX_TOKENS_PER_SENTENCE = 400;

/** A scored stretch of one paragraph, before cues are attached. */
export interface ScoredSpan {
  start: number;
  end: number;
  score: number;
  tokens: Token[];
  scan: CueScan;
  /** Read as a third-person report of an event (reported-event.ts). */
  reported: boolean;
}

/** How clauses are used; the defaults are what findClaims does (see CLAIMS-MODEL.md). */
export interface SplitOptions {
  /** Also split sentences that score below 0.5 as a whole and hold no commentary cue (those with one are
   * always tried). Off by default: on ClaimBuster it lowers train out-of-fold and dev F1. */
  splitLow: boolean;
  /** Replace a sentence by its clauses only when some clause scores below this. */
  lowPart: number;
  /** Apply the reported-event prior (default true; off only to measure what it does). */
  reportedEvent?: boolean;
}

export const DEFAULT_SPLIT: SplitOptions = { splitLow: false, lowPart: 0.3 };

/** Calibrated score of one span from its tokens. `names` are the paragraph's named mentions from the
 * entity layer, or null when it did not run (capitalized words stand in for them). */
export function scoreTokens(
  model: ClaimModel, tokens: Token[], names: readonly NameSpan[] | null = null, withPrior = true,
): { score: number; scan: CueScan; reported: boolean } {
  const scan = scanCues(tokens);
  const reported = withPrior && isReportedEvent(tokens, scan, names);
  const prior = -COMMENTARY_LOGIT * Math.min(2, scan.commentary) + (reported ? REPORTED_EVENT_LOGIT : 0);
  const z = model.plattA * claimMargin(model, '', tokens, scan) + model.plattB + prior;
  return { score: Number.isFinite(z) ? 1 / (1 + Math.exp(-z)) : z > 0 ? 1 : 0, scan, reported };
}

/** What findClaims may use from the other layers; any of them may be empty. */
export interface ClaimContext {
  entities: Entity[];
  numbers: NumberSpan[];
  quotes: Quote[];
}

/** Scores the sentences of one paragraph and, where the model disagrees across a sentence's clauses (one
 * check-worthy, another clearly not), replaces the sentence by its clauses, so an opinion lead is not
 * flagged with the fact it introduces. Returns non-overlapping spans in reading order. */
export function scoreParagraph(
  text: string, model: ClaimModel, opts: SplitOptions = DEFAULT_SPLIT, names: readonly NameSpan[] | null = null,
): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const nameIndex = names ? indexSpans(names) : null;
  for (const s of splitSentences(text)) {
    const tokens = tokenize(text, s.start, s.end);
    if (tokens.length === 0) continue;
    // Only the sentence's own names, so long paragraphs with many names stay linear.
    const here = nameIndex ? nameIndex.overlapping(s.start, s.end) : null;
    const { score, scan, reported } = scoreTokens(model, tokens, here, opts.reportedEvent !== false);
    // A low sentence is cut only when commentary pulled it down: the fact an opinion lead introduces
    // ("The timing is notable as relations have deteriorated") is then scored on its own.
    const tryCut = (opts.splitLow || score >= 0.5 || scan.commentary > 0) && tokens.length <= MAX_TOKENS_PER_SENTENCE;
    const parts = tryCut ? splitClauses(text, s, tokens, model, opts, here) : null;
    if (parts) out.push(...parts);
    else out.push({ start: s.start, end: s.end, score, tokens, scan, reported });
  }
  return out;
}

function splitClauses(
  text: string, s: { start: number; end: number }, tokens: Token[], model: ClaimModel, opts: SplitOptions,
  names: readonly NameSpan[] | null,
): ScoredSpan[] | null {
  const cuts = clauseStarts(text, tokens);
  if (cuts.length === 0) return null;
  const bounds = [0, ...cuts, tokens.length];
  const parts: ScoredSpan[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const toks = trimPunctuation(tokens.slice(bounds[k], bounds[k + 1]));
    if (toks.length === 0) return null;
    const start = k === 0 ? s.start : toks[0]!.start;
    const end = k + 2 === bounds.length ? s.end : toks[toks.length - 1]!.end;
    parts.push({ start, end, tokens: toks, ...scoreTokens(model, toks, names, opts.reportedEvent !== false) });
  }
  const high = parts.some((p) => p.score >= 0.5);
  // A clause that states a figure or a comparison ("only", "largest", "more than") is a fact however the
  // model scores it alone, so it is never the "clearly not a claim" part that justifies the cut.
  const low = parts.some((p) => p.score < opts.lowPart && !p.scan.number && !p.scan.comparison);
  return high && low ? parts : null;
}

/** Drops the comma or semicolon that ends a clause before the next one. */
function trimPunctuation(toks: Token[]): Token[] {
  let n = toks.length;
  while (n > 0 && /^[,;:]$/.test(toks[n - 1]!.lower)) n--;
  return n === toks.length ? toks : toks.slice(0, n);
}

/** Finds check-worthy claims (score ≥ CLAIM_FLOOR) in the article's paragraphs, in reading order. */
export function findClaims(paragraphs: string[], ctx: ClaimContext, model: ClaimModel): Claim[] {
  const claims: Claim[] = [];
  if (!Array.isArray(paragraphs)) return claims;
  const byParagraph = indexContext(ctx);
  const hasEntities = (ctx?.entities?.length ?? 0) > 0;
  // An article without any number span may simply not have been through the number layer.
  const hasNumbers = (ctx?.numbers?.length ?? 0) > 0;
  paragraphs.forEach((text, p) => {
    if (typeof text !== 'string') return;
    const here = byParagraph.get(p);
    const names = hasEntities ? here?.names ?? [] : null;
    for (const span of scoreParagraph(text, model, DEFAULT_SPLIT, names)) {
      if (!(span.score >= CLAIM_FLOOR)) continue;
      const { scan } = span;
      const quote = here?.quotes.overlapping(span.start, span.end).find((q) => covers(q, span.start, span.end));
      const numbers = here?.numbers.overlapping(span.start, span.end) ?? [];
      // Without an entity layer, capitalized words inside the span stand in for names.
      const named = hasEntities ? (here?.entities.overlapping(span.start, span.end).length ?? 0) > 0 : scan.names;
      const kind = kindOf(span.tokens, scan, hasNumbers ? figureKinds(numbers) : null, quote !== undefined, span.reported);
      const cues = cuesOf(scan, span, numbers, named, quote, kind);
      claims.push({
        text: text.slice(span.start, span.end),
        paragraph: p,
        start: span.start,
        end: span.end,
        kind,
        score: Math.round(span.score * 1000) / 1000,
        cues,
      });
    }
  });
  return claims;
}

interface ParagraphContext {
  entities: SpanIndex<Span>;
  names: NameSpan[];
  numbers: SpanIndex<NumberSpan>;
  quotes: SpanIndex<Quote>;
}

interface Gathered {
  entities: Span[];
  names: NameSpan[];
  numbers: NumberSpan[];
  quotes: Quote[];
}

function indexContext(ctx: ClaimContext): Map<number, ParagraphContext> {
  const lists = new Map<number, Gathered>();
  const get = (p: number): Gathered => {
    let c = lists.get(p);
    if (!c) lists.set(p, (c = { entities: [], names: [], numbers: [], quotes: [] }));
    return c;
  };
  for (const e of ctx?.entities ?? []) {
    for (const m of e?.mentions ?? []) {
      const c = get(m.paragraph);
      c.entities.push(m);
      c.names.push({ start: m.start, end: m.end, type: e.type });
    }
  }
  for (const n of ctx?.numbers ?? []) if (n) get(n.paragraph).numbers.push(n);
  for (const q of ctx?.quotes ?? []) if (q) get(q.paragraph).quotes.push(q);
  const map = new Map<number, ParagraphContext>();
  for (const [p, g] of lists) {
    map.set(p, { entities: indexSpans(g.entities), names: g.names, numbers: indexSpans(g.numbers), quotes: indexSpans(g.quotes) });
  }
  return map;
}

/** True when `s` covers at least half of [start, end). */
const covers = (s: Span, start: number, end: number): boolean =>
  Math.min(s.end, end) - Math.max(s.start, start) >= (end - start) / 2;

/** The reasons a card shows; `numbers` are the number spans overlapping the claim, `named` whether a
 * named entity (or, without an entity layer, a capitalized word) is inside it. */
function cuesOf(
  scan: CueScan, span: ScoredSpan, numbers: readonly NumberSpan[], named: boolean, quote: Quote | undefined, kind: ClaimKind,
): ClaimCue[] {
  const cues: ClaimCue[] = [];
  // Dates and times from the number layer pin an event; they are not the figure a "number" cue promises.
  const number = scan.number || numbers.some((n) => n.kind !== 'date' && n.kind !== 'time');
  if (number) cues.push('number');
  if (scan.comparison || kind === 'comparison') cues.push('comparison');
  if (scan.causal || kind === 'causal') cues.push('causal');
  // A quote with a known speaker is a named source as much as "according to the census" is.
  if (scan.source || quote?.speaker) cues.push('named-source');
  if (named) cues.push('named-entity');
  if (scan.event || span.reported) cues.push('event');
  // "would" or "plans" beside a reported past event is not a forecast; kinds.ts decides what is.
  if (kind === 'prediction' || (kind === 'statistic' && isForecast(span.tokens))) cues.push('prediction');
  if (quote || scan.quote) cues.push('quote');
  return cues;
}
