/**
 * Live pages in both browsers: text that arrives after load is annotated, an in-page navigation
 * (pushState) brings the new article's highlights, and Lede never runs twice on one page.
 */
import { describe, expect, it } from 'vitest';
import { waitFor } from './browsers.ts';
import { ledeStatus, paintedHighlights } from './page-probes.ts';
import { browsers, browserSuite } from './suite.ts';

describe.each(browsers)('%s', (name) => {
  const ctx = browserSuite(name);

  it('annotates paragraphs that arrive after load, then the article a pushState navigation brings', async () => {
    const page = await ctx.h.newPage(`${ctx.server.origin}/e2e/live.html`);
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
