/**
 * The reading experience as a reader uses it, in both browsers: click a highlight for its card, write
 * and save a note from the keyboard, jump between highlights, switch layers and sites off from the
 * popup, and a page in another language. Screenshots go to artifacts/screenshots (the README uses them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, messageTab, openPopupFor, waitFor, type BrowserName, type Harness, type TestPage } from './browsers.ts';
import { startServer, type TestServer } from './server.ts';
import { cardHasFocus, drawMode, ledeStatus, paintedHighlights, pointOf } from './page-probes.ts';

const shots = resolve('docs/screenshots');
mkdirSync(shots, { recursive: true });
const browsers = (process.env.LEDE_BROWSERS ?? 'chromium,firefox').split(',') as BrowserName[];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The seed article with a page script that records every DOM mutation from the start. */
const OBSERVED = readFileSync('test/fixtures/seed/page.html', 'utf8').replace(
  '<head>',
  `<head><script>window.__added = []; document.addEventListener('DOMContentLoaded', () => { window.__added = []; new MutationObserver((rs) => { for (const r of rs) { if (r.type === 'attributes') window.__added.push('@' + r.attributeName + ' on ' + r.target.nodeName); for (const n of r.addedNodes) window.__added.push(n.nodeName); for (const n of r.removedNodes) window.__added.push('-' + n.nodeName); } }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true }); });</script>`,
);

describe.each(browsers)('%s', (name) => {
  let server: TestServer;
  let h: Harness;
  let page: TestPage;
  let url: string;

  beforeAll(async () => {
    server = await startServer(resolve('test/fixtures'));
    server.route('/seed/observed.html', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(OBSERVED));
    h = await launch(name, server.port);
    url = `${server.origin}/seed/observed.html`;
    page = await h.newPage(url);
    await waitFor(page, ledeStatus, 20_000, 'Lede to finish the page');
  }, 60_000);

  afterAll(async () => {
    await h?.close();
    await server?.close();
  });

  it('paints with the CSS Custom Highlight API and adds nothing to the page but its host', async () => {
    expect(await page.evaluate(drawMode)).toBe('highlight-api');
    const added = await page.evaluate(() => (window as unknown as { __added: string[] }).__added);
    // Everything that changed in the page's DOM after it loaded: only our host element was added.
    expect(added).toEqual(['LEDE-UI']);
  });

  it('opens a card on click, takes a note from the keyboard, and closes on Esc', async () => {
    const at = await page.evaluate(pointOf, { layer: 'person', text: 'Keir Starmer' });
    expect(at).not.toBeNull();
    await page.click(at!.x, at!.y);
    await waitFor(page, cardHasFocus, 5_000, 'the card to open with focus');
    await sleep(300);
    await page.screenshot(resolve(shots, `${name}-card.png`));
    await page.press('n');
    await page.type('Check his Beijing trip dates');
    await page.press('Tab');
    await page.type('asia, trade');
    await page.press('Enter');
    // The note lands in the reader's notes (through the background) and shows in the popup.
    const popup = await openPopupFor(h, url);
    const notes = await waitFor(popup, () => document.querySelector('.notes')?.textContent ?? null, 10_000, 'the note in the popup');
    expect(notes).toContain('Check his Beijing trip dates');
    expect(notes).toContain('#asia');
    expect(notes).toContain('Keir Starmer');
    await popup.close();
    await page.press('Escape');
    expect(await page.evaluate(cardHasFocus)).toBe(false);
  });

  it('draws the saved note on its text when the page is opened again', async () => {
    const again = await h.newPage(url);
    await waitFor(again, ledeStatus, 20_000, 'Lede to finish the page');
    const notes = await waitFor(again, () => {
      const h = (CSS.highlights as unknown as Map<string, Set<Range>>).get('lede-note');
      return h ? [...h].map((r) => r.toString()) : null;
    }, 10_000, 'the note highlight');
    expect(notes).toContain('Keir Starmer');
    await again.close();
  });

  it('goes to the next highlight on command and marks it', async () => {
    const ext = await h.extensionPage('src/popup/index.html');
    await messageTab(ext, url, { lede: 1, type: 'runCommand', command: 'next-highlight' });
    await messageTab(ext, url, { lede: 1, type: 'runCommand', command: 'next-highlight' });
    await ext.close();
    const focused = await waitFor(page, () => {
      const h = (CSS.highlights as unknown as Map<string, Set<Range>>).get('lede-focus');
      return h ? [...h].map((r) => r.toString()) : null;
    }, 5_000, 'the focused highlight');
    expect(focused!.length).toBe(1);
    expect(await page.evaluate(cardHasFocus)).toBe(true);
    await page.press('Escape');
  });

  it('turns off with its shortcut leaving the page as it was, and back on', async () => {
    const ext = await h.extensionPage('src/popup/index.html');
    await messageTab(ext, url, { lede: 1, type: 'runCommand', command: 'toggle-lede' });
    await waitFor(page, () => document.querySelector('lede-ui') === null, 5_000, 'Lede to step out of the page');
    expect(await page.evaluate(paintedHighlights)).toEqual([]);
    const added = await page.evaluate(() => (window as unknown as { __added: string[] }).__added);
    expect(added.filter((n) => n.includes('LEDE-UI'))).toEqual(['LEDE-UI', '-LEDE-UI']); // only ours, and gone
    await messageTab(ext, url, { lede: 1, type: 'runCommand', command: 'toggle-lede' });
    await waitFor(page, () => (CSS.highlights as unknown as Map<string, unknown>).has('lede-person'), 10_000, 'highlights back');
    await ext.close();
  });

  it('turns a layer off from the popup and remembers it', async () => {
    let popup = await openPopupFor(h, url);
    await popup.evaluate(() => (document.querySelector('.layer-person input') as HTMLInputElement).click());
    await waitFor(page, () => !(CSS.highlights as unknown as Map<string, unknown>).has('lede-person'), 5_000, 'people highlights to go');
    expect((await page.evaluate(paintedHighlights)).some((p) => p.layer === 'place')).toBe(true);
    await popup.close();
    popup = await openPopupFor(h, url);
    expect(await waitFor(popup, () => document.querySelector('.layer-person input') !== null, 5_000, 'toggles')).toBe(true);
    expect(await popup.evaluate(() => (document.querySelector('.layer-person input') as HTMLInputElement).checked)).toBe(false);
    await popup.evaluate(() => (document.querySelector('.layer-person input') as HTMLInputElement).click());
    await waitFor(page, () => (CSS.highlights as unknown as Map<string, unknown>).has('lede-person'), 5_000, 'people highlights back');
    await popup.close();
  });

  it('jumps to a claim clicked in the popup', async () => {
    const popup = await openPopupFor(h, url);
    const claim = await waitFor(popup, () => document.querySelector('#h-claims + ol .item')?.textContent ?? null, 5_000, 'claims list');
    await popup.evaluate(() => (document.querySelector('#h-claims + ol .item') as HTMLButtonElement).click());
    const flashed = await waitFor(page, () => {
      const h = (CSS.highlights as unknown as Map<string, Set<Range>>).get('lede-focus');
      return h ? [...h].map((r) => r.toString())[0] : null;
    }, 5_000, 'the claim to flash');
    expect(claim).toContain(flashed!.slice(0, 40));
    await popup.setViewport(400, 800);
    await popup.screenshot(resolve(shots, `${name}-popup.png`));
    await popup.close();
  });

  it('stays off on a site the reader turned off, until asked', async () => {
    let popup = await openPopupFor(h, url);
    await popup.evaluate(() => {
      const s = document.querySelector('.site select') as HTMLSelectElement;
      s.value = 'off';
      s.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(page, () => !(CSS.highlights as unknown as Map<string, unknown>).has('lede-place'), 5_000, 'highlights to go');
    await popup.close();
    const fresh = await h.newPage(url);
    await waitFor(fresh, ledeStatus, 10_000, 'Lede to decide');
    expect(await fresh.evaluate(ledeStatus)).toBe('off');
    expect(await fresh.evaluate(paintedHighlights)).toEqual([]);
    expect(await fresh.evaluate(() => document.querySelector('lede-ui'))).toBeNull(); // not even our host
    popup = await openPopupFor(h, url);
    const text = await popup.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain('Lede is off on this page');
    await popup.evaluate(() => {
      const s = document.querySelector('.site select') as HTMLSelectElement;
      s.value = 'on';
      s.dispatchEvent(new Event('change', { bubbles: true }));
    });
    // The choice is read, then written: closing the popup at once could cut that short and leave the
    // site off for the next test.
    await waitFor(popup, async () => {
      const g = globalThis as unknown as Record<string, { storage: { local: { get: (k: string) => Promise<{ sites?: Record<string, string> }> } } }>;
      const { sites } = await (g.browser ?? g.chrome)!.storage.local.get('sites');
      return !Object.values(sites ?? {}).includes('off');
    }, 5_000, 'the site to be on again');
    await popup.close();
    await fresh.close();
  });

  it('tells the reader it reads English only on a French article', async () => {
    const fr = `${server.origin}/e2e/french.html`;
    const p = await h.newPage(fr);
    await waitFor(p, ledeStatus, 10_000, 'Lede to decide');
    expect(await p.evaluate(ledeStatus)).toBe('not-english');
    expect(await p.evaluate(paintedHighlights)).toEqual([]);
    const popup = await openPopupFor(h, fr);
    expect(await popup.evaluate(() => document.body.textContent ?? '')).toContain('Lede reads English articles only');
    await popup.close();
    await p.close();
  });
});

describe.runIf(browsers.includes('firefox'))('firefox without site access', () => {
  it('explains what is missing and offers to allow it, instead of failing silently', async () => {
    const server = await startServer(resolve('test/fixtures'));
    const h = await launch('firefox', server.port);
    try {
      // Firefox MV3 lets the reader withhold site access; take it away as such a reader would have.
      const ext = await h.extensionPage('src/popup/index.html');
      const removed = await ext.evaluate(() => (globalThis as unknown as { browser: { permissions: { remove(p: object): Promise<boolean> } } }).browser.permissions.remove({ origins: ['http://*/*', 'https://*/*'] }));
      expect(removed).toBe(true);
      await ext.close();
      const url = `${server.origin}/seed/page.html`;
      const page = await h.newPage(url);
      await sleep(1_500);
      expect(await page.evaluate(ledeStatus)).toBeNull(); // no access, no content script
      const popup = await openPopupFor(h, url);
      const text = await popup.evaluate(() => document.body.textContent ?? '');
      expect(text).toContain('Lede has not read this page');
      expect(text).toContain('allow access to all sites');
      expect(await popup.evaluate(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Read this page'))).toBe(true);
      await popup.close();
      await page.close();
    } finally {
      await h.close();
      await server.close();
    }
  }, 90_000);
});
