/**
 * Draws highlight spans on the page's own text. Prefers the CSS Custom Highlight API, which paints
 * without touching the DOM; where it is missing, wraps text nodes in `lede-highlight` elements and
 * keeps a handle to each so that `clear()` leaves the DOM as it was (style.md §5).
 */
import type { HighlightSpan } from '../core/highlight-spans.ts';
import { LAYERS, type Layer } from '../shared/layers.ts';

export interface DrawnSpan {
  span: HighlightSpan;
  range: Range;
}

/** True when this world can register CSS highlights (checked in the content script's own world). */
export function highlightApiAvailable(): boolean {
  try {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  } catch {
    return false;
  }
}

export class Highlighter {
  private drawn: DrawnSpan[] = [];
  private wrappers: HTMLElement[] = [];
  private visible: Record<Layer, boolean>;
  readonly mode: 'highlight-api' | 'wrap';

  constructor(private readonly doc: Document, visible: Record<Layer, boolean>) {
    this.visible = { ...visible };
    this.mode = highlightApiAvailable() ? 'highlight-api' : 'wrap';
  }

  get spans(): readonly DrawnSpan[] {
    return this.drawn;
  }

  draw(items: DrawnSpan[]): void {
    this.clear();
    this.drawn = items;
    this.paint();
  }

  setVisible(visible: Record<Layer, boolean>): void {
    this.visible = { ...visible };
    this.paint();
  }

  /** Paints the visible layers, replacing what was painted before. */
  private paint(): void {
    if (this.mode === 'highlight-api') {
      for (const layer of LAYERS) {
        const ranges = this.visible[layer] ? this.drawn.filter((d) => d.span.layer === layer).map((d) => d.range) : [];
        if (ranges.length) {
          const h = new Highlight(...ranges);
          // Smaller things (names, numbers) paint above the sentences (claims, quotes) that hold them.
          h.priority = layer === 'claim' ? 0 : layer === 'quote' ? 1 : 2;
          CSS.highlights.set(`lede-${layer}`, h);
        } else CSS.highlights.delete(`lede-${layer}`);
      }
    } else {
      this.unwrap();
      for (const d of this.drawn) if (this.visible[d.span.layer]) this.wrap(d);
    }
  }

  /** The reader's saved notes, painted in their own layer under everything else. */
  drawNotes(ranges: Range[]): void {
    if (this.mode !== 'highlight-api') return;
    if (!ranges.length) return void CSS.highlights.delete('lede-note');
    const h = new Highlight(...ranges);
    h.priority = -1;
    CSS.highlights.set('lede-note', h);
  }

  /** Marks one range strongly for a moment (after "jump to"), or until cleared. */
  flash(range: Range | null, ms = 1500): void {
    if (this.mode !== 'highlight-api') return;
    if (!range) return void CSS.highlights.delete('lede-focus');
    const h = new Highlight(range);
    h.priority = 10;
    CSS.highlights.set('lede-focus', h);
    setTimeout(() => {
      if (CSS.highlights.get('lede-focus') === h) CSS.highlights.delete('lede-focus');
    }, ms);
  }

  clear(): void {
    if (this.mode === 'highlight-api') {
      for (const layer of LAYERS) CSS.highlights.delete(`lede-${layer}`);
      CSS.highlights.delete('lede-focus');
      CSS.highlights.delete('lede-note');
    } else this.unwrap();
    this.drawn = [];
  }

  private wrap(d: DrawnSpan): void {
    const r = d.range;
    const walker = this.doc.createTreeWalker(r.commonAncestorContainer, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    if (r.commonAncestorContainer.nodeType === Node.TEXT_NODE) texts.push(r.commonAncestorContainer as Text);
    else for (let n = walker.nextNode(); n; n = walker.nextNode()) if (r.intersectsNode(n)) texts.push(n as Text);
    for (let t of texts) {
      const from = t === r.startContainer ? r.startOffset : 0;
      const to = t === r.endContainer ? r.endOffset : t.data.length;
      if (to <= from || !t.data.slice(from, to).trim()) continue; // whitespace can sit in tables and lists
      if (to < t.data.length) t.splitText(to);
      if (from > 0) t = t.splitText(from);
      const el = this.doc.createElement('lede-highlight');
      el.dataset.layer = d.span.layer;
      t.parentNode?.insertBefore(el, t);
      el.appendChild(t);
      this.wrappers.push(el);
    }
  }

  private unwrap(): void {
    for (const el of this.wrappers) {
      const parent = el.parentNode;
      if (!parent) continue;
      while (el.firstChild) parent.insertBefore(el.firstChild, el);
      parent.removeChild(el);
      parent.normalize();
    }
    this.wrappers = [];
  }
}
