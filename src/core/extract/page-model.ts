/**
 * Per-element facts the extractor needs beyond single blocks: how much text and link text sits under
 * each container, its tag, its ancestors' cues. Built once from the blocks; no DOM mutation anywhere,
 * because the live page must stay exactly as the site rendered it.
 */
import type { Block } from './walk.ts';
import { parentOf, nodeType, ELEMENT, tagOf } from './dom.ts';
import { isUnlikely } from './cues.ts';
import { SLICE } from './steps.ts';

export interface ElementInfo {
  el: Element;
  tag: string;
  parent: ElementInfo | null;
  depth: number;
  /** Text characters of blocks inside (including itself). */
  chars: number;
  linkChars: number;
  commas: number;
  /** Blocks inside, by kind. */
  paragraphs: number;
  listItems: number;
  headingChars: number;
  /** Characters in blocks that read as running prose (see isProse). */
  proseChars: number;
  /** Visible form controls inside (inputs, buttons…). */
  controls: number;
  blocks: number;
  /** Readability-style content score; null until the element becomes a candidate. */
  score: number | null;
}

/** Ancestor chains deeper than this are cut (pathological pages nest 100k divs). */
const MAX_DEPTH = 400;

const ACTION = /^(?:reply|respond|report|flag|permalink|antworten|répondre|responder|rispondi)$/i;

const COMMAS = /[,،、，﹐︐﹑]/g;

export function countCommas(text: string): number {
  COMMAS.lastIndex = 0;
  let n = 0;
  while (COMMAS.exec(text)) n++;
  return n;
}

const CJK_RUN = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{4}/;

/** Words separated by spaces (or CJK script): not a code blob, URL or data string. */
export function readsAsProse(text: string): boolean {
  if (text.length < 80 || CJK_RUN.test(text)) return true;
  let spaces = 0;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) spaces++;
  return spaces * 30 >= text.length;
}

/** A block of running prose: long enough, few links, made of words. CJK counts triple per character. */
export function isProse(text: string, linkChars: number): boolean {
  const len = CJK_RUN.test(text) ? text.length * 3 : text.length;
  return len >= 80 && linkChars < text.length * 0.3 && readsAsProse(text);
}

export class PageModel {
  readonly infos = new Map<Element, ElementInfo>();
  readonly blockOf = new Map<Element, Block>();
  private unlikelyMemo = new Map<Element, boolean>();

  constructor(
    readonly body: Element,
    readonly blocks: Block[],
  ) {}

  /** Adds up the blocks (and form controls) into their containers, in slices. */
  *build(controls: Element[] = []): Generator<void, this> {
    for (const b of this.blocks) {
      if (b.index % SLICE === 0) yield;
      this.blockOf.set(b.el, b);
      this.add(b);
    }
    for (const c of controls) {
      // Only containers that also hold text matter; stop where the chain is not known yet.
      const p = parentOf(c);
      for (let i = p && nodeType(p) === ELEMENT ? this.infos.get(p as Element) ?? null : null; i; i = i.parent) i.controls++;
      if (p && nodeType(p) === ELEMENT && !this.infos.has(p as Element)) this.countUp(p as Element);
    }
    return this;
  }

  /** Adds a control to the nearest known ancestor chain of an element that holds no text itself. */
  private countUp(el: Element): void {
    let cur: Node | null = el;
    for (let n = 0; cur && n < MAX_DEPTH; n++) {
      const known = nodeType(cur) === ELEMENT ? this.infos.get(cur as Element) : undefined;
      if (known) {
        for (let i: ElementInfo | null = known; i; i = i.parent) i.controls++;
        return;
      }
      if (cur === this.body) return;
      cur = parentOf(cur);
    }
  }

  /** The info record for an element, creating its ancestor chain on first sight. */
  info(el: Element): ElementInfo {
    const known = this.infos.get(el);
    if (known) return known;
    // Build the chain bottom-up without recursion.
    const chain: Element[] = [];
    let cur: Element | null = el;
    let parentInfo: ElementInfo | null = null;
    while (cur && chain.length < MAX_DEPTH) {
      const k = this.infos.get(cur);
      if (k) {
        parentInfo = k;
        break;
      }
      chain.push(cur);
      if (cur === this.body) break;
      const p = parentOf(cur);
      cur = p && nodeType(p) === ELEMENT ? (p as Element) : null;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const e = chain[i]!;
      const rec: ElementInfo = {
        el: e,
        tag: tagOf(e),
        parent: parentInfo,
        depth: parentInfo ? parentInfo.depth + 1 : 0,
        chars: 0,
        linkChars: 0,
        commas: 0,
        paragraphs: 0,
        listItems: 0,
        headingChars: 0,
        proseChars: 0,
        controls: 0,
        blocks: 0,
        score: null,
      };
      this.infos.set(e, rec);
      parentInfo = rec;
    }
    return this.infos.get(el)!;
  }

  private add(b: Block): void {
    const len = b.text.length;
    const commas = countCommas(b.text);
    const isP = b.tag === 'p' || b.tag === 'pre' || b.tag === 'blockquote';
    const isLi = b.tag === 'li';
    const heading = /^h[1-6]$/.test(b.tag);
    const prose = !heading && isProse(b.text, b.linkChars) ? len : 0;
    // "Reply", "Report" links under each item mark a comment thread as surely as form buttons do.
    const action = len <= 20 && ACTION.test(b.text) ? 1 : 0;
    for (let i: ElementInfo | null = this.info(b.el); i; i = i.parent) {
      i.chars += len;
      i.linkChars += b.linkChars;
      i.commas += commas;
      i.blocks++;
      if (isP) i.paragraphs++;
      if (isLi) i.listItems++;
      if (heading) i.headingChars += len;
      i.proseChars += prose;
      i.controls += action;
    }
  }

  /** Link share of the text, counting the space a reader sees between blocks (as Readability's innerText does). */
  linkDensity(i: ElementInfo): number {
    return i.chars ? i.linkChars / (i.chars + i.blocks - 1) : 0;
  }

  /** Whether the element or an ancestor below <body> is an unlikely candidate (Readability's first strip). */
  unlikely(el: Element): boolean {
    const hit = this.unlikelyMemo.get(el);
    if (hit !== undefined) return hit;
    const i = this.info(el);
    let res: boolean;
    if (el === this.body || !i.parent) res = false;
    else {
      // Readability never strips tables, code or anything inside them.
      const own = i.tag !== 'table' && i.tag !== 'code' && isUnlikely(el, i.tag) && !this.insideTag(i, 'table', 'code');
      res = own || this.unlikely(i.parent.el);
    }
    this.unlikelyMemo.set(el, res);
    return res;
  }

  private insideTag(i: ElementInfo, a: string, b: string): boolean {
    for (let p = i.parent; p; p = p.parent) if (p.tag === a || p.tag === b) return true;
    return false;
  }
}
