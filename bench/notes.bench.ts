/**
 * Notes: re-anchoring after page edits, and library speed with 10,000 notes.
 *
 * Re-anchoring: notes are taken on real article text (the body paragraphs of Readability's test pages,
 * `expected.html`), then the page is edited programmatically, one kind of edit at a time and all at once:
 * typos fixed, paragraphs inserted, paragraphs removed, ads injected, text reflowed. Every edit tracks
 * where each original character went, so the right answer is known: a note is *re-anchored* when it lands
 * on its own text (ends within a few characters), *orphaned* when refused, *misplaced* when drawn anywhere
 * else. Notes whose text was removed should be orphaned. Peers in the same run: position only, first exact
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
import { maxErrorsFor, reanchorDetailed, type Anchor } from '../src/core/notes/reanchor.ts';
import { editDistance, fuzzySearch } from '../src/core/notes/fuzzy-search.ts';
import type { Note, NoteLayer, Selector } from '../src/core/notes/types.ts';
import { canonicalizeUrl } from '../src/core/notes/canonical-url.ts';
import { openNotesDb, toRow } from '../src/background/notes-db.ts';
import { exportNotes, importNotes, listNotes, notesForUrl } from '../src/background/notes-service.ts';
import { printWhenMain, type BenchSection } from './section.ts';

const CORPUS = fileURLToPath(new URL('../../shared/corpora/extraction/readability/test-pages/', import.meta.url));
const SEED = fileURLToPath(new URL('../test/fixtures/seed/gold.json', import.meta.url));

/** mulberry32: a small seeded PRNG so every run edits the same way. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pickOne = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

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

/** Text plus, for every character, the index it came from in the original (-1 = new text). */
interface Doc { text: string; origin: Int32Array }

const identity = (text: string): Doc => ({ text, origin: Int32Array.from({ length: text.length }, (_, i) => i) });

function splice(doc: Doc, start: number, end: number, insert: string): Doc {
  const origin = new Int32Array(doc.text.length - (end - start) + insert.length);
  origin.set(doc.origin.subarray(0, start), 0);
  origin.fill(-1, start, start + insert.length);
  origin.set(doc.origin.subarray(end), start + insert.length);
  return { text: doc.text.slice(0, start) + insert + doc.text.slice(end), origin };
}

/** Paragraph boundaries ("\n\n") of a doc's text. */
function boundaries(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n\n'); i !== -1; i = text.indexOf('\n\n', i + 2)) out.push(i + 2);
  return out;
}

function typo(r: Rand, doc: Doc): Doc {
  const at = int(r, 1, doc.text.length - 3);
  const c = doc.text[at]!;
  if (!/[a-z]/i.test(c) || !/[a-z]/i.test(doc.text[at + 1]!)) return doc;
  switch (int(r, 0, 3)) {
    case 0: return splice(doc, at, at + 1, ''); // dropped letter
    case 1: return splice(doc, at, at + 1, c + c); // doubled letter
    case 2: return splice(doc, at, at + 2, doc.text[at + 1]! + c); // swapped letters
    default: return splice(doc, at, at + 1, c === 'e' ? 'a' : 'e'); // wrong letter
  }
}

/**
 * A paragraph from another article that is new to this one: several test pages share lorem ipsum, and
 * copying a paragraph the article already has would make a true duplicate, which no anchor can tell apart.
 */
function newParagraph(r: Rand, text: string, others: string[][]): string {
  for (let tries = 0; tries < 20; tries++) {
    const p = pickOne(r, pickOne(r, others));
    const sentences = p.match(/[^.!?]{20,}[.!?]/g) ?? [p];
    if (!sentences.some((x) => text.includes(x.trim()))) return p;
  }
  return 'A new paragraph was added here by the editors after publication.';
}

const ADS = ['Advertisement', 'ADVERTISEMENT', 'Story continues below advertisement', 'Sign up for our newsletter to get the best stories in your inbox every morning.', 'Read more: Five things to know before the markets open', 'Sponsored content'];

type Edit = (r: Rand, doc: Doc, others: string[][]) => Doc;

const EDITS: Record<string, Edit> = {
  'typos fixed': () => { throw new Error('handled apart: the note is taken on the misspelt text'); },
  'paragraphs inserted': (r, doc, others) => {
    let d = doc;
    for (let n = int(r, 1, 3); n > 0; n--) {
      const at = pickOne(r, boundaries(d.text));
      d = splice(d, at, at, `${newParagraph(r, doc.text, others)}\n\n`);
    }
    return d;
  },
  'paragraphs removed': (r, doc) => {
    let d = doc;
    for (let n = int(r, 1, 2); n > 0; n--) {
      const b = boundaries(d.text);
      if (b.length < 3) break;
      const i = int(r, 0, b.length - 2);
      d = splice(d, b[i]!, b[i + 1]!, '');
    }
    return d;
  },
  'ads injected': (r, doc) => {
    let d = doc;
    for (let n = int(r, 2, 4); n > 0; n--) {
      if (r() < 0.6) {
        const at = pickOne(r, boundaries(d.text));
        d = splice(d, at, at, `${pickOne(r, ADS)}\n\n`);
      } else {
        // Inline: an ad label glued into a paragraph at a sentence end.
        const ends = [...d.text.matchAll(/[.!?] (?=[A-Z])/g)].map((m) => m.index! + 2);
        if (ends.length) { const at = pickOne(r, ends); d = splice(d, at, at, `${pickOne(r, ADS)} `); }
      }
    }
    return d;
  },
  'text reflowed': (r, doc) => {
    let d = doc;
    for (let n = int(r, 3, 8); n > 0; n--) {
      const kind = int(r, 0, 2);
      if (kind === 0) { // a paragraph split at a sentence end
        const ends = [...d.text.matchAll(/[.!?] (?=[A-Z])/g)].map((m) => m.index! + 1);
        if (ends.length) { const at = pickOne(r, ends); d = splice(d, at, at + 1, '\n\n'); }
      } else if (kind === 1) { // two paragraphs merged
        const b = boundaries(d.text).slice(1);
        if (b.length) { const at = pickOne(r, b); d = splice(d, at - 2, at, ' '); }
      } else { // a space becomes a line break or a double space
        const spaces = [...d.text.matchAll(/ /g)].map((m) => m.index!);
        if (spaces.length) { const at = pickOne(r, spaces); d = splice(d, at, at + 1, r() < 0.5 ? '\n' : '  '); }
      }
    }
    return d;
  },
};
EDITS.combined = (r, doc, others) =>
  ['paragraphs inserted', 'paragraphs removed', 'ads injected', 'text reflowed'].reduce((d, k) => EDITS[k]!(r, d, others), doc);

/** A highlight a reader might make: a name, a number, some words, a sentence or a whole paragraph. */
function pickQuote(r: Rand, text: string): [number, number] | null {
  const b = boundaries(text);
  const p = int(r, 0, b.length - 1);
  const pStart = b[p]!;
  const pEnd = p + 1 < b.length ? b[p + 1]! - 2 : text.length;
  const para = text.slice(pStart, pEnd);
  const kind = int(r, 0, 9);
  let m: RegExpMatchArray[];
  if (kind <= 1) m = [...para.matchAll(/\b[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\b/g)];
  else if (kind === 2) m = [...para.matchAll(/[$€£]?\d[\d,.]*%?(?: (?:million|billion|percent|per cent))?/g)];
  else if (kind <= 4) m = [...para.matchAll(/[^.!?]+[.!?]/g)].map((x) => { const t = x[0].trimStart(); return Object.assign([t], { index: x.index! + x[0].length - t.length }) as RegExpMatchArray; });
  else if (kind === 5) return [pStart, pEnd];
  else {
    const words = [...para.matchAll(/\S+/g)];
    if (words.length < 3) return null;
    const from = int(r, 0, words.length - 2);
    const to = Math.min(words.length - 1, from + int(r, 1, 25));
    return [pStart + words[from]!.index!, pStart + words[to]!.index! + words[to]![0].length];
  }
  if (!m.length) return null;
  const x = pickOne(r, m);
  return [pStart + x.index!, pStart + x.index! + x[0].length];
}

type Outcome = 'reanchored' | 'orphaned' | 'misplaced' | 'partial' | 'repeated-orphaned' | 'repeated-original' | 'repeated-copy' | 'removed-orphaned' | 'removed-found-elsewhere' | 'removed-misplaced';
type Method = (text: string, selectors: Selector[]) => Anchor | null;

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

const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

/** How well the text around a place agrees with the stored prefix and suffix (0..2). */
function contextAgreement(text: string, at: Anchor, quote: { prefix: string; suffix: string }): number {
  // Agreement beyond chance, as the re-anchorer measures it: unrelated English scores ~0.4 similarity.
  const sim = (a: string, b: string) =>
    (a.length || b.length ? Math.max(0, (0.6 - editDistance(a, b) / Math.max(a.length, b.length)) / 0.6) : 1);
  return sim(quote.prefix, text.slice(Math.max(0, at.start - quote.prefix.length), at.start)) +
    sim(quote.suffix, text.slice(at.end, at.end + quote.suffix.length));
}

/**
 * True when the article holds another copy of the quoted words whose context fits the stored prefix and
 * suffix at least as well as the original's (repeated passages, as in the lorem-ipsum test pages; a copy
 * may differ by as many edits as re-anchoring allows). No
 * selector can tell such copies apart, so these notes are counted in their own row.
 */
function equallyGoodCopies(newText: string, truth: [number, number], quote: { exact: string; prefix: string; suffix: string }): Anchor[] {
  const own = contextAgreement(newText, { start: truth[0], end: truth[1] }, quote);
  const copies: Anchor[] = fuzzySearch(newText, quote.exact, maxErrorsFor(quote.exact.length), 64);
  for (let at = newText.indexOf(quote.exact); at !== -1; at = newText.indexOf(quote.exact, at + 1)) copies.push({ start: at, end: at + quote.exact.length });
  const elsewhere = (c: Anchor) => c.end <= truth[0] || c.start >= truth[1];
  return copies.filter((c) => elsewhere(c) && contextAgreement(newText, c, quote) >= own - 0.05);
}

/** Judges one re-anchoring against the known answer. *Partial* = on its own text, an end off. */
function judge(found: Anchor | null, truth: [number, number] | null, newText: string, selectors: Selector[]): Outcome {
  const quote = selectors[0] as { exact: string; prefix: string; suffix: string };
  const sameWords = found !== null && squash(newText.slice(found.start, found.end)) === squash(quote.exact);
  if (!truth) {
    if (!found) return 'removed-orphaned';
    return sameWords ? 'removed-found-elsewhere' : 'removed-misplaced';
  }
  const tol = Math.max(3, Math.round((truth[1] - truth[0]) * 0.1));
  const onOwn = found !== null && Math.abs(found.start - truth[0]) <= tol && Math.abs(found.end - truth[1]) <= tol;
  const copies = equallyGoodCopies(newText, truth, quote);
  if (copies.length) {
    if (!found) return 'repeated-orphaned';
    if (onOwn) return 'repeated-original';
    const onCopy = copies.some((c) => Math.abs(found.start - c.start) <= tol && Math.abs(found.end - c.end) <= tol);
    return onCopy || sameWords ? 'repeated-copy' : 'misplaced';
  }
  if (!found) return 'orphaned';
  if (onOwn) return 'reanchored';
  const inside = Math.max(0, Math.min(found.end, truth[1]) - Math.max(found.start, truth[0]));
  return inside >= (found.end - found.start) / 2 ? 'partial' : 'misplaced';
}

/** Where an old range's surviving characters are in the new text; null when most of it is gone. */
function truthOf(oldToNew: Int32Array, start: number, end: number): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  let kept = 0;
  for (let i = start; i < end; i++) {
    const j = oldToNew[i]!;
    if (j >= 0) { kept++; lo = Math.min(lo, j); hi = Math.max(hi, j); }
  }
  return kept >= (end - start) / 2 && kept > 0 ? [lo, hi + 1] : null;
}

function invert(doc: Doc, oldLength: number): Int32Array {
  const out = new Int32Array(oldLength).fill(-1);
  doc.origin.forEach((o, i) => { if (o >= 0) out[o] = i; });
  return out;
}

interface Tally { [outcome: string]: number }

function anchoringBench(articles: string[][], notesPerArticle: number) {
  const byEdit: Record<string, Record<string, Tally>> = {};
  const r = rng(Number(process.env.NOTES_BENCH_SEED ?? 20260131));
  const times: number[] = [];
  for (const [a, paragraphs] of articles.entries()) {
    const others = articles.filter((_, i) => i !== a);
    const clean = articleText(paragraphs);
    for (const edit of Object.keys(EDITS)) {
      // old = the page when the note was taken; newDoc = the page today, origin → old indices.
      let oldText: string;
      let newText: string;
      let oldToNew: Int32Array;
      if (edit === 'typos fixed') {
        let misspelt = identity(clean);
        for (let n = Math.max(3, Math.round(clean.length / 150)); n > 0; n--) misspelt = typo(r, misspelt);
        oldText = misspelt.text;
        newText = clean;
        oldToNew = misspelt.origin;
      } else {
        const edited = EDITS[edit]!(r, identity(clean), others);
        oldText = clean;
        newText = edited.text;
        oldToNew = invert(edited, clean.length);
      }
      if (newText === oldText) continue;
      for (let k = 0; k < notesPerArticle; k++) {
        const q = pickQuote(r, oldText);
        if (!q || q[1] - q[0] < 2 || !oldText.slice(q[0], q[1]).trim()) continue;
        const selectors = describeSelectors(oldText, q[0], q[1]);
        const truth = truthOf(oldToNew, q[0], q[1]);
        for (const [name, method] of Object.entries(METHODS)) {
          const t0 = performance.now();
          const found = method(newText, selectors);
          if (name === 'Lede') times.push(performance.now() - t0);
          const outcome = judge(found, truth, newText, selectors);
          const tally = ((byEdit[name] ??= {})[edit] ??= {});
          tally[outcome] = (tally[outcome] ?? 0) + 1;
        }
      }
    }
  }
  return { byEdit, times };
}

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
  const { byEdit, times } = anchoringBench(articles, 12);
  const edits = Object.keys(EDITS);
  const lines: string[] = [];
  lines.push(`Re-anchoring on ${articles.length} real articles (Readability test pages' expected text + the seed), 12 notes per article per edit kind, seeded. "Re-anchored" = on its own text (ends within max(3, 10%) characters); "misplaced" = drawn anywhere else; notes whose text was removed should be orphaned. "Partial" = on its own text but an end is off by more than that (e.g. an ad injected inside the quote). "Repeated passage" = notes whose words occur again with a context that fits the stored prefix and suffix at least as well (the lorem-ipsum test pages): no selector can tell the copies apart, so they are counted apart and left out of the re-anchored rate; drawing one on a copy is not counted as misplaced, drawing it on other words is. "Misplaced" sums every kind of note.`, '');
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
