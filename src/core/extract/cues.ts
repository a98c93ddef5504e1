/**
 * Class/id/role cues: what a site's own names say about a container. The Readability-derived patterns
 * score candidates; the boilerplate words decide which parts inside the article are not story text.
 */
import { attr, classAndId } from './dom.ts';

// From @mozilla/readability (Apache-2.0): years of tuning on real pages.
export const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
export const OK_MAYBE = /and|article|body|column|content|main|mathjax|shadow/i;
export const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
export const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo', 'search']);

/**
 * Words in class/id names that mark non-story parts inside an article container. Matched as whole
 * words of the name (split on -, _, space and camelCase), so "shared-content" or "adapter" do not match.
 */
const BOILERPLATE_WORDS = new Set([
  'ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'adspot', 'adslot', 'adunit', 'dfp', 'gpt',
  'sponsor', 'sponsored', 'promo', 'promotion', 'promoted', 'outbrain', 'taboola', 'newsletter', 'subscribe',
  'subscription', 'signup', 'paywall', 'share', 'sharing', 'sharebar', 'social', 'comment', 'comments', 'disqus',
  'related', 'recommended', 'recommendations', 'readmore', 'also', 'trending', 'popular', 'sidebar', 'widget',
  'breadcrumb', 'breadcrumbs', 'byline', 'dateline', 'tags', 'tag', 'taglist', 'toolbar', 'tools', 'print',
  'pagination', 'pager', 'nav', 'navigation', 'menu', 'footer', 'masthead', 'cookie', 'cookies', 'gdpr', 'consent',
  'modal', 'popup', 'overlay', 'author', 'bio', 'caption', 'credit', 'credits', 'meta', 'rating', 'reactions',
  'player', 'audio', 'podcast', 'donate', 'donation', 'banner', 'teaser', 'teasers', 'more', 'next', 'prev',
  'follow', 'correction', 'corrections', 'disclaimer', 'login', 'register', 'header',
]);

/** Words that name the story container itself ("article-body", "entry-content"). */
const CONTENT_WORDS = new Set(['body', 'content', 'article', 'text', 'story', 'main', 'prose']);

function words(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** 0: neutral; 1: named as boilerplate; 2: named as boilerplate but also as content ("post-content-share"). */
export function boilerplateName(el: Element): 0 | 1 | 2 {
  const name = classAndId(el);
  let bad: 0 | 1 | 2 = 0;
  if (name && name.length < 1000) {
    const ws = words(name);
    if (ws.some((w) => BOILERPLATE_WORDS.has(w))) bad = ws.some((w) => CONTENT_WORDS.has(w)) ? 2 : 1;
  }
  const role = attr(el, 'role');
  if (role && UNLIKELY_ROLES.has(role.trim().toLowerCase())) bad = 1;
  return bad;
}

/** Readability's "unlikely candidate" test on one element. */
export function isUnlikely(el: Element, tag: string): boolean {
  if (tag === 'body' || tag === 'a' || tag === 'html') return false;
  const name = classAndId(el);
  if (name && UNLIKELY.test(name) && !OK_MAYBE.test(name)) return true;
  const role = attr(el, 'role');
  return !!role && UNLIKELY_ROLES.has(role.trim().toLowerCase()) && role !== 'banner';
}

/** Readability's class weight: ±25 for the class and for the id. */
export function classWeight(el: Element): number {
  let w = 0;
  const c = attr(el, 'class');
  if (c) {
    if (NEGATIVE.test(c)) w -= 25;
    if (POSITIVE.test(c)) w += 25;
  }
  const id = attr(el, 'id');
  if (id) {
    if (NEGATIVE.test(id)) w -= 25;
    if (POSITIVE.test(id)) w += 25;
  }
  return w;
}
