/**
 * From the chosen containers to the story's paragraphs: keeps the blocks inside them, drops the parts a
 * reader recognizes as not-the-story (share bars, ad labels, "read also" links, promo and newsletter
 * boxes, captions, bylines, comment threads) using general signals only: tags, class/id words, link
 * density, Readability's conditional cleaning, and the wording of short labels.
 */
import { bioName, boilerplateName, classWeight, isUnlikely, pullQuoteName, NAME_COMMENTS, NAME_MIXED, NAME_STRONG, NAME_WEAK } from './cues.ts';
import { isProse, type ElementInfo, type PageModel } from './page-model.ts';
import type { Flags, Selection } from './select.ts';
import type { Block } from './walk.ts';
import { SLICE } from './steps.ts';
import { attr, childElements, parentOf, someDescendant, tagOf } from './dom.ts';
import { DROP, isAuthorBio, isEndNote, keepBlock, KEEP_IF_PROSE_FOLLOWS, normalizeTitle } from './furniture.ts';

const NEVER_STORY_TAGS = new Set(['nav', 'aside', 'footer', 'figure', 'figcaption', 'form', 'menu', 'dialog', 'fieldset', 'legend', 'summary']);
const CONDITIONAL_TAGS = new Set(['div', 'section', 'ul', 'ol', 'table', 'dl', 'article']);

const TABLE_PARTS = new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot']);
const DATA_TABLE_TAGS = new Set(['th', 'thead', 'caption', 'colgroup']);

/** The story's blocks, in reading order, from the selected containers. */
export function* storyBlocks(model: PageModel, sel: Selection, flags: Flags, title: string | null, description: string | null = null): Generator<void, Block[]> {
  const roots = new Set(sel.roots);
  const rootChars = sel.roots.reduce((n, r) => n + model.info(r).chars, 0);
  const rootOf = new Map<ElementInfo, Element | null>();
  const excluded = new Map<ElementInfo, boolean>();
  const titleKey = title ? normalizeTitle(title) : '';
  const descriptionKey = description ? normalizeTitle(description) : '';

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
      // Whole-page forms (ASP.NET wraps every page in one) hold the story rather than a widget; a pull
      // quote set in an aside is a line of the story (human-labelled bodies keep it).
      out = !((i.tag === 'form' || i.tag === 'fieldset') && i.chars >= rootChars * 0.6) && !(i.tag === 'aside' && i.chars < 500 && pullQuoteName(i.el));
    }
    // Table parts are named for their role in the table ("header_cell"), not for page furniture.
    else if (TABLE_PARTS.has(i.tag)) out = false;
    else if (flags.stripUnlikely && isUnlikely(i.el, i.tag)) out = true;
    // The article's own header: headline, byline, date and the stand-first (dek), which human-labelled
    // article bodies leave out (scrapinghub's gold starts at the first paragraph on WSJ, Vox, The Verge).
    else if (i.tag === 'header' && i.chars < 500) out = true;
    else if ((i.tag === 'ul' || i.tag === 'ol') && i.chars < 300 && captionListAfterFigure(i.el)) out = true;
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
    const verdict = keepBlock(b, out.length, titleKey, b.tag === 'li' && b.linkChars > 0 && inProseList(model, self, root));
    if (verdict === KEEP_IF_PROSE_FOLLOWS) {
      pendingHeading = b;
      continue;
    }
    if (verdict === DROP) continue;
    // A heading that opens the body with the page's own summary is the stand-first set as a subhead
    // (human-labelled bodies leave it out); an opening paragraph that the summary repeats is the lede.
    if (out.length === 0 && descriptionKey && SUBHEAD.test(b.tag) && normalizeTitle(b.text) === descriptionKey) continue;
    // A linked subhead between two prose paragraphs is a subhead (product names, people in a list story).
    if (pendingHeading && out.length > 0 && isProse(b.text, b.linkChars)) out.push(pendingHeading);
    pendingHeading = null;
    out.push(b);
  }
  const story = yield* withSameStyleBlocks(model, sel, flags, out);
  return withoutTrailingBio(model, story);
}

const LISTS = new Set(['ul', 'ol']);
const SUBHEAD = /^h[2-6]$/;

/**
 * Whether a list item belongs to a list that is mostly prose (a changelog, a story told in bullets):
 * the outermost list around it inside the story, with at least three items, links under a third of its
 * text. A list of linked headlines ("related stories") is mostly links.
 */
function inProseList(model: PageModel, item: ElementInfo, root: Element): boolean {
  let list: ElementInfo | null = null;
  for (let p = item.parent; p && p.el !== root; p = p.parent) if (LISTS.has(p.tag)) list = p;
  return !!list && list.listItems >= 3 && model.linkDensity(list) < 0.33 && list.proseChars >= list.chars * 0.5;
}

/**
 * Drops the note about the writer that sites print after the story ("X is a correspondent for The
 * Post…") and the rights notice, recognized by wording or by a small container named for them. Only at
 * the end: the same words mid-story are reporting.
 */
function withoutTrailingBio(model: PageModel, story: Block[]): Block[] {
  let end = story.length;
  // A rights notice or print note ends the page's own text: it and whatever short lines follow it go.
  for (let k = story.length - 1; k >= 1 && k >= story.length - 3; k--) if (isEndNote(story[k]!.text)) end = k;
  while (end > 1 && story.length - end < 3) {
    const b = story[end - 1]!;
    // A short lead-in ("More games news:") with nothing after it introduced a list that was left out.
    const leadIn = b.text.length < 60 && b.text.endsWith(':');
    if (!(leadIn || isAuthorBio(b.text) || inBioContainer(model, b))) break;
    end--;
  }
  return end === story.length ? story : story.slice(0, end);
}

function inBioContainer(model: PageModel, b: Block): boolean {
  let n = 0;
  for (let p: ElementInfo | null = model.info(b.el); p && n < 4 && p.chars <= 800; p = p.parent, n++) {
    if (bioName(p.el)) return true;
  }
  return false;
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
  if (i.tag === 'table') return density > 0.5 && !someDescendant(i.el, (e) => DATA_TABLE_TAGS.has(tagOf(e)), 20_000);
  const headingDensity = i.chars ? i.headingChars / i.chars : 0;
  if (i.listItems - 100 > i.paragraphs) return true;
  // Sign-up boxes and comment forms: more controls than a story paragraph or three would carry.
  if (i.controls > Math.floor(i.paragraphs / 3)) return true;
  if (headingDensity < 0.9 && i.chars < 25 && density > 0) return true;
  if (weight < 25 && density > 0.2) return true;
  if (weight >= 25 && density > 0.5) return true;
  return false;
}

/**
 * A one-item list right after a figure is that figure's caption (The Guardian sets captions as
 * `figure + ul > li > p`); a story's own list has more items or follows text.
 */
function captionListAfterFigure(list: Element): boolean {
  const items = childElements(list, 3);
  if (items.length !== 1 || tagOf(items[0]!) !== 'li') return false;
  const parent = parentOf(list);
  if (!parent) return false;
  const siblings = childElements(parent, 5000);
  const k = siblings.indexOf(list);
  return k > 0 && ['figure', 'picture', 'img'].includes(tagOf(siblings[k - 1]!));
}
