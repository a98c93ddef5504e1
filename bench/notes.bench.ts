/**
 * Notes: re-anchoring after page edits, and library speed with 10,000 notes.
 *
 * Re-anchoring: notes are taken on real article text (the body paragraphs of Readability's test pages,
 * `expected.html`), then the page is edited programmatically (test/fixtures/notes/page-edits.ts), one kind
 * of edit at a time and all at once: typos fixed, paragraphs inserted, paragraphs removed, ads injected,
 * text reflowed. Every edit tracks where each original character went, so the right answer is known
 * (`NOTES_BENCH_SEED=n` runs another random draw): a note is *re-anchored* when it lands
 * on its own text (ends within a few characters), *orphaned* when refused, *misplaced* when drawn anywhere
 * else. Notes whose text was removed should be orphaned; drawn on the same words elsewhere they count as
 * misplaced unless one side of that place's context agrees with the stored one beyond chance. Peers in the same run: position only, first exact
 * occurrence, and Lede's own candidates accepted without threshold (Hypothesis' acceptance rule).
 *
 * Speed: 10,000 generated notes in fake-indexeddb (slower than a browser's IndexedDB), through the same
 * service functions the background uses: library search, export of everything, one page's notes.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { indexedDB as fakeIndexedDB, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { articleText, describeSelectors } from '../src/core/notes/selectors.ts';
import { reanchorDetailed } from '../src/core/notes/reanchor.ts';
import type { Note, NoteLayer } from '../src/core/notes/types.ts';
import { EDITS, editTrial, int, pickOne, pickQuote, rng, type Method, type Tally } from '../test/fixtures/notes/page-edits.ts';
import { canonicalizeUrl } from '../src/core/notes/canonical-url.ts';
import { openNotesDb, toRow } from '../src/background/notes-db.ts';
import { exportNotes, importNotes, listNotes, notesForUrl } from '../src/background/notes-service.ts';
import { printWhenMain, type BenchSection } from './section.ts';

const CORPUS = fileURLToPath(new URL('../../shared/corpora/extraction/readability/test-pages/', import.meta.url));
const SEED = fileURLToPath(new URL('../test/fixtures/seed/gold.json', import.meta.url));

/** Articles as paragraph lists: the corpus' expected.html body blocks, whitespace-normalized. */
function loadArticles(): string[][] {
  const out: string[][] = [];
  if (existsSync(CORPUS)) {
    for (const name of readdirSync(CORPUS).sort()) {
      const file = `${CORPUS}${name}/expected.html`;
      if (!existsSync(file)) continue;
      const { document } = parseHTML(`<html><body>${readFileSync(file, 'utf8')}</body></html>`);
      const blocks = 'p, li, blockquote, h2, h3, pre';
      // Innermost blocks only: a <li> holding a <p> would otherwise give the same text twice.
      const paragraphs = [...document.querySelectorAll(blocks)]
        .filter((el) => !el.querySelector(blocks))
        .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
        .filter((p) => p.length >= 40);
      if (paragraphs.length >= 4) out.push(paragraphs);
    }
  }
  if (existsSync(SEED)) out.push((JSON.parse(readFileSync(SEED, 'utf8')) as { body_paragraphs: string[] }).body_paragraphs);
  return out;
}

const METHODS: Record<string, Method> = {
  Lede: (t, s) => reanchorDetailed(t, s),
  'position only': (t, s) => {
    const p = s.find((x) => x.type === 'TextPositionSelector') as { start: number; end: number };
    return p.end <= t.length ? { start: p.start, end: p.end } : null;
  },
  'first exact occurrence': (t, s) => {
    const q = (s.find((x) => x.type === 'TextQuoteSelector') as { exact: string }).exact;
    const at = t.indexOf(q);
    return at < 0 ? null : { start: at, end: at + q.length };
  },
  'best score, no threshold (Hypothesis rule)': (t, s) => reanchorDetailed(t, s, { strict: false }),
};

function sum(t: Tally, ...keys: string[]): number {
  return keys.reduce((s, k) => s + (t[k] ?? 0), 0);
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : 0;
}
const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;
const pct = (x: number) => `${(100 * x).toFixed(2)}%`;

const LAYERS: NoteLayer[] = ['claim', 'quote', 'person', 'organization', 'place', 'misc', 'number', 'text'];

/** 10,000 notes across 300 articles with realistic words, tags, entities and dates. */
function libraryNotes(articles: string[][], count: number): Note[] {
  const r = rng(7);
  const tags = Array.from({ length: 60 }, (_, i) => `tag${i}`);
  const names = [...new Set(articles.flat().join(' ').match(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/g) ?? [])].slice(0, 600);
  const notes: Note[] = [];
  for (let i = 0; i < count; i++) {
    const a = i % Math.min(300, articles.length * 3);
    const paragraphs = articles[a % articles.length]!;
    const text = articleText(paragraphs);
    const q = pickQuote(r, text) ?? [0, Math.min(20, text.length)];
    const selectors = describeSelectors(text, q[0], q[1]);
    const url = `https://site${a % 40}.example.com/news/${a}/story-${a}?utm_source=rss`;
    const when = new Date(Date.UTC(2025, 0, 1) + Math.floor(r() * 700 * 86400000)).toISOString();
    notes.push({
      id: `note-${i.toString().padStart(5, '0')}`, url, canonicalUrl: canonicalizeUrl(url), title: paragraphs[0]!.slice(0, 80),
      site: `site${a % 40}.example.com`, createdAt: when, updatedAt: when, layer: pickOne(r, LAYERS), exact: selectors[0].exact,
      selectors, entities: names.length ? [pickOne(r, names)] : [], body: pickOne(r, pickOne(r, articles)).slice(0, int(r, 0, 200)),
      tags: r() < 0.6 ? [pickOne(r, tags), pickOne(r, tags)].filter((t, j, xs) => xs.indexOf(t) === j) : [],
    });
  }
  return notes;
}

async function timeIt<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await fn();
  return [performance.now() - t0, value];
}

async function speedBench(articles: string[][]) {
  const notes = libraryNotes(articles, 10_000);
  const db = openNotesDb({ name: `lede-bench-${Date.now()}`, indexedDB: fakeIndexedDB, IDBKeyRange: FakeKeyRange });
  const [loadMs] = await timeIt(() => db.notes.bulkAdd(notes.map(toRow)));
  const r = rng(99);
  const words = notes.flatMap((n) => n.body.split(/\s+/).filter((w) => w.length > 4)).slice(0, 5000);
  const queries = [
    ...Array.from({ length: 30 }, () => ({ text: pickOne(r, words) })),
    ...Array.from({ length: 10 }, () => ({ text: `${pickOne(r, words)} ${pickOne(r, words)}` })),
    ...Array.from({ length: 5 }, () => ({ entity: pickOne(r, notes).entities[0] })),
    ...Array.from({ length: 5 }, () => ({ tag: `tag${int(r, 0, 59)}`, layer: pickOne(r, LAYERS) })),
    { text: 'the' }, { layer: 'claim' as const }, { from: '2025-06-01', to: '2025-06-30' }, {},
  ];
  // The first query after the background starts builds the in-memory search index from the database.
  const [coldMs] = await timeIt(() => listNotes(db, { text: 'first', limit: 200 }));
  const searchTimes: number[] = [];
  for (const q of queries) searchTimes.push((await timeIt(() => listNotes(db, { ...q, limit: 200 })))[0]);
  const exportTimes: Record<string, number> = {};
  let backup = '';
  for (const format of ['lede-json', 'markdown', 'csv', 'w3c'] as const) {
    const [t, file] = await timeIt(() => exportNotes(db, format));
    exportTimes[format] = t;
    if (format === 'lede-json') backup = file.content;
  }
  // Restoring the whole library from its backup into an empty database: one transaction.
  const fresh = openNotesDb({ name: `lede-bench-import-${Date.now()}`, indexedDB: fakeIndexedDB, IDBKeyRange: FakeKeyRange });
  const [importMs, report] = await timeIt(() => importNotes(fresh, backup));
  fresh.close();
  await new Promise((resolve) => { const req = fakeIndexedDB.deleteDatabase(fresh.name); req.onsuccess = req.onerror = resolve; });
  const pageTimes: number[] = [];
  for (let i = 0; i < 30; i++) pageTimes.push((await timeIt(() => notesForUrl(db, pickOne(r, notes).url)))[0]);
  db.close();
  await new Promise((resolve) => { const req = fakeIndexedDB.deleteDatabase(db.name); req.onsuccess = req.onerror = resolve; });
  return { loadMs, coldMs, searchTimes, exportTimes, pageTimes, importMs, imported: report.imported, backupBytes: backup.length, count: notes.length };
}

export default async function run(): Promise<BenchSection> {
  const articles = loadArticles();
  const { byEdit, times } = editTrial(articles, 12, METHODS, Number(process.env.NOTES_BENCH_SEED ?? 20260131));
  const edits = Object.keys(EDITS);
  const lines: string[] = [];
  lines.push(`Re-anchoring on ${articles.length} real articles (Readability test pages' expected text + the seed), 12 notes per article per edit kind, seeded. "Re-anchored" = on its own text (ends within max(3, 10%) characters); "misplaced" = drawn anywhere else; notes whose text was removed should be orphaned. "Partial" = on its own text but an end is off by more than that (e.g. an ad injected inside the quote). "Repeated passage" = notes whose words occur again with a context that fits the stored prefix and suffix at least as well (the lorem-ipsum test pages): no selector can tell the copies apart, so they are counted apart and left out of the re-anchored rate; drawing one on a copy is not counted as misplaced, drawing it on other words is. A note whose text was removed may be drawn on the same words elsewhere only where one side of the context agrees beyond chance (half way from unrelated text to equal); anywhere else it is misplaced. "Misplaced" sums every kind of note.`, '');
  lines.push('| method | edit | notes | re-anchored | partial | orphaned | misplaced (any row) | repeated passage: original / copy / orphaned | text removed: orphaned / on the same words elsewhere |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |');
  const figures: Record<string, number> = {};
  for (const [name, tallies] of Object.entries(byEdit)) {
    const total: Tally = {};
    for (const edit of edits) {
      const t = tallies[edit] ?? {};
      for (const [k, v] of Object.entries(t)) total[k] = (total[k] ?? 0) + v;
    }
    for (const [edit, t] of [...edits.map((e) => [e, tallies[e] ?? {}] as const), ['all edits', total] as const]) {
      const expected = sum(t, 'reanchored', 'orphaned', 'misplaced', 'partial');
      const row = `| ${name} | ${edit} | ${expected} | ${pct(sum(t, 'reanchored') / Math.max(1, expected))} | ${sum(t, 'partial')} | ${sum(t, 'orphaned')} | **${sum(t, 'misplaced', 'removed-misplaced')}** | ${sum(t, 'repeated-original')} / ${sum(t, 'repeated-copy')} / ${sum(t, 'repeated-orphaned')} | ${sum(t, 'removed-orphaned')} / ${sum(t, 'removed-found-elsewhere')} |`;
      if (name === 'Lede' || edit === 'all edits') lines.push(row);
    }
    const key = name === 'Lede' ? 'lede' : name.split(' ')[0]!.toLowerCase();
    figures[`${key}_reanchored_pct`] = +(100 * sum(total, 'reanchored') / Math.max(1, sum(total, 'reanchored', 'orphaned', 'misplaced', 'partial'))).toFixed(2);
    figures[`${key}_misplaced`] = sum(total, 'misplaced', 'removed-misplaced');
  }
  lines.push('', `Lede re-anchoring time per note: median ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))}, max ${ms(quantile(times, 1))}.`);

  const s = await speedBench(articles);
  lines.push('', `Library speed with ${s.count.toLocaleString('en')} notes in fake-indexeddb (Node; a browser's IndexedDB is faster), through the background's service functions (bulk load ${ms(s.loadMs)}):`, '');
  lines.push('| operation | median | p95 | max | goal |', '| --- | ---: | ---: | ---: | ---: |');
  lines.push(`| library search (${s.searchTimes.length} queries: words, entity, tag+layer, dates; 200 per page) | ${ms(quantile(s.searchTimes, 0.5))} | ${ms(quantile(s.searchTimes, 0.95))} | ${ms(quantile(s.searchTimes, 1))} | ≤ 50 ms |`);
  lines.push(`| first search after the background starts (builds the search index) | ${ms(s.coldMs)} | | | |`);
  lines.push(`| one page's notes (popup open) | ${ms(quantile(s.pageTimes, 0.5))} | ${ms(quantile(s.pageTimes, 0.95))} | ${ms(quantile(s.pageTimes, 1))} | ≤ 100 ms |`);
  for (const [format, t] of Object.entries(s.exportTimes)) lines.push(`| export all as ${format} | ${ms(t)} | | | ≤ 1 s |`);
  lines.push(`| import the Lede JSON backup (${(s.backupBytes / 2 ** 20).toFixed(1)} MB, ${s.imported} notes) into an empty library, one transaction | ${ms(s.importMs)} | | | |`);
  figures.search_p95_ms = +quantile(s.searchTimes, 0.95).toFixed(1);
  figures.search_median_ms = +quantile(s.searchTimes, 0.5).toFixed(1);
  figures.search_cold_ms = +s.coldMs.toFixed(0);
  figures.page_notes_p95_ms = +quantile(s.pageTimes, 0.95).toFixed(1);
  figures.export_all_max_ms = +Math.max(...Object.values(s.exportTimes)).toFixed(0);
  figures.import_all_ms = +s.importMs.toFixed(0);
  return { title: 'Notes: re-anchoring and library speed', markdown: lines.join('\n'), figures };
}

await printWhenMain(import.meta, run);
