/**
 * The reader's notes in both browsers: saved notes survive a browser restart, two tabs saving at once
 * both land, the library finds, edits, deletes (with undo), exports and re-imports them, and a corrupt
 * import changes nothing. Counts go to artifacts/robustness/notes-<browser>.json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { launch, waitFor, type BrowserName, type Harness, type TestPage } from './browsers.ts';
import { startServer, type TestServer } from './server.ts';

const browsers = (process.env.LEDE_BROWSERS ?? 'chromium,firefox').split(',') as BrowserName[];

/** Sends one message to the background from an extension page, as the library does. */
function send(ext: TestPage, msg: object): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  return ext.evaluate(async (m) => {
    const g = globalThis as unknown as Record<string, { runtime: { sendMessage: (m: unknown) => Promise<unknown> } }>;
    return (await (g.browser ?? g.chrome)!.runtime.sendMessage(m)) as { ok: boolean; value?: unknown; error?: string };
  }, msg);
}

const draft = (i: number, body: string) => ({
  url: `http://news.example/story-${i % 3}?utm_source=x`,
  title: `Story ${i % 3}`,
  site: 'news.example',
  layer: i % 2 ? 'person' : 'claim',
  selectors: [
    { type: 'TextQuoteSelector', exact: `quoted passage number ${i}`, prefix: 'before ', suffix: ' after' },
    { type: 'TextPositionSelector', start: 7, end: 7 + `quoted passage number ${i}`.length },
  ],
  entities: i % 2 ? ['Keir Starmer'] : ['Sanae Takaichi'],
  body,
  tags: ['trade', `t${i}`],
});

async function listAll(ext: TestPage): Promise<{ id: string; body: string }[]> {
  const r = await send(ext, { lede: 1, type: 'notes.list', query: { limit: 1000 } });
  return (r.value as { notes: { id: string; body: string }[] }).notes;
}

describe.each(browsers)('%s', (name) => {
  let server: TestServer;
  const profileDir = mkdtempSync(join(tmpdir(), `lede-notes-${name}-`));
  const uuid = randomUUID();
  const counts = { browser: name, cases: 0, crashes: 0, hangs: 0, notesLost: 0 };
  let h: Harness;

  beforeAll(async () => {
    server = await startServer(resolve('test/fixtures'));
  });
  afterAll(async () => {
    await h?.close().catch(() => {});
    await server?.close();
    rmSync(profileDir, { recursive: true, force: true });
    mkdirSync('artifacts/robustness', { recursive: true });
    writeFileSync(`artifacts/robustness/notes-${name}.json`, JSON.stringify(counts, null, 2));
  });

  it('keeps notes saved at once from two tabs, across a browser restart', async () => {
    counts.cases++;
    h = await launch(name, server.port, { profileDir, uuid });
    const [a, b] = [await h.extensionPage('src/library/index.html'), await h.extensionPage('src/library/index.html')];
    const saved = await Promise.all(Array.from({ length: 10 }, (_, i) => send(i % 2 ? a : b, { lede: 1, type: 'notes.save', draft: draft(i, `note ${i} by tab ${i % 2 ? 'Alpha' : 'Bravo'}`) })));
    expect(saved.every((r) => r.ok), JSON.stringify(saved.find((r) => !r.ok))).toBe(true);
    expect((await listAll(a)).length).toBe(10);
    await h.close();

    h = await launch(name, server.port, { profileDir, uuid });
    const lib = await h.extensionPage('src/library/index.html');
    const after = await waitFor(lib, () => document.querySelectorAll('article.note').length || null, 10_000, 'the library to list notes');
    counts.notesLost += Math.max(0, 10 - (await listAll(lib)).length);
    expect(after).toBe(10);
    await lib.close();
  }, 120_000);

  it('finds, edits, deletes with undo, and survives a corrupt import in the library', async () => {
    counts.cases++;
    const lib = await h.extensionPage('src/library/index.html');
    await waitFor(lib, () => document.querySelectorAll('article.note').length === 10, 10_000, 'notes listed');
    // Search: words of the reader's note narrow the list.
    await lib.evaluate(() => {
      const q = document.getElementById('q') as HTMLInputElement;
      q.value = 'alpha';
      q.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(await waitFor(lib, () => document.querySelectorAll('article.note').length === 5 || null, 5_000, 'search results')).toBe(true);
    // Edit one note's words.
    await lib.evaluate(() => (document.querySelector('article.note button[aria-label^="Edit"]') as HTMLButtonElement).click());
    await waitFor(lib, () => document.querySelector('form.editor textarea') !== null, 5_000, 'the editor');
    await lib.evaluate(() => {
      const t = document.querySelector('form.editor textarea') as HTMLTextAreaElement;
      t.value = 'rewritten by the reader';
      t.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await new Promise((r) => setTimeout(r, 100)); // let the form take the typed words, as a person's Save click would
    await lib.evaluate(() => (document.querySelector('form.editor button[type=submit]') as HTMLButtonElement).click());
    // The edited note no longer matches the search, so it is checked in the store itself.
    for (let i = 0; i < 50 && !(await listAll(lib)).some((n) => n.body === 'rewritten by the reader'); i++) await new Promise((r) => setTimeout(r, 100));
    expect((await listAll(lib)).filter((n) => n.body === 'rewritten by the reader').length).toBe(1);
    // Delete one, then undo.
    await lib.evaluate(() => {
      const q = document.getElementById('q') as HTMLInputElement;
      q.value = '';
      q.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await waitFor(lib, () => document.querySelectorAll('article.note').length === 10 || null, 5_000, 'all notes');
    await lib.evaluate(() => (document.querySelector('article.note button[aria-label^="Delete"]') as HTMLButtonElement).click());
    await waitFor(lib, () => document.querySelectorAll('article.note').length === 9 || null, 5_000, 'the delete');
    await lib.evaluate(() => ([...document.querySelectorAll('button')].find((b) => b.textContent === 'Undo') as HTMLButtonElement).click());
    await waitFor(lib, () => document.querySelectorAll('article.note').length === 10 || null, 5_000, 'the undo');
    // A truncated file is refused with a report, and nothing saved changes.
    const before = JSON.stringify(await listAll(lib));
    const report = await send(lib, { lede: 1, type: 'notes.import', text: '{"format":"lede-notes","version":1,"notes":[{"id":"x"' });
    const after = JSON.stringify(await listAll(lib));
    expect(after).toBe(before);
    expect(JSON.stringify(report)).toMatch(/JSON|truncated|parse|not/i);
    await lib.close();
  }, 60_000);

  it('exports Lede JSON, wipes, and re-imports without losing a word', async () => {
    counts.cases++;
    const lib = await h.extensionPage('src/library/index.html');
    const exported = (await send(lib, { lede: 1, type: 'notes.export', format: 'lede-json' })).value as { content: string };
    const ids = (await listAll(lib)).map((n) => n.id);
    await send(lib, { lede: 1, type: 'notes.delete', ids });
    expect((await listAll(lib)).length).toBe(0);
    const report = await send(lib, { lede: 1, type: 'notes.import', text: exported.content });
    expect(report.ok).toBe(true);
    const again = (await send(lib, { lede: 1, type: 'notes.export', format: 'lede-json' })).value as { content: string };
    const strip = (s: string) => JSON.parse(s).notes;
    counts.notesLost += Math.max(0, strip(exported.content).length - strip(again.content).length);
    expect(strip(again.content)).toEqual(strip(exported.content));
    await lib.close();
  }, 60_000);
});

describe.each(browsers)('%s, upgrading an old database', (name) => {
  it('opens a version-1 notes database written by an older Lede, upgrades it and loses nothing', async () => {
    const server = await startServer(resolve('test/fixtures'));
    const h = await launch(name, server.port);
    try {
      // The popup on a tab of its own asks nothing of the notes: write the old database before anything opens it.
      const ext = await h.extensionPage('src/popup/index.html');
      const v1 = [0, 1, 2].map((i) => ({
        id: `old-${i}`, url: `https://old.example/a${i}`, canonicalUrl: `https://old.example/a${i}`, title: `Old story ${i}`, site: 'old.example',
        createdAt: `2025-0${i + 1}-01T10:00:00.000Z`, updatedAt: `2025-0${i + 1}-01T10:00:00.000Z`, layer: 'claim',
        exact: `an old quoted passage ${i}`, selectors: [{ type: 'TextQuoteSelector', exact: `an old quoted passage ${i}`, prefix: 'x ', suffix: ' y' }, { type: 'TextPositionSelector', start: 2, end: 2 + `an old quoted passage ${i}`.length }],
        entities: ['Zanzibar Port Authority'], body: `kept since version one, note ${i}`, tags: ['legacy'],
      }));
      await ext.evaluate((rows) => new Promise<void>((done, fail) => {
        // Dexie stores its version n as IndexedDB version n × 10; version 1's schema, as it shipped.
        const req = indexedDB.open('lede', 10);
        req.onupgradeneeded = () => {
          const s = req.result.createObjectStore('notes', { keyPath: 'id' });
          for (const k of ['url', 'canonicalUrl', 'site', 'layer', 'createdAt', 'updatedAt']) s.createIndex(k, k);
          s.createIndex('tags', 'tags', { multiEntry: true });
          s.createIndex('entities', 'entities', { multiEntry: true });
        };
        req.onsuccess = () => {
          const tx = req.result.transaction('notes', 'readwrite');
          for (const r of rows) tx.objectStore('notes').put(r);
          tx.oncomplete = () => (req.result.close(), done());
          tx.onerror = () => fail(tx.error);
        };
        req.onerror = () => fail(req.error);
      }), v1);
      const found = await send(ext, { lede: 1, type: 'notes.list', query: { text: 'zanzibar' } });
      expect(found.ok, found.error).toBe(true);
      const notes = (found.value as { notes: { id: string; body: string; tags: string[] }[] }).notes;
      expect(notes.map((n) => n.id).sort()).toEqual(['old-0', 'old-1', 'old-2']);
      expect(notes.every((n) => n.body.startsWith('kept since version one') && n.tags[0] === 'legacy')).toBe(true);
      const version = await ext.evaluate(() => new Promise<number>((done) => {
        const req = indexedDB.open('lede');
        req.onsuccess = () => (done(req.result.version), req.result.close());
      }));
      expect(version).toBe(20);
      await ext.close();
    } finally {
      await h.close();
      await server.close();
    }
  }, 90_000);
});
