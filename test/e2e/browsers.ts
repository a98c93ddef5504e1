/**
 * Launches real Chromium (playwright-core) and real Firefox ESR (puppeteer-core over WebDriver BiDi)
 * with the built extension, both behind the test server's recording proxy, and gives the tests one
 * small interface over both (recipe: ../shared/toolchain.md).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';

export type BrowserName = 'chromium' | 'firefox';

export interface TestPage {
  goto(url: string): Promise<void>;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  click(x: number, y: number): Promise<void>;
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export interface Harness {
  name: BrowserName;
  newPage(url?: string): Promise<TestPage>;
  /** Opens an extension page (popup, library) as a tab and waits for it to load. */
  extensionPage(path: string): Promise<TestPage>;
  /**
   * Stops the background so the next page meets a cold one (models not loaded). Chromium: the
   * service worker is closed and wakes on the page's message. Firefox: the event page cannot be
   * suspended on demand, so the extension is reloaded, which restarts its background from scratch.
   */
  stopBackground(): Promise<void>;
  close(): Promise<void>;
}

const GECKO_ID = 'lede@lede-reader.org';
export const distFor = (name: BrowserName) => resolve(name === 'chromium' ? 'dist/chrome' : 'dist/firefox');

export interface LaunchOptions {
  /** A profile folder that outlives the browser (to test a restart); the caller deletes it. */
  profileDir?: string;
  /** Firefox: the extension's moz-extension UUID, kept across restarts with the profile. */
  uuid?: string;
}

export async function launch(name: BrowserName, proxyPort: number, opts: LaunchOptions = {}): Promise<Harness> {
  return name === 'chromium' ? launchChromium(proxyPort, opts) : launchFirefox(proxyPort, opts);
}

async function launchChromium(proxyPort: number, opts: LaunchOptions): Promise<Harness> {
  const { chromium } = await import('playwright-core');
  const dir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'lede-chromium-'));
  const ext = distFor('chromium');
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-features=OptimizationHints,MediaRouter',
      `--proxy-server=http://127.0.0.1:${proxyPort}`, '--proxy-bypass-list=<-loopback>',
      `--disable-extensions-except=${ext}`, `--load-extension=${ext}`,
    ],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extId = new URL(sw.url()).host;
  type PwPage = Awaited<ReturnType<typeof ctx.newPage>>;
  const wrap = (p: PwPage): TestPage => ({
    goto: async (url) => void (await p.goto(url)),
    evaluate: (fn, arg) => p.evaluate(fn as never, arg) as never,
    click: (x, y) => p.mouse.click(x, y),
    type: (t) => p.keyboard.type(t),
    press: (k) => p.keyboard.press(k),
    screenshot: async (path) => void (await p.screenshot({ path })),
    setViewport: (width, height) => p.setViewportSize({ width, height }),
    close: () => p.close(),
  });
  return {
    name: 'chromium',
    async newPage(url) {
      const p = await ctx.newPage();
      if (url) await p.goto(url);
      return wrap(p);
    },
    async extensionPage(path) {
      const p = await ctx.newPage();
      await p.goto(`chrome-extension://${extId}/${path}`);
      return wrap(p);
    },
    async stopBackground() {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      const cdp = await ctx.newCDPSession(page);
      const { targetInfos } = await cdp.send('Target.getTargets');
      for (const t of targetInfos) if (t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extId}/`)) await cdp.send('Target.closeTarget', { targetId: t.targetId });
      await cdp.detach();
    },
    async close() {
      await ctx.close();
      if (!opts.profileDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(proxyPort: number, opts: LaunchOptions): Promise<Harness> {
  const puppeteer = (await import('puppeteer-core')).default;
  const uuid = opts.uuid ?? randomUUID();
  const browser = await puppeteer.launch({
    ...(opts.profileDir ? { userDataDir: opts.profileDir } : {}),
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access', '--width=1200', '--height=900'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // A temporary add-on is removed when Firefox closes; keep its data so a restart can be tested.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  await browser.installExtension(distFor('firefox'));
  type PpPage = Awaited<ReturnType<typeof browser.newPage>>;
  // Real pages' scripts may start another navigation while the first one loads; BiDi then rejects the
  // first ("Address rejected"). The page is there all the same, so wait for it to settle instead.
  const goto = async (p: PpPage, url: string) => {
    try {
      await p.goto(url, { waitUntil: 'load' });
    } catch (e) {
      if (!/Address rejected|aborted|NS_BINDING_ABORTED/i.test(String(e))) throw e;
      await p.waitForFunction(() => document.readyState !== 'loading', { timeout: 15_000 }).catch(() => {});
    }
  };
  const wrap = (p: PpPage): TestPage => ({
    goto: (url) => goto(p, url),
    evaluate: (fn, arg) => p.evaluate(fn as never, arg) as never,
    click: (x, y) => p.mouse.click(x, y),
    type: (t) => p.keyboard.type(t),
    press: (k) => p.keyboard.press(k as never),
    screenshot: async (path) => void (await p.screenshot({ path: path as `${string}.png` })),
    setViewport: (width, height) => p.setViewport({ width, height }),
    close: () => p.close(),
  });
  const harness: Harness = {
    name: 'firefox',
    async newPage(url) {
      const p = await browser.newPage();
      await p.setViewport({ width: 1200, height: 900 });
      if (url) await goto(p, url);
      return wrap(p);
    },
    async extensionPage(path) {
      const url = `moz-extension://${uuid}/${path}`;
      const p = await browser.newPage();
      await p.setViewport({ width: 1200, height: 900 });
      // Puppeteer never sees moz-extension loads complete (toolchain.md §4): don't await, poll instead.
      p.goto(url, { timeout: 0 }).catch(() => {});
      const deadline = Date.now() + 15_000;
      for (;;) {
        const ok = await p.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false);
        if (ok) break;
        if (Date.now() > deadline) throw new Error(`extension page did not load: ${url}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return wrap(p);
    },
    async stopBackground() {
      const p = await harness.extensionPage('src/popup/index.html');
      await p.evaluate(() => setTimeout(() => (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload(), 0)).catch(() => {});
      // Just long enough for Firefox to register the reloaded content script; the background's model
      // load (started with it) is then still under way, as after a real cold start.
      await new Promise((r) => setTimeout(r, 150));
      await p.close().catch(() => {});
    },
    close: () => browser.close(),
  };
  return harness;
}

/** Polls `fn` in the page until it returns a truthy value or the deadline passes. */
export async function waitFor<T>(page: TestPage, fn: () => T | Promise<T>, timeoutMs = 15_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await page.evaluate(fn);
      if (v) return v as T;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Opens Lede's popup for the tab showing `pageUrl`, as the toolbar button would. */
export async function openPopupFor(h: Harness, pageUrl: string): Promise<TestPage> {
  const popup = await h.extensionPage('src/popup/index.html');
  const tabId = await popup.evaluate(async (url) => {
    const g = globalThis as unknown as Record<string, { tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> } }>;
    // Firefox match patterns cannot hold a port, so find the tab by its URL ourselves.
    const tabs = await (g.browser ?? g.chrome)!.tabs.query({});
    // Without site access a tab's URL is hidden from the extension: then take the newest such tab.
    return tabs.find((t) => t.url === url)?.id ?? tabs.filter((t) => t.url === undefined).pop()?.id ?? null;
  }, pageUrl);
  if (tabId === null) throw new Error(`no tab shows ${pageUrl}`);
  await popup.evaluate((id) => void (location.search = `?tab=${id}`), tabId);
  await waitFor(popup, () => location.search.startsWith('?tab=') && document.body.dataset.ready === 'yes', 15_000, 'the popup');
  return popup;
}

/** Sends a message from an extension page to the content script of the tab showing `pageUrl`. */
export async function messageTab(ext: TestPage, pageUrl: string, msg: object): Promise<unknown> {
  return ext.evaluate(async ([url, m]) => {
    const g = globalThis as unknown as Record<string, { tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]>; sendMessage: (id: number, m: unknown) => Promise<unknown> } }>;
    const api = (g.browser ?? g.chrome)!;
    const tab = (await api.tabs.query({})).find((t) => t.url === url);
    return tab?.id === undefined ? null : api.tabs.sendMessage(tab.id, m);
  }, [pageUrl, msg] as const);
}
