/**
 * Turns annotation offsets (into article paragraphs) into DOM Ranges on the page's own text, through
 * the extractor's paragraph→text-node map: the same function defines the text and its offsets.
 */
import { blockText, rangePoints } from '../core/extract/block-text.ts';
import type { HighlightSpan } from '../core/highlight-spans.ts';
import type { DrawnSpan } from './highlighter.ts';

export function spansToRanges(doc: Document, blocks: readonly Element[], paragraphs: readonly string[], spans: readonly HighlightSpan[]): DrawnSpan[] {
  const maps = new Map<number, ReturnType<typeof blockText> | null>();
  const out: DrawnSpan[] = [];
  for (const span of spans) {
    let map = maps.get(span.paragraph);
    if (map === undefined) {
      const block = blocks[span.paragraph];
      map = block ? blockText(block) : null;
      // The page changed under us since extraction: skip this paragraph rather than mark wrong text.
      if (map && map.text !== paragraphs[span.paragraph]) map = null;
      maps.set(span.paragraph, map);
    }
    if (!map) continue;
    const points = rangePoints(map.segments, span.start, span.end);
    if (!points) continue;
    try {
      const range = doc.createRange();
      range.setStart(points.startNode, points.startOffset);
      range.setEnd(points.endNode, points.endOffset);
      out.push({ span, range });
    } catch {
      // a node detached between mapping and drawing: nothing to draw for this span
    }
  }
  return out;
}
