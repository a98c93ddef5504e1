/**
 * The data every part of Lede shares: one page's annotation, as described by
 * `annotation.schema.json` (copied to test/fixtures/contract/). Offsets are UTF-16
 * code-unit offsets (JavaScript string indices) into `article.paragraphs[paragraph]`.
 */

/** A stretch of text inside one paragraph of the article. `text === paragraphs[paragraph].slice(start, end)`. */
export interface Span {
  text: string;
  paragraph: number;
  start: number;
  end: number;
}

/** What the article finder returns: the article body and its metadata. */
export interface Article {
  title: string | null;
  byline: string | null;
  /** ISO 8601. */
  published: string | null;
  site: string | null;
  /** BCP 47, e.g. "en". */
  language: string | null;
  /** Body blocks in reading order, whitespace-normalized, as a reader sees them. */
  paragraphs: string[];
}

export type EntityType = 'person' | 'organization' | 'place' | 'misc';

/** One real-world thing named in the article, with every mention of it linked. */
export interface Entity {
  id: string;
  /** Canonical form: the fullest name used in the article. */
  name: string;
  type: EntityType;
  mentions: Span[];
}

export type NumberKind = 'count' | 'percent' | 'money' | 'date' | 'time' | 'quantity' | 'ordinal' | 'other';

export interface NumberSpan extends Span {
  kind: NumberKind;
  /** Normalized value where cheap: a number, or an ISO date string; null when unknown. */
  value?: number | string | null;
  /** Unit or currency where one is stated ("km", "USD", "%"). */
  unit?: string | null;
}

export interface Quote extends Span {
  /** Canonical name of who said it, null when unattributed. */
  speaker: string | null;
}

export type ClaimKind = 'statistic' | 'event' | 'causal' | 'comparison' | 'quote' | 'prediction' | 'other';

/** Why a claim is check-worthy, so that a card can say it in words. */
export type ClaimCue = 'number' | 'comparison' | 'causal' | 'named-source' | 'named-entity' | 'event' | 'prediction' | 'quote';

export interface Claim extends Span {
  kind: ClaimKind;
  /** How check-worthy, 0..1, calibrated. */
  score: number;
  cues: ClaimCue[];
}

/** One page's annotation: what `lede annotate` prints and the background returns. */
export interface Annotation {
  url: string | null;
  article: Article | null;
  entities: Entity[];
  numbers: NumberSpan[];
  quotes: Quote[];
  claims: Claim[];
}
