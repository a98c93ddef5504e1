/**
 * The whole annotation (entities, numbers, quotes, claims) of a 1,200-token news article in Node,
 * warm, beside what compromise and wink-nlp take to read the same text in the same run. The article
 * is the bundled sample plus one more news-like text, cut to 1,200 tokens.
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { annotateArticle } from '../src/core/annotate.ts';
import { tokenize } from '../src/core/text/tokenize.ts';
import { loadModels } from '../src/cli/models.ts';
import { printWhenMain, type BenchSection } from './section.ts';

const TOKENS = 1_200;

function article(): string[] {
  const gold = JSON.parse(readFileSync(new URL('../test/fixtures/seed/gold.json', import.meta.url), 'utf8')) as { body_paragraphs: string[] };
  const extra = readFileSync(new URL('../test/fixtures/hostile/iframes.html', import.meta.url), 'utf8').match(/<p>([^<]+)<\/p>/g)!.map((p) => p.slice(3, -4));
  const out: string[] = [];
  let n = 0;
  for (const p of [...gold.body_paragraphs, ...extra, ...gold.body_paragraphs]) {
    const k = tokenize(p).length;
    if (n + k > TOKENS) break;
    out.push(p);
    n += k;
  }
  return out;
}

function median(run: () => void, times = 60, warm = 15): number {
  for (let i = 0; i < warm; i++) run();
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    run();
    ms.push(performance.now() - t0);
  }
  return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
}

export default async function run(): Promise<BenchSection> {
  const paragraphs = article();
  const text = paragraphs.join('\n\n');
  const tokens = paragraphs.reduce((n, p) => n + tokenize(p).length, 0);
  const t0 = performance.now();
  const models = loadModels();
  const loadMs = performance.now() - t0;
  const doc = { title: null, byline: null, published: '2026-01-31T09:12:00+00:00', site: null, language: 'en', paragraphs };
  const lede = median(() => annotateArticle(doc, models));
  const compromise = median(() => {
    const d = nlp(text);
    d.people().out('array');
    d.organizations().out('array');
    d.places().out('array');
    d.numbers().out('array');
    d.quotations().out('array');
  });
  const wink = winkNLP(model);
  const winkMs = median(() => wink.readDoc(text).entities().out());
  const a = annotateArticle(doc, models);
  const markdown = `Article: ${paragraphs.length} paragraphs, ${tokens} tokens (the sample article and a council story). Median of 60 warm runs, one thread.

| system | what it does | ms per article (goal ≤ 20 for Lede) |
| --- | --- | --- |
| **Lede** | entities (trained tagger + linking), numbers, quotes with speakers, claims (trained model) | **${lede.toFixed(2)}** |
| compromise 14.17 | people, organizations, places, numbers, quotations | ${compromise.toFixed(2)} |
| wink-nlp 2.4 + lite web model | its entities (numbers, dates; no people/organizations/places) | ${winkMs.toFixed(2)} |

Lede's output on it: ${a.entities.length} entities, ${a.numbers.length} numbers, ${a.quotes.length} quotes, ${a.claims.filter((c) => c.score >= 0.5).length} flagged claims. Loading both models once (CLI, from disk) took ${loadMs.toFixed(0)} ms.`;
  return { title: 'Whole annotation speed', markdown, figures: { annotate_ms: lede, compromise_ms: compromise, wink_ms: winkMs, tokens, models_load_ms: loadMs } };
}

await printWhenMain(import.meta, run);
