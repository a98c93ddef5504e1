/**
 * The one definition of a paragraph's text. A "block" is an element with block-level tag (p, li, div, h2…)
 * that holds text of its own; its text is the text of its subtree minus nested blocks (they are their
 * own paragraphs), minus hidden or non-content elements, whitespace collapsed as a reader sees it.
 * `segments` map every character that comes from the page back to its Text node, so that annotation
 * offsets (UTF-16, into the paragraph) become DOM Ranges in the content script.
 */
import { attr, dataOf, ELEMENT, firstChild, mayHaveAttributes, nextSibling, nodeType, parentOf, tagOf, TEXT, CDATA } from './dom.ts';

/** Elements that start a block of their own: their text is a separate paragraph. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'listing', 'xmp', 'plaintext',
]);

/**
 * Elements whose content a reader never sees as text. MathML is read (a formula is part of its sentence),
 * but not its annotations: those hold the TeX source.
 */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'annotation', 'annotation-xml', 'iframe', 'frame', 'object', 'embed', 'canvas',
  'video', 'audio', 'button', 'input', 'select', 'textarea', 'option', 'optgroup', 'datalist', 'head', 'title',
  'meta', 'link', 'img', 'picture', 'source', 'track', 'map', 'area', 'rp', 'param', 'slot', 'output', 'progress',
  'meter',
]);

/** Class tokens sites use to hide text visually (screen-reader-only labels, collapsed widgets). */
const HIDDEN_CLASSES = new Set([
  'hidden', 'hide', 'sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'screen-reader-only',
  'screenreader-only', 'a11y-hidden', 'u-hidden', 'is-hidden', 'invisible', 'offscreen', 'element-invisible',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Hidden by attributes alone (no layout): `hidden`, `aria-hidden`, inline display:none, hiding classes.
 * `trustAriaHidden` false ignores aria-hidden: modal dialogs (cookie consent) set it on the whole page.
 */
export function isHidden(el: Element, trustAriaHidden = true): boolean {
  if (!mayHaveAttributes(el)) return false;
  if (attr(el, 'hidden') !== null) return true;
  if (trustAriaHidden && attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  if (style && style.length < 4000 && HIDDEN_STYLE.test(style)) return true;
  const cls = attr(el, 'class');
  if (cls) {
    for (const token of cls.split(/\s+/)) if (HIDDEN_CLASSES.has(token.toLowerCase())) return true;
  }
  return false;
}

export const INLINE = 0;
export const BLOCK = 1;
export const SKIP = 2;
export type Kind = typeof INLINE | typeof BLOCK | typeof SKIP;

/**
 * How text flows through an element: part of the parent's text, a block of its own, or not text at all.
 * `lenientContainers` lets block containers hidden only by aria-hidden count (the page walk's retry).
 */
export function kindOf(el: Element, tag = tagOf(el), lenientContainers = false): Kind {
  if (SKIP_TAGS.has(tag)) return SKIP;
  if (tag === 'dialog' && attr(el, 'open') === null) return SKIP;
  const block = BLOCK_TAGS.has(tag);
  if (isHidden(el, !(lenientContainers && block))) return SKIP;
  if (!block && besideTheText(el)) return SKIP;
  return block ? BLOCK : INLINE;
}

const BESIDE_HINT = /caption|credit|cutline|icon/i;
const BESIDE_WORDS = new Set(['caption', 'captions', 'figcaption', 'credit', 'credits', 'photocredit', 'imagecredit', 'cutline', 'icon', 'icons']);

/**
 * An inline element named as a picture's caption or credit, or as an icon: MSN sets an image, its
 * caption and "© Provided by …" inside the story's first paragraph; icon fonts and link icons carry
 * ligature names or screen-reader labels ("arrow_forward", "Opens a new window"). None of it is the
 * sentence around it.
 */
function besideTheText(el: Element): boolean {
  const cls = attr(el, 'class');
  if (!cls || cls.length > 500 || !BESIDE_HINT.test(cls)) return false;
  const words = cls.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/);
  return words.some((w, k) => BESIDE_WORDS.has(w) && words[k - 1] !== 'no' && words[k - 1] !== 'has' && words[k - 1] !== 'with');
}

export interface Segment {
  node: Text;
  textStart: number;
  nodeStart: number;
  length: number;
}

export interface BlockText {
  text: string;
  segments: Segment[];
}

/** blockText plus what the extractor scores with. */
export interface BlockStats extends BlockText {
  /** Characters of `text` inside links. */
  linkChars: number;
}

// Whitespace collapses; soft hyphens and zero-width spaces are invisible and dropped.
const SPECIAL = /[\s\u00ad\u200b\u2060\ufeff]/g;
const IS_SPACE = /\s/;

/** The text of one block and the map back to its Text nodes. */
export function blockText(el: Element): BlockText {
  const { text, segments } = collectBlock(el);
  return { text, segments };
}

/** Walks `el`'s own text (not nested blocks) in document order; never throws, bounded by the subtree size. */
export function collectBlock(el: Element): BlockStats {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let len = 0;
  let linkChars = 0;
  let linkDepth = 0;
  // Links into the page itself ("#note-3") or to scripts ("javascript:") are not a way off the story:
  // they count 0.3 of their text, as in Readability.
  let inPageDepth = 0;
  // A collapsed whitespace run is emitted lazily, as one space, only if more text follows.
  let pending = false;
  let pendingNode: Text | null = null;
  let pendingOffset = 0;
  let seg: Segment | null = null;

  const emit = (s: string, node: Text | null, offset: number) => {
    if (node) {
      if (seg && seg.node === node && seg.nodeStart + seg.length === offset && seg.textStart + seg.length === len) {
        seg.length += s.length;
      } else {
        seg = { node, textStart: len, nodeStart: offset, length: s.length };
        segments.push(seg);
      }
    }
    parts.push(s);
    len += s.length;
    if (linkDepth > inPageDepth) linkChars += s.length;
    else if (linkDepth > 0) linkChars += s.length * 0.3;
  };
  const flushSpace = () => {
    if (pending) {
      emit(' ', pendingNode, pendingOffset);
      pending = false;
    }
  };
  const breakHere = () => {
    if (len > 0 && !pending) {
      pending = true;
      pendingNode = null;
    }
  };
  const addText = (node: Text) => {
    const data = dataOf(node);
    let i = 0;
    SPECIAL.lastIndex = 0;
    for (;;) {
      const m = SPECIAL.exec(data);
      const j = m ? m.index : data.length;
      if (j > i) {
        flushSpace();
        emit(data.slice(i, j), node, i);
      }
      if (!m) break;
      if (IS_SPACE.test(m[0]) && len > 0 && !pending) {
        pending = true;
        pendingNode = node;
        pendingOffset = j;
      }
      i = j + 1;
    }
  };

  const leaveLink = (a: Element) => {
    linkDepth--;
    if (inPageLink(a)) inPageDepth--;
  };

  // Iterative pre-order walk with explicit exits, so deep nesting cannot overflow the stack.
  let node: Node | null = firstChild(el);
  let guard = 0;
  while (node && guard++ < 5_000_000) {
    const type = nodeType(node);
    let descend = false;
    if (type === TEXT || type === CDATA) {
      addText(node as Text);
    } else if (type === ELEMENT) {
      const child = node as Element;
      const tag = tagOf(child);
      if (tag === 'br') breakHere();
      else {
        const kind = kindOf(child, tag);
        if (kind === BLOCK) breakHere();
        else if (kind === INLINE) {
          descend = true;
          if (tag === 'a') {
            linkDepth++;
            if (inPageLink(child)) inPageDepth++;
          }
        }
      }
    }
    const down = descend ? firstChild(node) : null;
    if (down) {
      node = down;
      continue;
    }
    if (descend && tagOf(node as Element) === 'a') leaveLink(node as Element);
    // Climb until a next sibling exists, leaving finished inline elements.
    let cur: Node | null = node;
    node = null;
    while (cur && cur !== el) {
      const sib = nextSibling(cur);
      if (sib) {
        node = sib;
        break;
      }
      cur = parentOf(cur);
      if (cur && cur !== el && nodeType(cur) === ELEMENT && tagOf(cur as Element) === 'a') leaveLink(cur as Element);
    }
  }
  return { text: parts.join(''), segments, linkChars };
}

const IN_PAGE_HREF = /^\s*(?:#|javascript:)/i;

function inPageLink(a: Element): boolean {
  const href = attr(a, 'href');
  return href !== null && href.length < 4000 && IN_PAGE_HREF.test(href);
}

export interface RangePoints {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** First segment whose end is beyond `pos` (binary search; segments are in text order). */
function segmentAfter(segments: Segment[], pos: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (s.textStart + s.length > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * DOM points for `text.slice(start, end)`. A boundary that falls on a space the page does not hold
 * (from a <br> or a nested block) snaps inward to the nearest page character. Null when nothing of
 * the page lies in the span.
 */
export function rangePoints(segments: Segment[], start: number, end: number): RangePoints | null {
  if (!(start < end) || !Number.isFinite(start) || !Number.isFinite(end) || segments.length === 0) return null;
  const a = segmentAfter(segments, start);
  const first = segments[a];
  if (!first) return null;
  const startOffset = first.nodeStart + Math.max(0, start - first.textStart);
  // Last segment that begins before `end`.
  let b = segmentAfter(segments, end - 1);
  if (b >= segments.length || segments[b]!.textStart >= end) b--;
  const last = segments[b];
  if (!last || b < a) return null;
  const endOffset = last.nodeStart + Math.min(last.length, end - last.textStart);
  if (a === b && endOffset <= startOffset) return null;
  return { startNode: first.node, startOffset, endNode: last.node, endOffset };
}
