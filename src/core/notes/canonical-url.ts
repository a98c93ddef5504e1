/**
 * The key that finds a page's notes again: the page's canonical address with tracking parameters,
 * fragments and cosmetic differences removed. A reader who opens the same article from a newsletter
 * link (`?utm_source=...`), a social post (`?fbclid=...`) or the front page must see the same notes.
 */

/** Query parameters that only say where a click came from; never part of the article's identity. */
const TRACKING_EXACT = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid',
  'igshid', 'igsh', 'mc_cid', 'mc_eid', 'mkt_tok', '_ga', '_gl', '_hsenc', '_hsmi', 'hsctatracking',
  'oly_anon_id', 'oly_enc_id', 'vero_id', 'vero_conv', 'wickedid', 'ocid', 'ncid', 'cmpid', 'cmp',
  'smid', 'smtyp', 'sr_share', 'share', 'ref_src', 'ref_url', 'spm', 'scid', 's_cid', 'at_medium',
  'at_campaign', 'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4', 'ito', 'int_source', 'fromrss',
  '__twitter_impression', 'guccounter', 'guce_referrer', 'guce_referrer_sig', 'rss', 'xtor',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'at_', 'hsa_', 'vgo_ee'];

/** True for a query parameter name that carries tracking data only. */
export function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_EXACT.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix));
}

function parseHttp(raw: string, base?: string): URL | null {
  try {
    const url = base === undefined ? new URL(raw) : new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * The canonical form of a page address. `canonicalHref` is the page's `<link rel=canonical>` href
 * (relative hrefs are resolved against `url`); it wins when it is a valid http(s) address.
 * Never throws: an address that does not parse comes back trimmed.
 */
export function canonicalizeUrl(url: string, canonicalHref?: string | null): string {
  const page = typeof url === 'string' ? url.trim() : '';
  const fromLink = typeof canonicalHref === 'string' && canonicalHref.trim() !== ''
    ? parseHttp(canonicalHref.trim(), parseHttp(page)?.href)
    : null;
  const parsed = fromLink ?? parseHttp(page);
  if (!parsed) return page;
  parsed.hash = '';
  parsed.username = '';
  parsed.password = '';
  parsed.hostname = parsed.hostname.toLowerCase().replace(/\.$/, '');
  const kept = [...parsed.searchParams.entries()].filter(([name]) => !isTrackingParam(name));
  // Sorted so that the same parameters in another order give the same key.
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  parsed.search = kept.length ? new URLSearchParams(kept).toString() : '';
  if (parsed.pathname.length > 1 && parsed.pathname.endsWith('/')) {
    parsed.pathname = parsed.pathname.replace(/\/+$/, '') || '/';
  }
  return parsed.href;
}

/** The site a page belongs to: its host name without a leading "www.", or '' when it does not parse. */
export function siteOf(url: string): string {
  const parsed = typeof url === 'string' ? parseHttp(url.trim()) : null;
  return parsed ? parsed.hostname.toLowerCase().replace(/^www\./, '') : '';
}
