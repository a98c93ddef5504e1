/**
 * Flattens an annotation into the highlight spans a reader sees, one layer each, in reading order.
 * The content script draws these; the popup lists them; both refer to a span by its index here.
 */
import type { Annotation } from './types.ts';
import { layerOfEntity, type Layer } from '../shared/layers.ts';

export interface HighlightSpan {
  layer: Layer;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** Where the span came from, so a card can show the whole item. */
  ref: { kind: 'entity' | 'number' | 'quote' | 'claim'; index: number };
}

export function highlightSpans(a: Annotation): HighlightSpan[] {
  const out: HighlightSpan[] = [];
  const paragraphs = a.article?.paragraphs ?? [];
  const add = (layer: Layer, s: { paragraph: number; start: number; end: number; text: string }, ref: HighlightSpan['ref']) => {
    const p = paragraphs[s.paragraph];
    // Offsets that do not fit their paragraph are dropped rather than drawn on the wrong characters.
    if (p === undefined || s.start < 0 || s.end > p.length || s.start >= s.end) return;
    out.push({ layer, paragraph: s.paragraph, start: s.start, end: s.end, text: s.text, ref });
  };
  a.claims.forEach((c, i) => add('claim', c, { kind: 'claim', index: i }));
  a.quotes.forEach((q, i) => add('quote', q, { kind: 'quote', index: i }));
  a.entities.forEach((e, i) => e.mentions.forEach((m) => add(layerOfEntity(e.type), m, { kind: 'entity', index: i })));
  a.numbers.forEach((n, i) => add('number', n, { kind: 'number', index: i }));
  return out.sort((x, y) => x.paragraph - y.paragraph || x.start - y.start || y.end - x.end);
}
