/**
 * Chooses the article container: Readability's candidate scoring (paragraph scores flow to parents and
 * grandparents, class names weigh in, link-heavy containers lose), then the siblings that belong to the
 * same story. Works on the PageModel, never on a mutated DOM.
 */
import { boilerplateName, classWeight, NAME_COMMENTS, NAME_NEUTRAL } from './cues.ts';
import type { ElementInfo, PageModel } from './page-model.ts';
import { countCommas, readsAsProse } from './page-model.ts';
import { attr, childElements } from './dom.ts';
import { SLICE } from './steps.ts';

export interface Flags {
  stripUnlikely: boolean;
  weightClasses: boolean;
  cleanConditionally: boolean;
}

/** Tags whose text scores as a paragraph (Readability scores p, td, pre, section, h2-h6 and div-as-p). */
const SCORED = new Set(['p', 'pre', 'td', 'section', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'article', 'main', 'blockquote', 'center', 'font', 'span', 'body']);

function tagScore(tag: string): number {
  switch (tag) {
    case 'div':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

const FURNITURE_TAGS = new Set(['footer', 'nav', 'aside', 'header', 'menu', 'dialog']);

export interface Selection {
  top: ElementInfo;
  /** The top candidate and its sibling containers that hold the story, in document order. */
  roots: Element[];
}

/** Picks the container(s) of the article body, or null when the page has no scoring text at all. */
export function* selectRoots(model: PageModel, flags: Flags): Generator<void, Selection | null> {
  const scores = new Map<ElementInfo, number>();
  const init = (i: ElementInfo): number => {
    let s = scores.get(i);
    if (s === undefined) {
      s = tagScore(i.tag) + (flags.weightClasses ? classWeight(i.el) : 0);
      scores.set(i, s);
    }
    return s;
  };

  // Readability's paragraph score: a base of 1, one per comma-separated piece, one per 100 characters (up
  // to 3), handed to the parent in full, the grandparent half, further ancestors a third per level.
  const credit = (self: ElementInfo, chars: number, commas: number) => {
    const score = 2 + commas + Math.min(Math.floor(chars / 100), 3);
    let level = 0;
    for (let a = self.parent; a && level < 5; a = a.parent, level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(a, init(a) + score / divider);
    }
  };
  for (const b of model.blocks) {
    if (b.index % SLICE === 0) yield;
    if (b.text.length < 25 || b.tag === 'section') continue;
    // List items score too when they read as prose: some stories are bullet lists (newsletters, changelogs).
    if (!SCORED.has(b.tag) && !(b.tag === 'li' && b.linkChars < b.text.length * 0.5)) continue;
    if (flags.stripUnlikely && model.unlikely(b.el)) continue;
    if (!readsAsProse(b.text)) continue;
    credit(model.info(b.el), b.text.length, countCommas(b.text));
  }
  // A <section> scores as one paragraph of all its text, as in Readability: a page built of sections
  // (feature lists, chaptered stories) credits their common parent, not one box among them.
  let n = 0;
  for (const i of model.infos.values()) {
    if ((++n & (SLICE - 1)) === 0) yield;
    if (i.tag !== 'section' || i.chars < 25 || (flags.stripUnlikely && model.unlikely(i.el))) continue;
    credit(i, i.chars, i.commas);
  }
  // Nothing long enough to score: a tiny page is its own candidate (the article check decides).
  if (scores.size === 0) return model.blocks.length ? { top: model.info(model.body), roots: [model.body] } : null;

  // Scale by link density; keep the five best.
  const ranked: [ElementInfo, number][] = [];
  // A container without a single prose block cannot be the article, whatever its class names say;
  // page furniture (footer, navigation, comment threads) cannot be either.
  for (const [i, s] of scores) {
    if (FURNITURE_TAGS.has(i.tag) || boilerplateName(i.el) === NAME_COMMENTS) continue;
    ranked.push([i, s * (1 - model.linkDensity(i)) * (i.proseChars > 0 ? 1 : 0.5)]);
  }
  if (ranked.length === 0) return { top: model.info(model.body), roots: [model.body] };
  ranked.sort((a, b) => b[1] - a[1] || b[0].chars - a[0].chars);
  const final = new Map(ranked);
  let [top, topScore] = ranked[0]!;

  // Several near-equal candidates under one ancestor: the story is split, take the ancestor.
  const alternatives = ranked.slice(1, 5).filter(([, s]) => s / topScore >= 0.75).map(([i]) => i);
  if (alternatives.length >= 3) {
    for (let p = top.parent; p && p.el !== model.body; p = p.parent) {
      let containing = 0;
      for (const alt of alternatives) if (isAncestor(p, alt)) containing++;
      if (containing >= 3) {
        top = p;
        break;
      }
    }
  }
  topScore = final.get(top) ?? topScore;

  // Climb while the parent scores better (the story's wrapper scored through several children).
  let last = topScore;
  const threshold = last / 3;
  for (let p = top.parent; p && p.el !== model.body; p = p.parent) {
    const ps = final.get(p);
    if (ps === undefined) continue;
    if (ps < threshold) break;
    if (ps > last) {
      top = p;
      break;
    }
    last = ps;
  }
  // A lone child says nothing more than its parent.
  while (top.parent && top.parent.el !== model.body && top.parent.chars === top.chars && childElements(top.parent.el, 2).length === 1) {
    top = top.parent;
  }
  topScore = final.get(top) ?? topScore;

  const roots = siblingsOfStory(model, top, topScore, final, flags);
  return { top, roots: wholeParent(model, top, roots, flags) ?? roots };
}

/**
 * The story split into several sibling sections ("article-section-1…4"): their parent also holds what
 * sits between and around them (the stand-first, subheads, lone paragraphs). Take the parent when the
 * sections are most of it and it is not link-heavy; content.ts then drops its furniture by name and shape.
 */
function wholeParent(model: PageModel, top: ElementInfo, roots: Element[], flags: Flags): Element[] | null {
  const parent = top.parent;
  if (roots.length < 2 || !parent || parent.el === model.body) return null;
  const rootChars = roots.reduce((n, r) => n + model.info(r).chars, 0);
  if (rootChars < parent.chars * 0.8 || model.linkDensity(parent) > 0.2) return null;
  if (FURNITURE_TAGS.has(parent.tag) || boilerplateName(parent.el) !== NAME_NEUTRAL || (flags.stripUnlikely && model.unlikely(parent.el))) return null;
  return [parent.el];
}

function isAncestor(a: ElementInfo, b: ElementInfo): boolean {
  for (let p: ElementInfo | null = b; p; p = p.parent) if (p === a) return true;
  return false;
}

const SENTENCE_END = /\.( |$)/;

/** Readability's sibling rule: same-class or well-scored siblings, and plain paragraphs next to the body. */
function siblingsOfStory(model: PageModel, top: ElementInfo, topScore: number, final: Map<ElementInfo, number>, flags: Flags): Element[] {
  if (!top.parent || top.el === model.body) return [top.el];
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = safeClass(top.el);
  const roots: Element[] = [];
  for (const sib of childElements(top.parent.el)) {
    if (sib === top.el) {
      roots.push(sib);
      continue;
    }
    const info = model.infos.get(sib);
    if (!info || info.chars === 0) continue;
    let bonus = 0;
    if (topClass && safeClass(sib) === topClass) bonus += topScore * 0.2;
    const s = final.get(info);
    if (s !== undefined && s + bonus >= threshold) {
      roots.push(sib);
      continue;
    }
    // A sibling that is mostly running prose continues the story, even when its paragraphs sit too deep
    // to have scored it (layouts that wrap each story chunk in several divs).
    if (
      info.proseChars >= Math.max(250, info.chars * 0.6) &&
      // Teaser modules (linked headline + standfirst) run at 0.15-0.3; story text rarely links that much.
      model.linkDensity(info) < 0.1 &&
      boilerplateName(sib) === NAME_NEUTRAL &&
      !(flags.stripUnlikely && model.unlikely(sib))
    ) {
      roots.push(sib);
      continue;
    }
    if (info.tag === 'p') {
      const density = model.linkDensity(info);
      const text = model.blockOf.get(sib)?.text ?? '';
      if ((info.chars > 80 && density < 0.25) || (info.chars < 80 && info.chars > 0 && density === 0 && SENTENCE_END.test(text))) {
        roots.push(sib);
      }
    }
  }
  return roots;
}

function safeClass(el: Element): string {
  return attr(el, 'class') ?? '';
}
