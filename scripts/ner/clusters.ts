/**
 * Word clusters from unlabelled text, a cheap stand-in for Brown clusters: each word's left and right
 * neighbours (PPMI-weighted, randomly projected to a few dozen dimensions, plus how often the word is
 * capitalized mid-sentence) are grouped by seeded k-means into fine clusters, and the fine centroids
 * into coarse ones. Words that behave alike (surnames, cities, company words) share a cluster, so the
 * tagger can generalize from a name it saw in training to one it did not.
 *
 * Text: the tokens of CoNLL-2003 train (labels unused), the article text of Readability's test pages and
 * the ClaimBuster sentences, all read from ../shared. Only "word, cluster ids" pairs leave this script.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ColumnDocument } from '../../src/core/ner/conll.ts';
import { normalizeWord } from '../../src/core/ner/features.ts';
import { splitSentences } from '../../src/core/text/sentences.ts';
import { tokenize } from '../../src/core/text/tokenize.ts';
import { rng } from './perceptron.ts';

const MAX_VOCAB = 24000;
const MIN_COUNT = 3;
const CONTEXTS = 800;
const DIMS = 64;
const FINE = 256;
const COARSE = 32;

/** Sentences of unlabelled text from ../shared (no test data). */
function unlabelledSentences(root: string, labelled: ColumnDocument[][]): string[][] {
  const out: string[][] = [];
  for (const docs of labelled) for (const doc of docs) for (const s of doc) out.push(s.tokens);
  const addText = (text: string): void => {
    for (const r of splitSentences(text)) out.push(tokenize(text.slice(r.start, r.end)).map((t) => t.text));
  };
  const pages = resolve(root, '../shared/corpora/extraction/readability/test-pages');
  if (existsSync(pages)) {
    for (const name of readdirSync(pages)) {
      const file = resolve(pages, name, 'expected.html');
      if (!existsSync(file)) continue;
      const html = readFileSync(file, 'utf8');
      for (const block of html.split(/<\/(?:p|h\d|li|div|blockquote|td)>/i)) addText(htmlText(block));
    }
  }
  for (const f of ['train.tsv', 'dev.tsv']) {
    const file = resolve(root, '../shared/corpora/claims/claimbuster', f);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) addText(line.split('\t')[1] ?? '');
  }
  return out;
}

function htmlText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d)))
    .replace(/\s+/g, ' ');
}

/**
 * "word\tfine\tcoarse" lines (ids 1-based), and the words usually written with a capital mid-sentence
 * (for restoring case in all-lowercase text).
 */
export function buildClusters(root: string, labelled: ColumnDocument[][], seed = 7): { clusters: string; capitalized: string[] } {
  const sents = unlabelledSentences(root, labelled);
  const counts = new Map<string, number>();
  const capMid = new Map<string, number>();
  for (const s of sents) {
    s.forEach((w, i) => {
      const l = normalizeWord(w);
      counts.set(l, (counts.get(l) ?? 0) + 1);
      if (i > 0 && w !== l && /^\p{Lu}\p{Ll}/u.test(w)) capMid.set(l, (capMid.get(l) ?? 0) + 1);
    });
  }
  const ranked = [...counts].filter(([, c]) => c >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = ranked.slice(0, MAX_VOCAB).map(([w]) => w);
  const vid = new Map(vocab.map((w, i) => [w, i]));
  const ctx = new Map(ranked.slice(0, CONTEXTS).map(([w], i) => [w, i]));
  // Co-occurrence counts: left context in [0, C), right context in [C, 2C), sentence edges at the ends.
  const C = CONTEXTS + 1;
  const co = new Float32Array(vocab.length * 2 * C);
  for (const s of sents) {
    const ls = s.map(normalizeWord);
    for (let i = 0; i < ls.length; i++) {
      const v = vid.get(ls[i]!);
      if (v === undefined) continue;
      const left = i > 0 ? (ctx.get(ls[i - 1]!) ?? -1) : CONTEXTS;
      const right = i + 1 < ls.length ? (ctx.get(ls[i + 1]!) ?? -1) : CONTEXTS;
      if (left >= 0) co[v * 2 * C + left]! += 1;
      if (right >= 0) co[v * 2 * C + C + right]! += 1;
    }
  }
  // PPMI weighting.
  const colSum = new Float64Array(2 * C);
  const rowSum = new Float64Array(vocab.length);
  let total = 0;
  for (let v = 0; v < vocab.length; v++) {
    for (let j = 0; j < 2 * C; j++) {
      const x = co[v * 2 * C + j]!;
      colSum[j]! += x;
      rowSum[v]! += x;
      total += x;
    }
  }
  const random = rng(seed);
  const gauss = (): number => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
  const proj = new Float32Array(2 * C * DIMS).map(() => gauss());
  const vec = new Float32Array(vocab.length * (DIMS + 1));
  const D = DIMS + 1;
  for (let v = 0; v < vocab.length; v++) {
    const out = vec.subarray(v * D, v * D + DIMS);
    for (let j = 0; j < 2 * C; j++) {
      const x = co[v * 2 * C + j]!;
      if (x === 0) continue;
      const pmi = Math.log((x * total) / (rowSum[v]! * colSum[j]!));
      if (pmi <= 0) continue;
      for (let d = 0; d < DIMS; d++) out[d]! += pmi * proj[j * DIMS + d]!;
    }
    normalize(out);
    // Capitalization as one more dimension: names and common words separate even with similar contexts.
    vec[v * D + DIMS] = 0.8 * ((capMid.get(vocab[v]!) ?? 0) / counts.get(vocab[v]!)!);
  }
  const fine = kmeans(vec, vocab.length, D, FINE, 10, random);
  const coarse = kmeans(fine.centroids, FINE, D, COARSE, 15, random);
  const clusters = vocab.map((w, v) => `${w}\t${fine.assign[v]! + 1}\t${coarse.assign[fine.assign[v]!]! + 1}`).join('\n');
  const capitalized = [...counts]
    .filter(([w, c]) => c >= 2 && /^\p{L}/u.test(w) && (capMid.get(w) ?? 0) >= 0.8 * c)
    .map(([w]) => w)
    .sort();
  return { clusters, capitalized };
}

function normalize(x: Float32Array): void {
  let n = 0;
  for (const a of x) n += a * a;
  n = Math.sqrt(n) || 1;
  for (let i = 0; i < x.length; i++) x[i]! /= n;
}

/** Seeded k-means (dot-product assignment on normalized rows, mean update). */
function kmeans(data: Float32Array, n: number, dim: number, k: number, iters: number, random: () => number): { assign: Int32Array; centroids: Float32Array } {
  const centroids = new Float32Array(k * dim);
  for (let c = 0; c < k; c++) {
    const r = Math.floor(random() * n);
    centroids.set(data.subarray(r * dim, (r + 1) * dim), c * dim);
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iters; it++) {
    for (let i = 0; i < n; i++) {
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < dim; d++) dot += data[i * dim + d]! * centroids[c * dim + d]!;
        if (dot > best) {
          best = dot;
          arg = c;
        }
      }
      assign[i] = arg;
    }
    centroids.fill(0);
    const size = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      size[assign[i]!]!++;
      for (let d = 0; d < dim; d++) centroids[assign[i]! * dim + d]! += data[i * dim + d]!;
    }
    for (let c = 0; c < k; c++) {
      if (size[c] === 0) {
        const r = Math.floor(random() * n);
        centroids.set(data.subarray(r * dim, (r + 1) * dim), c * dim);
      } else normalize(centroids.subarray(c * dim, (c + 1) * dim));
    }
  }
  return { assign, centroids };
}
