/**
 * Class/id/role cues: what a site's own names say about a container. The Readability-derived patterns
 * score candidates; the boilerplate words decide which parts inside the article are not story text.
 */
import { attr } from './dom.ts';

// From @mozilla/readability (Apache-2.0): years of tuning on real pages.
export const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
export const OK_MAYBE = /and|article|body|column|content|main|mathjax|shadow/i;
export const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
export const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo', 'search']);

/**
 * Words in class/id names that mark non-story parts inside an article container. Matched as whole
 * words of the name (split on -, _, space and camelCase), so "shared-content" or "adapter" do not match.
 * Strong words name things that are never story text; weak words only count for small containers.
 */
const STRONG_WORDS = new Set([
  'ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'adspot', 'adslot', 'adunit', 'dfp',
  'sponsor', 'sponsored', 'promo', 'promotion', 'promoted', 'outbrain', 'taboola', 'newsletter', 'subscribe',
  'subscription', 'signup', 'share', 'sharing', 'sharebar', 'social', 'comment', 'comments', 'disqus', 'related',
  'recommended', 'recommendations', 'readmore', 'trending', 'popular', 'sidebar', 'widget', 'breadcrumb',
  'breadcrumbs', 'tags', 'taglist', 'toolbar', 'pagination', 'pager', 'nav', 'navigation', 'menu', 'footer',
  'masthead', 'cookie', 'cookies', 'gdpr', 'consent', 'modal', 'popup', 'overlay', 'donate', 'donation', 'paywall',
]);
const WEAK_WORDS = new Set([
  'also', 'more', 'next', 'prev', 'author', 'bio', 'byline', 'dateline', 'meta', 'caption', 'credit', 'credits',
  'player', 'audio', 'podcast', 'teaser', 'teasers', 'tools', 'print', 'rating', 'reactions', 'follow', 'tag',
  'correction', 'disclaimer', 'login', 'register', 'header', 'banner', 'gpt', 'date', 'timestamp',
]);

/** Captions, stand-firsts and galleries: beside the story, not in it, even when the name also says "text" or "story". */
const PERIPHERAL_WORDS = new Set([
  'caption', 'captions', 'credit', 'credits', 'figcaption', 'photocredit', 'imagecredit', 'cutline',
  'dek', 'standfirst', 'strapline',
  // Picture galleries and slideshows set into a story: their titles, counters and captions.
  'gallery', 'galleries', 'slideshow', 'slideshows', 'carousel', 'lightbox',
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

/**
 * The class and id an element is named by, leaving out ids that are slugs of a heading
 * ("sharing-with-a-single-developer"): those describe the text, not the page furniture.
 */
export function cueName(el: Element): string {
  const c = attr(el, 'class') ?? '';
  const id = attr(el, 'id') ?? '';
  const slug = id.split(/[-_]/).length >= 4;
  return slug || !id ? c : `${c} ${id}`;
}

export const NAME_NEUTRAL = 0;
export const NAME_STRONG = 1;
export const NAME_WEAK = 2;
export const NAME_MIXED = 3;
/** Named as a comment thread: never story text, however large. */
export const NAME_COMMENTS = 4;
const COMMENT_WORDS = new Set([
  'comment', 'comments', 'disqus', 'replies', 'respond', 'discussion', 'responses',
  // The same threads named in the site's own language.
  'comentario', 'comentarios', 'commentaire', 'commentaires', 'kommentar', 'kommentare', 'commento', 'commenti',
  'reacties', 'komentarze',
]);

/** "no-caption", "without-byline": the name says the thing is absent. */
function negated(ws: string[], k: number): boolean {
  return ws[k - 1] === 'no' || ws[k - 1] === 'without';
}

/** What the element's class/id say: neutral, strong or weak boilerplate, or boilerplate mixed with content words. */
export function boilerplateName(el: Element): number {
  const role = attr(el, 'role');
  if (role && UNLIKELY_ROLES.has(role.trim().toLowerCase())) return NAME_STRONG;
  const name = cueName(el);
  if (!name || name.length > 1000) return NAME_NEUTRAL;
  const ws = words(name);
  const content = ws.some((w) => CONTENT_WORDS.has(w));
  if (ws.some((w) => COMMENT_WORDS.has(w)) && !content) return NAME_COMMENTS;
  if (ws.some((w) => STRONG_WORDS.has(w))) return content ? NAME_MIXED : NAME_STRONG;
  // "image-caption-text", "story-dek": a caption or a stand-first is that whatever else it is called;
  // "no_caption" says the opposite (BuzzFeed marks list items that have none).
  if (ws.some((w, k) => PERIPHERAL_WORDS.has(w) && !negated(ws, k))) return NAME_WEAK;
  if (ws.some((w, k) => WEAK_WORDS.has(w) && !negated(ws, k))) return content ? NAME_NEUTRAL : NAME_WEAK;
  return NAME_NEUTRAL;
}

const BIO_WORDS = new Set(['bio', 'bios', 'biography', 'contributor', 'contributors', 'author', 'authors', 'byline', 'about']);

/** Named as a note about the writer ("post-body-bio", "author-info"), whatever else the name says. */
export function bioName(el: Element): boolean {
  const name = cueName(el);
  return !!name && name.length <= 1000 && words(name).some((w) => BIO_WORDS.has(w));
}

/** Named as a pull quote ("c-pullquote", "pull-quote"): a line of the story set large, part of the body. */
export function pullQuoteName(el: Element): boolean {
  const name = cueName(el);
  if (!name || name.length > 1000) return false;
  const ws = words(name);
  return ws.includes('pullquote') || (ws.includes('pull') && (ws.includes('quote') || ws.includes('quotes')));
}

/** Readability's "unlikely candidate" test on one element. */
export function isUnlikely(el: Element, tag: string): boolean {
  if (tag === 'body' || tag === 'a' || tag === 'html') return false;
  const name = cueName(el);
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
  if (id && id.split(/[-_]/).length < 4) {
    if (NEGATIVE.test(id)) w -= 25;
    if (POSITIVE.test(id)) w += 25;
  }
  return w;
}
