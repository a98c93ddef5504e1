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
  const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('lede:'));
  return marks.length ? marks[marks.length - 1]!.name.slice(5) : null;
}
