/**
 * One pass over the page: the blocks that hold visible text, in reading order, with their text and
 * link share (from `collectBlock`, the one text definition). A generator so the async extractor can
 * pause between slices of work; the sync extractor simply runs it to the end.
 */
import { BLOCK, BLOCK_TAGS, collectBlock, kindOf, SKIP } from './block-text.ts';
import { SLICE } from './steps.ts';
import { attr, ELEMENT, firstChild, nextSibling, nodeType, parentOf, TEXT, CDATA, dataOf, tagOf } from './dom.ts';

export interface Block {
  el: Element;
  tag: string;
  text: string;
  linkChars: number;
  /** Position in reading order. */
  index: number;
}

/** Upper bound on nodes visited, against cyclic or absurd trees (pages are far below it). */
const MAX_NODES = 3_000_000;

const NON_SPACE = /\S/;

/** The elements that hold text of their own under `root`, in document order. */
/** What the walk skipped that a retry might want back. */
export interface WalkNotes {
  ariaHiddenContainers: number;
  /** Form controls met on the way (newsletter boxes, comment forms give themselves away by them). */
  controls: Element[];
}

// Buttons do not count: stories carry them too (carousels, "next", play, share); sign-up and comment
// forms give themselves away by their fields.
const CONTROLS = new Set(['input', 'select', 'textarea']);

export function* findBlockElements(root: Element, lenientAriaHidden = false, notes?: WalkNotes): Generator<void, Element[]> {
  const out: Element[] = [];
  const seen = new Set<Element>();
  // Nearest enclosing block element of the node being visited.
  const hosts: Element[] = [root];
  const hostDepthEl: Node[] = [root];
  let node: Node | null = firstChild(root);
  let visited = 0;
  while (node && visited++ < MAX_NODES) {
    if ((visited & (SLICE - 1)) === 0) yield;
    const type = nodeType(node);
    let down: Node | null = null;
    if (type === TEXT || type === CDATA) {
      const host = hosts[hosts.length - 1]!;
      if (!seen.has(host) && NON_SPACE.test(dataOf(node))) {
        seen.add(host);
        out.push(host);
      }
    } else if (type === ELEMENT) {
      const el = node as Element;
      const tag = tagOf(el);
      const kind = tag === 'br' ? SKIP : kindOf(el, tag, lenientAriaHidden);
      if (kind === SKIP && notes) {
        if (CONTROLS.has(tag)) {
          if (notes.controls.length < 10_000 && attr(el, 'type') !== 'hidden') notes.controls.push(el);
        } else if (BLOCK_TAGS.has(tag) && attr(el, 'aria-hidden') === 'true') notes.ariaHiddenContainers++;
      }
      if (kind !== SKIP) {
        down = firstChild(el);
        if (down && kind === BLOCK) {
          hosts.push(el);
          hostDepthEl.push(el);
        }
      }
    }
    if (down) {
      node = down;
      continue;
    }
    let cur: Node | null = node;
    node = null;
    while (cur && cur !== root) {
      const sib = nextSibling(cur);
      if (sib) {
        node = sib;
        break;
      }
      cur = parentOf(cur);
      if (cur && cur === hostDepthEl[hostDepthEl.length - 1] && cur !== root) {
        hosts.pop();
        hostDepthEl.pop();
      }
    }
  }
  return out;
}

/** Blocks with their text, skipping those that turn out empty. */
export function* collectBlocks(root: Element, lenientAriaHidden = false, notes?: WalkNotes): Generator<void, Block[]> {
  const els = yield* findBlockElements(root, lenientAriaHidden, notes);
  const blocks: Block[] = [];
  let work = 0;
  for (const el of els) {
    const { text, linkChars } = collectBlock(el);
    work += text.length;
    if (work > 20_000) {
      work = 0;
      yield;
    }
    if (!text) continue;
    // A block wrapped in a link (a teaser card) is link text through and through.
    const linked = insideLink(el, root);
    blocks.push({ el, tag: tagOf(el), text, linkChars: linked ? text.length : linkChars, index: blocks.length });
  }
  return blocks;
}

/**
 * Whether an <a> encloses `el` within a few levels (cards put whole blocks inside one link). Script and
 * in-page links ("javascript:", "#top") lead nowhere: a story wrapped in one is not a teaser.
 */
function insideLink(el: Element, root: Element): boolean {
  let cur = parentOf(el);
  for (let n = 0; cur && cur !== root && n < 12; n++, cur = parentOf(cur)) {
    if (nodeType(cur) === ELEMENT && tagOf(cur as Element) === 'a' && !NOWHERE.test(attr(cur as Element, 'href') ?? '')) return true;
  }
  return false;
}

const NOWHERE = /^\s*(?:javascript:|#)/i;
