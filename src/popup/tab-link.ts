/**
 * The popup's link to one tab: reads its page state, focuses spans, and injects the content script on
 * request where Lede has no standing access to the site (Firefox MV3 host access is opt-in; activeTab
 * covers the current tab when the reader opens the popup).
 */
import { browser } from '../shared/browser.ts';
import { toContent, type PageState } from '../shared/messages.ts';

export const ALL_SITES = ['http://*/*', 'https://*/*'];

export async function currentTab(fixed: number | null): Promise<{ id: number; url: string } | null> {
  if (fixed !== null) {
    const t = await browser.tabs.get(fixed).catch(() => null);
    return t?.id !== undefined ? { id: t.id, url: t.url ?? '' } : null;
  }
  const [t] = await browser.tabs.query({ active: true, currentWindow: true });
  return t?.id !== undefined ? { id: t.id, url: t.url ?? '' } : null;
}

/** The page's state, or null when no Lede content script answers there. */
export async function pageState(tabId: number): Promise<PageState | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, toContent('getPageState', {}))) as PageState) ?? null;
  } catch {
    return null;
  }
}

export async function hasSiteAccess(): Promise<boolean> {
  return browser.permissions.contains({ origins: ALL_SITES }).catch(() => false);
}

/** Must run inside the click handler: browsers grant permission prompts only on a user gesture. */
export function requestSiteAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: ALL_SITES }).catch(() => false);
}

/** Injects the content script into the tab (allowed by activeTab) and asks it to annotate now. */
export async function annotateNow(tabId: number): Promise<PageState | null> {
  if (!(await pageState(tabId))) {
    const files = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
    const css = browser.runtime.getManifest().content_scripts?.[0]?.css ?? [];
    if (css.length) await browser.scripting.insertCSS({ target: { tabId }, files: css });
    await browser.scripting.executeScript({ target: { tabId }, files });
  }
  return (await browser.tabs.sendMessage(tabId, toContent('runCommand', { command: 'annotate-now' })).catch(() => null)) as PageState | null;
}

export async function focusSpan(tabId: number, span: { layer: import('../shared/layers.ts').Layer; paragraph: number; start: number; end: number }): Promise<void> {
  await browser.tabs.sendMessage(tabId, toContent('focusSpan', span)).catch(() => {});
}
