/**
 * Functions evaluated inside test pages. They read what a reader would see: the highlights painted on
 * the page (CSS Custom Highlight registry, or our fallback elements) and the text under them.
 */

export interface PaintedRange {
  layer: string;
  text: string;
  /** Whitespace-normalized text of the nearest block element holding the range. */
  block: string;
}

/** Every painted Lede highlight on the page, by layer, with the block it sits in. */
export function paintedHighlights(): PaintedRange[] {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const blockOf = (n: Node) => {
    let el: Element | null = n.nodeType === 1 ? (n as Element) : n.parentElement;
    while (el && !/^(P|LI|H[1-6]|BLOCKQUOTE|DIV|TD|DD|FIGCAPTION|ARTICLE|SECTION)$/.test(el.tagName)) el = el.parentElement;
    return el ? norm(el.textContent ?? '') : '';
  };
  const out: PaintedRange[] = [];
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
    for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (!name.startsWith('lede-') || name === 'lede-focus') continue;
      for (const r of h) out.push({ layer: name.slice(5), text: r.toString(), block: blockOf(r.startContainer) });
    }
  }
  for (const el of Array.from(document.querySelectorAll('lede-highlight'))) {
    out.push({ layer: (el as HTMLElement).dataset.layer ?? '', text: el.textContent ?? '', block: blockOf(el) });
  }
  return out;
}

/** Whether Lede has finished with the page (its user-timing mark), and with which status. */
export function ledeStatus(): string | null {
  const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('lede:') && !m.name.startsWith('lede:drawn-with:'));
  return marks.length ? marks[marks.length - 1]!.name.slice(5) : null;
}

/** How the content script drew: "highlight-api" or "wrap" (the fallback). */
export function drawMode(): string | null {
  const m = performance.getEntriesByType('mark').find((e) => e.name.startsWith('lede:drawn-with:'));
  return m ? m.name.slice('lede:drawn-with:'.length) : null;
}

/** The centre of the first painted range of a layer whose text matches, scrolled into view. */
export function pointOf(arg: { layer: string; text?: string }): { x: number; y: number } | null {
  const h = (CSS.highlights as unknown as Map<string, Set<Range>>).get(`lede-${arg.layer}`);
  const r = h ? [...h].find((x) => !arg.text || x.toString() === arg.text) : undefined;
  if (!r) return null;
  r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const b = r.getClientRects()[0] ?? r.getBoundingClientRect();
  return { x: b.left + Math.min(b.width / 2, 20), y: b.top + b.height / 2 };
}

/** Lede's card is open and has focus (focus inside a closed shadow root shows as its host). */
export function cardHasFocus(): boolean {
  return document.activeElement?.tagName === 'LEDE-UI';
}
