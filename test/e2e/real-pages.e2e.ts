/**
 * Real news pages (from Mozilla Readability's test suite) in both browsers: Lede annotates them and
 * every highlight sits in article text, judged against what Firefox Reader View extracts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { waitFor } from './browsers.ts';
import { ledeStatus, paintedHighlights } from './page-probes.ts';
import { browsers, browserSuite } from './suite.ts';
const ROOT = resolve('test/fixtures/readability');
// Six news pages; the folder also holds pages the unit tests use (a blog, a product page).
const pages = ['ars-1', 'bbc-1', 'cnn', 'nytimes-1', 'seattletimes-1', 'wapo-1'];
const words = (s: string) => ` ${(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;
const expectedWords = Object.fromEntries(
  pages.map((p) => [p, words(parseHTML(readFileSync(resolve(ROOT, p, 'expected.html'), 'utf8')).document.documentElement.textContent ?? '')]),
);

describe.each(browsers)('%s', (name) => {
  const ctx = browserSuite(name);

  it.each(pages)('%s: highlights only on article text', async (p) => {
    const page = await ctx.h.newPage(`${ctx.server.origin}/readability/${p}/source.html`);
    await waitFor(page, ledeStatus, 30_000, 'Lede to finish');
    expect(await page.evaluate(ledeStatus)).toBe('annotated');
    const painted = await page.evaluate(paintedHighlights);
    expect(painted.length).toBeGreaterThan(3);
    const outside = painted.filter((r) => !expectedWords[p]!.includes(words(r.block))).map((r) => `${r.layer}: ${r.text} — in “${r.block.slice(0, 80)}”`);
    expect(outside).toEqual([]);
    await page.close();
  });
});
