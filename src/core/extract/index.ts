/**
 * The article finder: the story's paragraphs (and the DOM elements they come from) plus metadata, from a
 * Document it is given: linkedom in the CLI, the live page in the content script. Never mutates the
 * page, never throws, bounded in time; `extractArticleAsync` does the same work in ~20 ms slices.
 */
import type { Article } from '../types.ts';
import { storyBlocks } from './content.ts';
import { bodyOf } from './dom.ts';
import { checkDeclaredLanguage, guessLanguage } from './language.ts';
import { readMetadataSteps, type PageMeta } from './metadata.ts';
import { PageModel } from './page-model.ts';
import { selectRoots, type Flags, type Selection } from './select.ts';
import { runToEnd } from './steps.ts';
import { collectBlocks, type Block, type WalkNotes } from './walk.ts';

export { blockText, rangePoints } from './block-text.ts';
export type { BlockText, Segment, RangePoints } from './block-text.ts';

export interface Extraction {
  article: Article;
  /** blocks[i] is the element whose `blockText` is article.paragraphs[i]. */
  blocks: Element[];
}

export interface ExtractOptions {
  /** The page's address, when known: names the site when the page itself does not. */
  url?: string;
}

export interface AsyncExtractOptions extends ExtractOptions {
  /** Called whenever ~20 ms of work have passed, so the page's main thread stays responsive. */
  yieldToPage: () => Promise<void>;
  /** Clock in ms; defaults to performance.now. */
  now?: () => number;
}

/** Readability's retry ladder: if the story comes out short, loosen one rule at a time. */
const ATTEMPTS: Flags[] = [
  { stripUnlikely: true, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];
const ENOUGH_CHARS = 500;

function* extractSteps(doc: Document, opts: ExtractOptions): Generator<void, Extraction | null> {
  const body = bodyOf(doc);
  if (!body) return null;
  const meta = yield* readMetadataSteps(doc);
  meta.site ??= hostName(opts.url);
  const notes: WalkNotes = { ariaHiddenContainers: 0, controls: [] };
  const found = yield* extractFrom(body, meta, false, notes);
  // An open modal (cookie consent, sign-up wall) marks the rest of the page aria-hidden: when that leaves
  // no story or a short one, look again past it and keep the longer story.
  if (notes.ariaHiddenContainers === 0 || (found && storyChars(found) >= 1000)) return found;
  const lenient = yield* extractFrom(body, meta, true);
  return lenient && (!found || storyChars(lenient) > storyChars(found)) ? lenient : found;
}

/** "www.example.co.uk" → "example.co.uk"; null for anything that is not an http(s) URL. */
function hostName(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) && u.hostname ? u.hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

function storyChars(x: Extraction): number {
  return x.article.paragraphs.reduce((n, p) => n + p.length, 0);
}

function* extractFrom(body: Element, meta: PageMeta, lenientAriaHidden: boolean, notes?: WalkNotes): Generator<void, Extraction | null> {
  const walkNotes: WalkNotes = notes ?? { ariaHiddenContainers: 0, controls: [] };
  const blocks = yield* collectBlocks(body, lenientAriaHidden, walkNotes);
  if (blocks.length === 0) return null;
  yield;
  const model = yield* new PageModel(body, blocks).build(walkNotes.controls);
  // Readability's ladder: a short or implausible story retries with one rule loosened.
  let best: { story: Block[]; chars: number } | null = null;
  for (const flags of ATTEMPTS) {
    const sel = yield* selectRoots(model, flags);
    if (!sel) continue;
    const story = yield* storyBlocks(model, sel, flags, meta.title, meta.description ?? null);
    if (!looksLikeArticle(story, sel, model, meta)) continue;
    const chars = story.reduce((n, b) => n + weightedLength(b.text), 0);
    // A loosened rule must find clearly more story to win: it also lets more furniture in.
    if (!best || chars > best.chars * 1.5) best = { story, chars };
    if (chars >= ENOUGH_CHARS) break;
  }
  if (!best) return null;
  const paragraphs = best.story.map((b) => b.text);
  const article: Article = {
    title: meta.title,
    byline: meta.byline,
    published: meta.published,
    site: meta.site,
    language: meta.language ? checkDeclaredLanguage(meta.language, paragraphs) : guessLanguage(paragraphs),
    paragraphs,
  };
  return { article, blocks: best.story.map((b) => b.el) };
}

/**
 * No article, no annotation: section fronts, search results, login forms and video pages have no run
 * of real prose, or their "best" container is mostly links.
 */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{8}/;

const SENTENCE = /\p{L}{2}[.!?。！？]/u;

/** Length in "Latin characters": CJK text says as much in a third of the characters. */
function weightedLength(text: string): number {
  return text.length * (CJK.test(text) ? 3 : 1);
}

function looksLikeArticle(story: Block[], sel: Selection, model: PageModel, meta: PageMeta): boolean {
  let chars = 0;
  let links = 0;
  let prose = 0;
  let rawChars = 0;
  let longParagraphs = 0;
  for (const b of story) {
    rawChars += b.text.length;
    const len = weightedLength(b.text);
    chars += len;
    links += b.linkChars;
    if (len >= 140 && b.linkChars / b.text.length < 0.3) {
      prose += Math.sqrt(len - 140);
      if (len >= 300) longParagraphs++;
    }
  }
  // Teasers on a front are short; five long paragraphs are a story, even one that links a lot (wikis,
  // explainers, link-rich blogs): the link limits loosen for it.
  const slack = longParagraphs >= 5 ? 0.1 : 0;
  if (chars === 0 || links > chars * (0.3 + slack)) return false;
  const containerLinks = model.linkDensity(sel.top);
  if (containerLinks > (meta.declaresArticle ? 0.45 : 0.35) + slack) return false;
  if (prose >= (meta.declaresArticle ? 6 : 8)) return true;
  // A short story still counts when it is most of what the page says (no teasers, menus or forms around it).
  const pageChars = model.info(model.body).chars;
  if (chars >= 250 && rawChars >= pageChars * 0.5) return true;
  // A page that is one run of text with nothing around it to choose from (no links, no form) is its own
  // article however short: section fronts, search results and login pages give themselves away by links
  // and controls.
  const page = model.info(model.body);
  if (page.linkChars <= pageChars * 0.1 && page.controls === 0 && rawChars >= pageChars * 0.9) return true;
  return rawChars >= 40 && rawChars >= pageChars * 0.8 && SENTENCE.test(story.map((b) => b.text).join(' '));
}

/** The article in `doc`, or null when the page holds none. Never throws. */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): Extraction | null {
  try {
    return runToEnd(extractSteps(doc, opts));
  } catch {
    return null;
  }
}

/** Same result as extractArticle, pausing via `yieldToPage` whenever ~20 ms of work have passed. */
export async function extractArticleAsync(doc: Document, opts: AsyncExtractOptions): Promise<Extraction | null> {
  const now = opts.now ?? (() => performance.now());
  try {
    const steps = extractSteps(doc, opts);
    let sliceStart = now();
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (now() - sliceStart >= 20) {
        await opts.yieldToPage();
        sliceStart = now();
      }
    }
  } catch {
    return null;
  }
}
