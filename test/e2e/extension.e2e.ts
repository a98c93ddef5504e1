/**
 * The whole path in real browsers: the built extension on the bundled sample article, served from
 * localhost. Runs once per browser with the same assertions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { seedMisses, type SeedGold } from '../seed-gold.ts';
import { launch, messageTab, openPopupFor, waitFor, type BrowserName, type Harness, type TestPage } from './browsers.ts';
import { startServer, type TestServer } from './server.ts';
import { ledeStatus, paintedHighlights } from './page-probes.ts';

const gold = JSON.parse(readFileSync('test/fixtures/seed/gold.json', 'utf8')) as {
  body_paragraphs: string[];
  not_body: string[];
  entities_must: { text: string; type: string }[];
};
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const shots = resolve('docs/screenshots');
mkdirSync(shots, { recursive: true });

/**
 * The browsers' own background traffic (update checks, network time, settings sync), which goes
 * through the recording proxy too. Named host by host so that anything else, including any other
 * Google or Mozilla host, still fails the test.
 */
const BROWSER_SERVICES = new Set([
  'clients2.google.com', 'update.googleapis.com', 'accounts.google.com', 'content-autofill.googleapis.com',
  'optimizationguide-pa.googleapis.com', 'safebrowsingohttpgateway.googleapis.com',
  'firefox.settings.services.mozilla.com', 'content-signature-2.cdn.mozilla.net', 'push.services.mozilla.com',
  'detectportal.firefox.com', 'aus5.mozilla.org', 'location.services.mozilla.com', 'shavar.services.mozilla.com',
]);
const isBrowserService = (url: string) => BROWSER_SERVICES.has(new URL(url).hostname);

const browsers = (process.env.LEDE_BROWSERS ?? 'chromium,firefox').split(',') as BrowserName[];

describe.each(browsers)('%s', (name) => {
  let server: TestServer;
  let h: Harness;
  let page: TestPage;
  let pageUrl: string;

  beforeAll(async () => {
    server = await startServer(resolve('test/fixtures'));
    h = await launch(name, server.port);
    pageUrl = `${server.origin}/seed/page.html`;
    page = await h.newPage(pageUrl);
    await waitFor(page, ledeStatus, 20_000, 'Lede to finish the page');
  }, 60_000);

  afterAll(async () => {
    await h?.close();
    await server?.close();
  });

  it('annotates the sample article', async () => {
    expect(await page.evaluate(ledeStatus)).toBe('annotated');
  });

  it('draws highlights on article text and nowhere else', async () => {
    const painted = await page.evaluate(paintedHighlights);
    expect(painted.length).toBeGreaterThan(20);
    const body = new Set(gold.body_paragraphs.map(norm));
    const outside = painted.filter((p) => !body.has(p.block));
    expect(outside, 'highlights outside the article body').toEqual([]);
    for (const bad of gold.not_body) expect(painted.some((p) => p.text.includes(bad))).toBe(false);
    // Every layer shows, each in its own highlight (and so its own colour and mark).
    for (const layer of ['claim', 'quote', 'person', 'organization', 'place', 'number']) expect(painted.some((p) => p.layer === layer), layer).toBe(true);
    // Each highlight covers exactly the words it names, e.g. a person's name.
    const people = painted.filter((p) => p.layer === 'person').map((p) => p.text);
    expect(people).toContain('Keir Starmer');
    expect(people).toContain('Takaichi');
    await page.screenshot(resolve(shots, `${name}-article.png`));
  });

  it('finds the gold entities, numbers, quotes and claims of the sample article in the browser', async () => {
    const ext = await h.extensionPage('src/popup/index.html');
    const state = (await messageTab(ext, pageUrl, { lede: 1, type: 'getPageState' })) as { annotation: Parameters<typeof seedMisses>[0] };
    await ext.close();
    expect(seedMisses(state.annotation, gold as unknown as SeedGold)).toEqual([]);
  });

  it('leaves the page layout alone: Lede adds only its own host element', async () => {
    const added = await page.evaluate(() => Array.from(document.documentElement.children).filter((c) => c.tagName !== 'HEAD' && c.tagName !== 'BODY').map((c) => c.tagName));
    expect(added).toEqual(['LEDE-UI']);
  });

  it('lists the highlights in the popup', async () => {
    const popup = await openPopupFor(h, pageUrl);
    const counts = await waitFor(popup, () => {
      const els = Array.from(document.querySelectorAll('.count'));
      return els.length ? Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset.layer, Number(e.textContent)])) : null;
    }, 15_000, 'the popup to list highlights');
    expect(counts.person).toBeGreaterThan(0);
    expect(counts.place).toBeGreaterThan(0);
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('Japan and Britain deepen cooperation');
    expect(text).toContain('Keir Starmer');
    await popup.setViewport(400, 800);
    await popup.screenshot(resolve(shots, `${name}-popup.png`));
    await popup.close();
  });

  it('makes no network request of its own', async () => {
    const foreign = server.requests.filter((r) => r.foreign && !isBrowserService(r.url)).map((r) => r.url);
    expect(foreign).toEqual([]);
  });
});
