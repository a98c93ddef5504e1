/**
 * From the chosen containers to the story's paragraphs: keeps the blocks inside them, drops the parts a
 * reader recognizes as not-the-story (share bars, ad labels, "read also" links, promo and newsletter
 * boxes, captions, bylines, comment threads) using general signals only: tags, class/id words, link
 * density, Readability's conditional cleaning, and the wording of short labels.
 */
import { boilerplateName, classWeight, isUnlikely, NAME_COMMENTS, NAME_MIXED, NAME_STRONG, NAME_WEAK } from './cues.ts';
import { isProse, type ElementInfo, type PageModel } from './page-model.ts';
import type { Flags, Selection } from './select.ts';
import type { Block } from './walk.ts';
import { SLICE } from './steps.ts';
import { attr, ELEMENT, firstChild, nextSibling, nodeType, parentOf, tagOf } from './dom.ts';

const NEVER_STORY_TAGS = new Set(['nav', 'aside', 'footer', 'figure', 'figcaption', 'form', 'menu', 'dialog', 'fieldset', 'legend', 'summary']);
const CONDITIONAL_TAGS = new Set(['div', 'section', 'ul', 'ol', 'table', 'dl', 'article']);

/** Short lines that label page furniture rather than tell the story. */
const AD_LABEL = /^[\s\-–—|·•]*(?:advertisement|advertising|advertisment|ad|ads|sponsored(?: content)?|paid content|anzeige|werbung|publicité|publicidad|pubblicità|reklama|реклама|广告|loading(?:…|\.\.\.)?)[\s\-–—|·•:]*$/iu;
const FURNITURE =
  /^(?:read (?:also|more|next)|see also|also read|related(?: articles| stories| coverage| content)?|more (?:on|from|about)|recommended|trending|most (?:read|popular)|watch|listen(?: to (?:the|this) (?:article|story))?|share(?: this| on)?|tweet|follow (?:us|me)|sign up|subscribe|click here|continue reading|advertisement|image|photo|photograph|picture|video|credit|source|getty images|tags?|topics?|filed under|comments?|leave a (?:reply|comment)|©|copyright|lire aussi|à lire aussi|lesen sie (?:auch|mehr)|mehr zum thema|leia (?:também|mais)|lee (?:también|más)|leggi anche|lees ook)\b/iu;
/** Short lines that are page furniture even without a link. */
const FURNITURE_LINE =
  /^(?:(?:the )?(?:story|article|text) continues (?:below|after)|scroll (?:down )?to continue|continue reading|click (?:here|to)|tap (?:here|to)|(?:sign up|subscribe)(?: now)? (?:to|for)|(?:updated|published|posted|last (?:updated|modified))\b.{0,50}\d|follow .{1,60} on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky)\b|(?:image|media|photo|video) (?:caption|source|credit)s?\b|(?:photo|image|picture)s?: )/i;
const DATE_ONLY =
  /^(?:(?:updated|published|posted|last updated)\s*:?\s*)?(?:\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\.? \p{L}{3,9}\.? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?:,? (?:at )?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?: \p{Lu}{2,4})?)?$/iu;
const BRACKETED = /^\[[^\]]+\]$/;
const HAS_WORD = /[\p{L}\p{N}]/u;
const BYLINE = /^(?:by|von|par|por|di|door|av|af)\s+\p{Lu}/u;

const HEADING = /^h[1-6]$/;

const DATA_TABLE_TAGS = new Set(['th', 'thead', 'caption', 'colgroup']);

/** Whether any element under `el` has one of `tags` (bounded walk). */
function hasDescendant(el: Element, tags: Set<string>): boolean {
  let node: Node | null = firstChild(el);
  let guard = 0;
  while (node && guard++ < 20_000) {
    const isEl = nodeType(node) === ELEMENT;
    if (isEl && tags.has(tagOf(node as Element))) return true;
    const down = isEl ? firstChild(node) : null;
    if (down) {
      node = down;
      continue;
    }
    let cur: Node | null = node;
    node = null;
    while (cur && cur !== el) {
      const sib = nextSibling(cur);
      if (sib) {
        node = sib;
        break;
      }
      cur = parentOf(cur);
    }
  }
  return false;
}

/** Whether every link inside points into the same page ("#section"). */
function onlyAnchorLinks(el: Element): boolean {
  let links = 0;
  let node: Node | null = firstChild(el);
  let guard = 0;
  while (node && guard++ < 500) {
    if (nodeType(node) === ELEMENT && tagOf(node as Element) === 'a') {
      links++;
      if (!(attr(node as Element, 'href') ?? '').startsWith('#')) return false;
    }
    const down = nodeType(node) === ELEMENT ? firstChild(node) : null;
    if (down) {
      node = down;
      continue;
    }
    let cur: Node | null = node;
    node = null;
    while (cur && cur !== el) {
      const sib = nextSibling(cur);
      if (sib) {
        node = sib;
        break;
      }
      cur = parentOf(cur);
    }
  }
  return links > 0;
}

function normalizeTitle(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The story's blocks, in reading order, from the selected containers. */
export function* storyBlocks(model: PageModel, sel: Selection, flags: Flags, title: string | null): Generator<void, Block[]> {
  const roots = new Set(sel.roots);
  const rootChars = sel.roots.reduce((n, r) => n + model.info(r).chars, 0);
  const rootOf = new Map<ElementInfo, Element | null>();
  const excluded = new Map<ElementInfo, boolean>();
  const titleKey = title ? normalizeTitle(title) : '';

  const findRoot = (i: ElementInfo): Element | null => {
    const path: ElementInfo[] = [];
    let found: Element | null = null;
    for (let p: ElementInfo | null = i; p; p = p.parent) {
      const known = rootOf.get(p);
      if (known !== undefined) {
        found = known;
        break;
      }
      if (roots.has(p.el)) {
        found = p.el;
        break;
      }
      path.push(p);
    }
    for (const p of path) rootOf.set(p, found);
    return found;
  };

  const containerExcluded = (i: ElementInfo): boolean => {
    const known = excluded.get(i);
    if (known !== undefined) return known;
    let out = false;
    if (NEVER_STORY_TAGS.has(i.tag)) {
      // Whole-page forms (ASP.NET wraps every page in one) hold the story rather than a widget.
      out = !((i.tag === 'form' || i.tag === 'fieldset') && i.chars >= rootChars * 0.6);
    }
    else if (i.tag === 'header' && i.chars < 500) out = true;
    else if (flags.stripUnlikely && isUnlikely(i.el, i.tag)) out = true;
    else {
      const named = boilerplateName(i.el);
      // A container holding most of the story is the story, whatever its name says.
      if (named === NAME_COMMENTS) out = true;
      else if (named === NAME_STRONG) out = i.chars < rootChars * 0.6;
      else if (named === NAME_MIXED) out = i.chars < rootChars * 0.3;
      else if (named === NAME_WEAK) out = i.chars < rootChars * 0.25 && i.chars < 1500;
      if (!out && flags.cleanConditionally && CONDITIONAL_TAGS.has(i.tag)) out = conditionallyDropped(model, i, flags);
    }
    excluded.set(i, out);
    return out;
  };

  const out: Block[] = [];
  let pendingHeading: Block | null = null;
  for (const b of model.blocks) {
    if (b.index % SLICE === 0) yield;
    const self = model.info(b.el);
    const root = findRoot(self);
    if (!root) continue;
    let drop = false;
    for (let p: ElementInfo | null = self; p && p.el !== root; p = p.parent) {
      if (containerExcluded(p)) {
        drop = true;
        break;
      }
    }
    if (drop) continue;
    const verdict = keepBlock(b, out.length, titleKey);
    if (verdict === KEEP_IF_PROSE_FOLLOWS) {
      pendingHeading = b;
      continue;
    }
    if (verdict === DROP) continue;
    // A linked subhead between two prose paragraphs is a subhead (product names, people in a list story).
    if (pendingHeading && out.length > 0 && isProse(b.text, b.linkChars)) out.push(pendingHeading);
    pendingHeading = null;
    out.push(b);
  }
  return yield* withSameStyleBlocks(model, sel, flags, out);
}

/**
 * Story paragraphs styled alike (`p.story-body-text`) but split across containers by ads or layout
 * (several "story-body" chunks) are one story: pull in same-class blocks from outside the chosen
 * containers, unless they sit in a container named or tagged as not-story.
 */
function* withSameStyleBlocks(model: PageModel, sel: Selection, flags: Flags, story: Block[]): Generator<void, Block[]> {
  const bySig = new Map<string, { chars: number; n: number }>();
  let total = 0;
  for (const b of story) {
    total += b.text.length;
    const sig = signature(b);
    if (!sig) continue;
    const e = bySig.get(sig) ?? { chars: 0, n: 0 };
    e.chars += b.text.length;
    e.n++;
    bySig.set(sig, e);
  }
  let best: string | null = null;
  for (const [sig, e] of bySig) if (e.n >= 3 && e.chars >= total * 0.5 && (!best || e.chars > bySig.get(best)!.chars)) best = sig;
  if (!best) return story;
  const inStory = new Set(story.map((b) => b.el));
  // Ancestors shared with the chosen containers are not evidence against a block.
  const shared = new Set<ElementInfo>();
  for (const r of sel.roots) for (let p: ElementInfo | null = model.info(r); p; p = p.parent) shared.add(p);
  const extra: Block[] = [];
  for (const b of model.blocks) {
    if (b.index % SLICE === 0) yield;
    if (inStory.has(b.el) || signature(b) !== best || !isProse(b.text, b.linkChars)) continue;
    let ok = true;
    for (let p: ElementInfo | null = model.info(b.el).parent; p && !shared.has(p); p = p.parent) {
      const named = boilerplateName(p.el);
      if (NEVER_STORY_TAGS.has(p.tag) || named === NAME_COMMENTS || named === NAME_STRONG || (flags.stripUnlikely && isUnlikely(p.el, p.tag))) {
        ok = false;
        break;
      }
    }
    if (ok) extra.push(b);
  }
  if (!extra.length) return story;
  return [...story, ...extra].sort((a, b) => a.index - b.index);
}

function signature(b: Block): string | null {
  const c = attr(b.el, 'class');
  return c && c.trim() ? `${b.tag}.${c.trim()}` : null;
}

/** Readability's _cleanConditionally, on counts instead of a mutated tree. */
function conditionallyDropped(model: PageModel, i: ElementInfo, flags: Flags): boolean {
  const weight = flags.weightClasses ? classWeight(i.el) : 0;
  if (weight < 0) return true;
  if (i.commas >= 10) return false;
  const isList = i.tag === 'ul' || i.tag === 'ol' || (i.listItems > 0 && i.listItems >= i.blocks * 0.9);
  const density = model.linkDensity(i);
  if (isList) return density > 0.5;
  // Data tables (headers, caption) are content however many links their cells hold.
  if (i.tag === 'table') return density > 0.5 && !hasDescendant(i.el, DATA_TABLE_TAGS);
  const headingDensity = i.chars ? i.headingChars / i.chars : 0;
  if (i.listItems - 100 > i.paragraphs) return true;
  // Sign-up boxes and comment forms: more controls than a story paragraph or three would carry.
  if (i.controls > Math.floor(i.paragraphs / 3)) return true;
  if (headingDensity < 0.9 && i.chars < 25 && density > 0) return true;
  if (weight < 25 && density > 0.2) return true;
  if (weight >= 25 && density > 0.5) return true;
  return false;
}

const DROP = 0;
const KEEP = 1;
const KEEP_IF_PROSE_FOLLOWS = 2;

function keepBlock(b: Block, position: number, titleKey: string): number {
  const text = b.text;
  const heading = HEADING.test(b.tag);
  if (!HAS_WORD.test(text)) return DROP;
  if (b.tag === 'figcaption' || b.tag === 'caption') return DROP;
  if (text.length < 40 && AD_LABEL.test(text)) return DROP;
  if (text.length < 160 && FURNITURE.test(text) && (b.linkChars > 0 || text.length < 60)) return DROP;
  if (text.length < 120 && FURNITURE_LINE.test(text)) return DROP;
  if (text.length < 60 && DATE_ONLY.test(text)) return DROP;
  // "[Read: …]", "[Get our newsletter]": bracketed lines with a link are promos set into the story.
  if (b.linkChars > 0 && text.length < 300 && BRACKETED.test(text)) return DROP;
  if (position < 3 && text.length < 80 && BYLINE.test(text)) return DROP;
  if ((heading || position === 0) && titleKey && normalizeTitle(text) === titleKey) return DROP;
  if (b.tag === 'h1' && position === 0) return DROP;
  // Mostly-link lines are link lists ("see also", related headlines) unless they say more than the link.
  if (b.linkChars > text.length * 0.85 || (b.linkChars > text.length * 0.6 && text.length < 60)) {
    if (!heading) return DROP;
    // Headings linked to their own anchor (permalinks, table-of-contents back links) are still headings.
    return onlyAnchorLinks(b.el) ? KEEP : KEEP_IF_PROSE_FOLLOWS;
  }
  return KEEP;
}
