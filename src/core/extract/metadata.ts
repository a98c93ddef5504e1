/**
 * Article metadata: title, byline, published date, site name and language, from JSON-LD, OpenGraph and
 * other meta tags, falling back to what the page shows (<title>, <h1>, bylines, <time>).
 */
import { rootElement, attr, dataOf, ELEMENT, firstChild, nextAfterSubtree, nextSibling, nodeType, parentOf, tagOf, TEXT, CDATA, DOCUMENT_FRAGMENT } from './dom.ts';
import { isHidden } from './block-text.ts';
import { runToEnd, SLICE } from './steps.ts';

export interface PageMeta {
  title: string | null;
  byline: string | null;
  published: string | null;
  site: string | null;
  /** Declared language (normalized BCP 47), or null when the page does not say. */
  language: string | null;
  /** The page says it is an article (og:type article or a JSON-LD article type). */
  declaresArticle: boolean;
  /** The page's summary (meta description, OpenGraph or JSON-LD): a heading repeating it is the stand-first. */
  description?: string | null;
}

interface Raw {
  metas: Map<string, string>;
  ld: string[];
  docTitle: string;
  h1: string[];
  times: string[];
  bylines: string[];
  htmlLang: string | null;
}

const MAX_ELEMENTS = 400_000;

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function textOf(el: Element, limit = 400): string {
  let s = '';
  let node: Node | null = firstChild(el);
  let guard = 0;
  while (node && s.length < limit && guard++ < 5000) {
    const t = nodeType(node);
    if (t === TEXT || t === CDATA) s += dataOf(node);
    const down = t === ELEMENT && !['script', 'style'].includes(tagOf(node as Element)) ? firstChild(node) : null;
    if (down) {
      node = down;
      continue;
    }
    node = nextAfterSubtree(node, el);
  }
  return squash(s);
}

const BYLINE_NAME = /\b(byline|author|writtenby|p-author|contributor)\b/i;

function* gather(doc: Document): Generator<void, Raw> {
  const raw: Raw = { metas: new Map(), ld: [], docTitle: '', h1: [], times: [], bylines: [], htmlLang: null };
  let node: Node | null = rootElement(doc);
  let n = 0;
  while (node && n++ < MAX_ELEMENTS) {
    if (n % SLICE === 0) yield;
    let down: Node | null = null;
    if (nodeType(node) === ELEMENT) {
      const el = node as Element;
      const tag = tagOf(el);
      if (tag === 'html' && raw.htmlLang === null) raw.htmlLang = attr(el, 'lang') ?? attr(el, 'xml:lang');
      if (tag === 'meta') {
        const key = attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop') ?? attr(el, 'http-equiv');
        const content = attr(el, 'content');
        if (key && content && content.trim()) {
          for (const k of key.toLowerCase().split(/\s+/)) if (k && !raw.metas.has(k)) raw.metas.set(k, content.trim());
        }
      } else if (tag === 'script') {
        const type = (attr(el, 'type') ?? '').toLowerCase();
        if (type.includes('ld+json') && raw.ld.length < 20) raw.ld.push(textOf(el, 200_000));
      } else if (tag === 'title') {
        if (!raw.docTitle) raw.docTitle = textOf(el);
      } else if (tag !== 'style' && tag !== 'noscript' && tag !== 'template' && !isHidden(el)) {
        if (tag === 'h1' && raw.h1.length < 3) raw.h1.push(textOf(el));
        if (tag === 'time' && raw.times.length < 5) {
          const dt = attr(el, 'datetime');
          if (dt) raw.times.push(dt);
        }
        if (raw.bylines.length < 3) {
          const rel = attr(el, 'rel');
          const itemprop = attr(el, 'itemprop');
          const name = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
          if (rel === 'author' || (itemprop && /\bauthor\b/.test(itemprop)) || BYLINE_NAME.test(name)) {
            const t = textOf(el, 200);
            if (t && t.length < 100) raw.bylines.push(t);
          }
        }
        down = firstChild(node);
      }
      if (tag === 'html' || tag === 'head' || tag === 'body') down = firstChild(node);
    } else if (nodeType(node) === 9) down = firstChild(node);
    if (down) {
      node = down;
      continue;
    }
    let cur: Node | null = node;
    node = null;
    while (cur) {
      const sib = nextSibling(cur);
      if (sib) {
        node = sib;
        break;
      }
      cur = parentOf(cur);
      if (cur && (nodeType(cur) === 9 || nodeType(cur) === DOCUMENT_FRAGMENT)) cur = null;
    }
  }
  return raw;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const ARTICLE_TYPE = /article|posting|report|blog|newsarticle|story|liveblog/i;

function ldObjects(raw: Raw): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const visit = (v: Json, depth: number) => {
    if (depth > 6 || out.length > 200 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    out.push(v);
    if (v['@graph']) visit(v['@graph'], depth + 1);
    if (v.mainEntity && typeof v.mainEntity === 'object') visit(v.mainEntity, depth + 1);
  };
  for (const src of raw.ld) {
    try {
      // Some CMSes wrap JSON-LD in CDATA or comments.
      visit(JSON.parse(src.replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, '')) as Json, 0);
    } catch {
      /* malformed JSON-LD is common; other sources still apply */
    }
  }
  return out;
}

function typesOf(o: Record<string, Json>): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return squash(v) || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str(v.name ?? v['@value']);
  return null;
}

function names(v: Json | undefined): string | null {
  if (!v) return null;
  const list = (Array.isArray(v) ? v : [v]).map((x) => str(x)).filter((x): x is string => !!x && !/^https?:/.test(x));
  return list.length ? [...new Set(list)].join(', ') : null;
}

/** ISO 8601 form of a date string, or null when it cannot be read as a date. */
export function toIsoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(t);
  if (m) {
    if (!m[2]) return m[1]!;
    const zone = m[3] ? (m[3].toUpperCase() === 'Z' ? 'Z' : m[3].length === 5 ? `${m[3].slice(0, 3)}:${m[3].slice(3)}` : m[3]) : '';
    return `${m[1]}T${m[2]}${zone}`;
  }
  if (t.length > 80) return null;
  const ms = Date.parse(t);
  if (!Number.isFinite(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  return year > 1900 && year < 2200 ? new Date(ms).toISOString() : null;
}

function normalizeLang(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = /^\s*([a-z]{2,3})(?:[-_]([a-z0-9]{2,8}))?/i.exec(s);
  if (!m) return null;
  return m[2] ? `${m[1]!.toLowerCase()}-${m[2].length === 2 ? m[2].toUpperCase() : m[2]}` : m[1]!.toLowerCase();
}

/** JSON-LD `headline`, or `name` when that is what the page's <title> shows (some sites put a summary in headline). */
function ldTitle(article: Record<string, Json> | null, docTitle: string): string | null {
  const headline = str(article?.headline);
  const name = str(article?.name);
  if (headline && name && headline !== name) {
    const t = docTitle.toLowerCase();
    if (t.includes(name.toLowerCase()) && !t.includes(headline.toLowerCase())) return name;
  }
  return headline ?? null;
}

const TITLE_SEPARATOR = /\s+[|\-–—\\/>»·:]\s+/;

/** <title> minus a " - Site Name" part, as Readability trims it. */
function cleanDocTitle(docTitle: string, site: string | null): string {
  if (!docTitle) return docTitle;
  const parts = docTitle.split(TITLE_SEPARATOR);
  if (parts.length < 2) return docTitle;
  if (site) {
    const rest = parts.filter((p) => p.trim().toLowerCase() !== site.toLowerCase());
    if (rest.length < parts.length) return rest.join(' - ');
  }
  // Keep the longest part when it is a real headline, else the whole title.
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.split(/\s+/).length >= 4 ? longest : docTitle;
}

/** The page's metadata (sync). */
export function readMetadata(doc: Document): PageMeta {
  return runToEnd(readMetadataSteps(doc));
}

/** The page's metadata, in slices. */
export function* readMetadataSteps(doc: Document): Generator<void, PageMeta> {
  const raw = yield* gather(doc);
  const meta = (...keys: string[]) => {
    for (const k of keys) {
      const v = raw.metas.get(k);
      if (v) return squash(v);
    }
    return null;
  };
  const objs = ldObjects(raw);
  const article = objs.find((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t))) ?? null;
  const website = objs.find((o) => typesOf(o).includes('WebSite')) ?? null;

  const site =
    meta('og:site_name') ??
    str(article?.publisher) ??
    (website ? str(website.name) : null) ??
    meta('application-name', 'al:android:app_name', 'twitter:site:name');

  let title = ldTitle(article, raw.docTitle) ?? meta('og:title', 'twitter:title', 'dc.title', 'title', 'parsely-title', 'sailthru.title') ?? null;
  if (!title) title = cleanDocTitle(raw.docTitle, site) || raw.h1[0] || null;
  else if (site && title.toLowerCase().endsWith(site.toLowerCase())) title = cleanDocTitle(title, site);

  let byline = names(article?.author) ?? names(article?.creator);
  byline ??= meta('author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl', 'byline');
  // Profile URLs and @handles name an account, not the writer.
  if (byline && /^(?:https?:|@)/.test(byline)) byline = null;
  byline ??= raw.bylines.find((b) => !b.startsWith('@')) ?? null;
  if (byline) byline = byline.replace(/^(?:by|von|par|por|di|door)\s+/i, '').replace(/[\s—–\-|,·:]+$/, '').trim() || null;

  const published =
    toIsoDate(str(article?.datePublished)) ??
    toIsoDate(meta('article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date', 'date', 'article.published', 'published_time', 'og:article:published_time')) ??
    toIsoDate(raw.times[0]) ??
    toIsoDate(str(article?.dateCreated));

  const language =
    normalizeLang(raw.htmlLang) ??
    normalizeLang(meta('content-language', 'language', 'dc.language', 'og:locale')) ??
    normalizeLang(str(article?.inLanguage));

  const ogType = meta('og:type') ?? '';
  const description = meta('og:description', 'description', 'twitter:description') ?? str(article?.description);
  return { title, byline, published, site, language, declaresArticle: !!article || /article/i.test(ogType), description };
}
