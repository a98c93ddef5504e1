/**
 * Hostile and odd pages (test/fixtures/hostile) in both browsers: Lede must not throw, hang, run page
 * text, leak notes to the page, or get in the way; and it must still do its job where there is an
 * article. Counts go to artifacts/robustness/<browser>.json for the results table in BENCHMARKS.md.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, waitFor, type BrowserName, type Harness, type TestPage } from './browsers.ts';
import { startServer, type TestServer } from './server.ts';
import { cardHasFocus, ledeStatus, paintedHighlights, pointOf } from './page-probes.ts';

const browsers = (process.env.LEDE_BROWSERS ?? 'chromium,firefox').split(',') as BrowserName[];
const story = readFileSync('test/fixtures/hostile/iframes.html', 'utf8').match(/<p>[\s\S]*?<\/p>/g)!.join('\n');

type Outcome = 'annotated' | 'no-article' | 'not-english' | 'annotated-or-none';
interface Case {
  page: string;
  expect: Outcome;
  /** Extra checks a reader would notice, run in the page after Lede finished. */
  check?: (page: TestPage, h: Harness) => Promise<void>;
  /** The page breaks the built-ins our in-page probes use, so only the status is read. */
  brokenBuiltins?: boolean;
}

const notExecuted = async (page: TestPage) => expect(await page.evaluate(() => (window as unknown as { __executed?: string[] }).__executed ?? [])).toEqual([]);
const responsive = async (page: TestPage) => {
  const t0 = Date.now();
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  expect(Date.now() - t0).toBeLessThan(2_000);
};

const CASES: Case[] = [
  { page: 'script-text.html', expect: 'annotated', check: async (p) => {
    await notExecuted(p);
    const painted = await p.evaluate(paintedHighlights);
    expect(painted.some((r) => r.block.includes('<img src=x onerror'))).toBe(true); // the markup shows as text and is annotated as text
  } },
  { page: 'overrides.html', expect: 'annotated', brokenBuiltins: true },
  { page: 'fake-messages.html', expect: 'annotated', check: async (p, h) => {
    expect(await p.evaluate(() => (window as unknown as { __replies: unknown[] }).__replies)).toEqual([]);
    const ext = await h.extensionPage('src/popup/index.html');
    const listed = await ext.evaluate(async () => {
      const g = globalThis as unknown as Record<string, { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; value: { notes: unknown[] } }> } }>;
      return (await (g.browser ?? g.chrome)!.runtime.sendMessage({ lede: 1, type: 'notes.list', query: {} })).value.notes.length;
    });
    await ext.close();
    expect(listed).toBe(0); // the fake notes.save never landed
  } },
  { page: 'host-attack.html', expect: 'annotated', check: async (p) => {
    await new Promise((r) => setTimeout(r, 500));
    await responsive(p);
    expect(await p.evaluate(() => (window as unknown as { __removed: number }).__removed)).toBeLessThan(100); // no fight loop
  } },
  { page: 'forever-mutating.html', expect: 'annotated', check: async (p) => {
    await new Promise((r) => setTimeout(r, 2_000));
    await responsive(p);
    expect(await p.evaluate(() => performance.getEntriesByName('lede:annotated').length)).toBeLessThanOrEqual(21);
  } },
  { page: 'frames.html', expect: 'no-article' },
  { page: 'iframes.html', expect: 'annotated', check: async (p) => {
    const painted = await p.evaluate(paintedHighlights);
    expect(painted.some((r) => r.text.includes('Linda Park'))).toBe(true);
  } },
  { page: 'no-paragraphs.html', expect: 'no-article' },
  { page: 'empty-body.html', expect: 'no-article' },
  { page: 'shadow-roots.html', expect: 'annotated-or-none', check: async (p) => {
    const painted = await p.evaluate(paintedHighlights);
    expect(painted.some((r) => r.block.includes('Closed shadow text'))).toBe(false);
  } },
  { page: 'rtl-mixed.html', expect: 'annotated' },
  { page: 'windows-1252.html', expect: 'annotated', check: async (p) => {
    const painted = await p.evaluate(paintedHighlights);
    expect(painted.some((r) => r.text.includes('Amélie Laurent') || r.text.includes('Grégory Doucet'))).toBe(true);
  } },
  { page: 'huge.html', expect: 'annotated-or-none', check: responsive },
  { page: 'deep.html', expect: 'annotated', check: responsive },
  { page: 'strict-csp.html', expect: 'annotated', check: async (p) => {
    const at = await p.evaluate(pointOf, { layer: 'person' });
    expect(at).not.toBeNull();
    await p.click(at!.x, at!.y);
    await waitFor(p, cardHasFocus, 5_000, 'the card under a strict CSP');
  } },
];

function generated(server: TestServer): void {
  const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council approves road budget</title></head><body>${body}</body></html>`;
  server.route('/hostile/huge.html', (_q, res) => {
    const para = '<p>Paragraph PN of the long report: the council said on Tuesday that spending rose 4 percent to $12 million, Mayor Linda Park told reporters in Springfield, and more text follows here.</p>';
    const n = Math.ceil(10e6 / para.length);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(`<article><h1>Report</h1>${Array.from({ length: n }, (_, i) => para.replace('PN', String(i))).join('\n')}</article>`));
  });
  server.route('/hostile/deep.html', (_q, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(`${'<div>'.repeat(5000)}<article><h1>Council approves road budget</h1>${story}</article>${'</div>'.repeat(5000)}`));
  });
  server.route('/hostile/strict-csp.html', (_q, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'" }).end(page(`<article><h1>Council approves road budget</h1>${story}</article>`));
  });
}

describe.each(browsers)('%s', (name) => {
  let server: TestServer;
  let h: Harness;
  const results = { browser: name, pages: 0, crashes: 0, hangs: 0, leaks: 0, failures: [] as string[] };

  beforeAll(async () => {
    server = await startServer(resolve('test/fixtures'));
    generated(server);
    h = await launch(name, server.port);
  }, 60_000);

  afterAll(async () => {
    mkdirSync('artifacts/robustness', { recursive: true });
    writeFileSync(`artifacts/robustness/${name}.json`, JSON.stringify(results, null, 2));
    await h?.close();
    await server?.close();
  });

  it.each(CASES)('$page', async (c) => {
    results.pages++;
    const page = await h.newPage(`${server.origin}/hostile/${c.page}`);
    try {
      let status: string | null;
      try {
        status = await waitFor(page, ledeStatus, 40_000, 'Lede to finish');
      } catch (e) {
        results.hangs++;
        throw e;
      }
      if (status === 'error') results.crashes++;
      const ok = c.expect === 'annotated-or-none' ? ['annotated', 'no-article'] : [c.expect];
      expect(ok).toContain(status);
      if (!c.brokenBuiltins) {
        const executed = await page.evaluate(() => (window as unknown as { __executed?: string[] }).__executed ?? []);
        if (executed.length) results.leaks++;
        if (status !== 'annotated') expect(await page.evaluate(paintedHighlights)).toEqual([]);
      }
      await c.check?.(page, h);
    } catch (e) {
      results.failures.push(`${c.page}: ${String(e).slice(0, 200)}`);
      throw e;
    } finally {
      await page.close().catch(() => {});
    }
  }, 90_000);
});
