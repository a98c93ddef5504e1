/**
 * Live pages in both browsers: text that arrives after load is annotated, an in-page navigation
 * (pushState) brings the new article's highlights, and Lede never runs twice on one page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { launch, waitFor, type BrowserName, type Harness } from './browsers.ts';
import { startServer, type TestServer } from './server.ts';
import { ledeStatus, paintedHighlights } from './page-probes.ts';

const browsers = (process.env.LEDE_BROWSERS ?? 'chromium,firefox').split(',') as BrowserName[];

describe.each(browsers)('%s', (name) => {
  let server: TestServer;
  let h: Harness;
  beforeAll(async () => {
    server = await startServer(resolve('test/fixtures'));
    h = await launch(name, server.port);
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await server?.close();
  });

  it('annotates paragraphs that arrive after load, then the article a pushState navigation brings', async () => {
    const page = await h.newPage(`${server.origin}/e2e/live.html`);
    await waitFor(page, ledeStatus, 15_000, 'Lede to finish');
    const late = await waitFor(page, () => {
      const h = (CSS.highlights as unknown as Map<string, Set<Range>>).get('lede-person');
      return h && [...h].some((r) => r.toString() === 'Helen Okafor') ? true : null;
    }, 10_000, 'the late paragraph to be annotated');
    expect(late).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('lede-ui').length)).toBe(1);

    await page.evaluate(() => (document.getElementById('next') as HTMLAnchorElement).click());
    const next = await waitFor(page, () => {
      const h = (CSS.highlights as unknown as Map<string, Set<Range>>).get('lede-person');
      return h && [...h].some((r) => r.toString().includes('Solberg')) ? true : null;
    }, 10_000, 'the new article to be annotated');
    expect(next).toBe(true);
    const painted = await page.evaluate(paintedHighlights);
    expect(painted.some((p) => p.text.includes('Vernon'))).toBe(false); // nothing left of the old story
    expect(painted.every((p) => p.block !== '')).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('lede-ui').length)).toBe(1);
    await page.close();
  });
});
