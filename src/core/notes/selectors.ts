/**
 * Describing a highlighted range of the article text as W3C Web Annotation selectors, and reading
 * those selectors back. Offsets are UTF-16 code units into `articleText(paragraphs)`.
 */
import type { Selector, TextPositionSelector, TextQuoteSelector } from './types.ts';

/** Characters of context kept either side of the quote (as Hypothesis does). */
export const CONTEXT_LENGTH = 32;

/**
 * The one definition of "article text" that note offsets refer to: the extractor's paragraphs joined
 * by a blank line. The content script, the background and the re-anchorer must all use this.
 */
export function articleText(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}

function clampOffset(value: number, length: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(Math.max(Math.trunc(value), 0), length);
}

/**
 * Quote and position selectors for `articleText.slice(start, end)`. Out-of-range or reversed
 * offsets are clamped and ordered, so this never throws.
 */
export function describeSelectors(
  text: string,
  start: number,
  end: number,
): [TextQuoteSelector, TextPositionSelector] {
  let from = clampOffset(start, text.length);
  let to = clampOffset(end, text.length);
  if (to < from) [from, to] = [to, from];
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(from, to),
      prefix: text.slice(Math.max(0, from - CONTEXT_LENGTH), from),
      suffix: text.slice(to, to + CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start: from, end: to },
  ];
}

/** The first well-formed TextQuoteSelector, or null. */
export function quoteSelectorOf(selectors: readonly Selector[]): TextQuoteSelector | null {
  for (const s of selectors) {
    if (s && s.type === 'TextQuoteSelector' && typeof s.exact === 'string') {
      const prefix = typeof s.prefix === 'string' ? s.prefix : '';
      const suffix = typeof s.suffix === 'string' ? s.suffix : '';
      return { type: 'TextQuoteSelector', exact: s.exact, prefix, suffix };
    }
  }
  return null;
}

/** The first well-formed TextPositionSelector, or null. */
export function positionSelectorOf(selectors: readonly Selector[]): TextPositionSelector | null {
  for (const s of selectors) {
    if (
      s && s.type === 'TextPositionSelector' &&
      Number.isSafeInteger(s.start) && Number.isSafeInteger(s.end) &&
      (s.start as number) >= 0 && (s.end as number) >= (s.start as number)
    ) {
      return { type: 'TextPositionSelector', start: s.start as number, end: s.end as number };
    }
  }
  return null;
}
