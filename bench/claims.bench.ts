/**
 * Claims: check-worthiness on the ClaimBuster dev set (1,032 debate sentences, expert labels), Lede's
 * shipped model (public/models/claims.bin, through findClaims' line scoring: highest span score per line,
 * threshold 0.5) beside a hashed word uni+bigram logistic regression trained in this run on the same train
 * split (the common baseline). Both twice: with the threshold fitted on all of dev (flattering), and
 * honestly, each fifth of dev scored under a calibration or threshold fitted on the other four fifths.
 * Also through every layer (entities, numbers, quotes as context, as `lede annotate --text` scores
 * held-out sets), train 5-fold cross-validation of both (ours retrained from the shipped model's own
 * lexicon, so the GloVe package is not needed), model size and speed on a 1,200-token article.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { featurize, type FeatureConfig } from '../src/core/claims/features.ts';
import { decodeClaimModel, findClaims, scoreParagraph } from '../src/core/claims/index.ts';
import {
  bestF1, f1At, margin, readClaimBuster, trainLogistic, type F1, type TrainOptions,
} from '../scripts/claims/linear.ts';
import { crossValidate, fitStacked, rowsOf } from '../scripts/claims/build.ts';
import { FEATURES, MLP, OPTIONS } from '../scripts/claims/config.ts';
import { averagePrecision, crossFit, devKFold, marginsOf, thresholdKFold } from '../scripts/claims/honest.ts';
import { decodeNerModel, findEntities } from '../src/core/ner/index.ts';
import { findNumbers } from '../src/core/numbers/index.ts';
import { findQuotes } from '../src/core/quotes/index.ts';
import { printWhenMain, type BenchSection } from './section.ts';

const CORPUS = fileURLToPath(new URL('../../shared/corpora/claims/claimbuster/', import.meta.url));
const MODEL = fileURLToPath(new URL('../public/models/claims.bin', import.meta.url));
const SEED = fileURLToPath(new URL('../test/fixtures/seed/gold.json', import.meta.url));
const NER = fileURLToPath(new URL('../public/models/ner.bin', import.meta.url));

const BASELINE_FEATURES: FeatureConfig = { bits: 18, bigrams: true, trigrams: false, charGrams: [], cues: false };
const BASELINE_OPTIONS: TrainOptions = {
  size: 1 << 18, epochs: 8, eta: 0.1, l2: 1e-6, normalize: true, posWeight: 1, seed: 1,
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : 0;
}

/** Seed body paragraphs repeated until the article holds at least 1,200 whitespace tokens. */
function article1200(): { paragraphs: string[]; tokens: number } {
  const body = (JSON.parse(readFileSync(SEED, 'utf8')) as { body_paragraphs: string[] }).body_paragraphs;
  const paragraphs: string[] = [];
  let tokens = 0;
  for (let i = 0; tokens < 1200; i++) {
    const p = body[i % body.length]!;
    paragraphs.push(p);
    tokens += p.split(/\s+/).filter(Boolean).length;
  }
  return { paragraphs, tokens };
}

const fmt = (x: number): string => x.toFixed(3);
const line = (name: string, f: F1, extra: string): string =>
  `| ${name} | ${fmt(f.precision)} | ${fmt(f.recall)} | **${fmt(f.f1)}** | ${extra} |`;

/** Line scores of `lines` run as one article through every layer, as `lede annotate --text` does (one
 * paragraph per line); null when the entity model cannot be loaded. */
function throughAllLayers(lines: string[], model: ReturnType<typeof decodeClaimModel>): number[] | null {
  try {
    const entities = findEntities(lines, decodeNerModel(new Uint8Array(readFileSync(NER))));
    const numbers = findNumbers(lines, { published: null });
    const quotes = findQuotes(lines, entities);
    const scores = new Array<number>(lines.length).fill(0);
    for (const c of findClaims(lines, { entities, numbers, quotes }, model)) scores[c.paragraph] = Math.max(scores[c.paragraph]!, c.score);
    return scores;
  } catch {
    return null;
  }
}

export default async function run(): Promise<BenchSection> {
  const train = readClaimBuster(`${CORPUS}train.tsv`);
  const dev = readClaimBuster(`${CORPUS}dev.tsv`);
  const labels = dev.map((e) => e.label);
  const bytes = new Uint8Array(readFileSync(MODEL));
  const model = decodeClaimModel(bytes);

  const ours = f1At(dev.map((e) => Math.max(0, ...scoreParagraph(e.text, model).map((s) => s.score))), labels, 0.5);
  const oursHonest = devKFold(model, dev);
  const oursAP = averagePrecision(marginsOf(model, dev), labels);
  const full = throughAllLayers(dev.map((e) => e.text), model);
  const oursFull = full ? f1At(full, labels, 0.5) : null;

  const t0 = performance.now();
  const w = trainLogistic(train.map((e) => ({ idx: featurize(e.text, BASELINE_FEATURES), label: e.label })), BASELINE_OPTIONS);
  const trainMs = performance.now() - t0;
  const baseMargins = dev.map((e) => margin(w, featurize(e.text, BASELINE_FEATURES), true));
  const baseline = bestF1(baseMargins, labels);
  const baselineHonest = thresholdKFold(baseMargins, labels);
  const baseAP = averagePrecision(baseMargins, labels);
  // Train 5-fold CV (crowd labels, best threshold): the same folds for both, no dev involved.
  const trainLabels = train.map((e) => e.label);
  const t1 = performance.now();
  const cvOurs = model.lexicon
    ? bestF1(crossFit(train, fitStacked(FEATURES, OPTIONS, model.lexicon, MLP)).oof, trainLabels)
    : bestF1(crossValidate(rowsOf(train, FEATURES), OPTIONS), trainLabels);
  const cvMs = performance.now() - t1;
  const cvBase = bestF1(crossValidate(rowsOf(train, BASELINE_FEATURES), BASELINE_OPTIONS), trainLabels);

  const { paragraphs, tokens } = article1200();
  const none = { entities: [], numbers: [], quotes: [] };
  for (let i = 0; i < 5; i++) findClaims(paragraphs, none, model);
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < 40; i++) {
    const s = performance.now();
    found = findClaims(paragraphs, none, model).length;
    times.push(performance.now() - s);
  }
  const ms = median(times);
  const spans = paragraphs.reduce((n, p) => n + scoreParagraph(p, model).length, 0);

  const markdown = [
    'ClaimBuster dev (1,032 sentences, 238 check-worthy), check-worthy class. Ours: the shipped model through',
    '`findClaims` line scoring at 0.5. Baseline: trained in this run on the same train split. "Honest" rows: each',
    'fifth of dev scored under a calibration (ours) or threshold (baseline) fitted on the other four fifths; the',
    'other rows use a calibration or threshold fitted on all of dev, which flatters both. AP: average precision of',
    'the margins (threshold-free).',
    '',
    '| model | precision | recall | F1 | notes |',
    '| --- | ---: | ---: | ---: | --- |',
    line('Lede claims.bin, honest (dev 5-fold calibration)', oursHonest, `AP ${fmt(oursAP)}; ${(bytes.length / 1024).toFixed(0)} KiB`),
    line('Lede claims.bin, calibrated on all of dev', ours, 'shipped calibration'),
    oursFull ? line('Lede, all layers (as `lede annotate --text`)', oursFull, 'entities, numbers, quotes as context; shipped calibration') : '| Lede, all layers | – | – | – | entity model did not load |',
    line('hashed uni+bigram logistic regression, honest (dev 5-fold threshold)', baselineHonest, `AP ${fmt(baseAP)}`),
    line('hashed uni+bigram logistic regression, threshold tuned on dev', baseline, `float32, trained in ${(trainMs / 1000).toFixed(1)} s`),
    '',
    `Train, 5-fold cross-validation on the crowdsourced labels (best threshold, margins before calibration and`,
    `priors; same folds for both): Lede **${fmt(cvOurs.f1)}** (P ${fmt(cvOurs.precision)}, R ${fmt(cvOurs.recall)}; ${(cvMs / 1000).toFixed(0)} s),`,
    `baseline ${fmt(cvBase.f1)} (P ${fmt(cvBase.precision)}, R ${fmt(cvBase.recall)}).`,
    '',
    `Speed: findClaims on a ${tokens}-token article (${paragraphs.length} paragraphs, ${spans} scored spans, ${found}`,
    `returned ≥ 0.3), warm, median of 40 runs: **${ms.toFixed(2)} ms** (${Math.round(spans / (ms / 1000))} spans/s).`,
  ].join('\n');

  return {
    title: 'Claims',
    markdown,
    figures: {
      claims_dev_f1: ours.f1,
      claims_dev_f1_honest: oursHonest.f1,
      claims_dev_ap: oursAP,
      claims_baseline_dev_f1_honest: baselineHonest.f1,
      claims_dev_precision: ours.precision,
      claims_dev_recall: ours.recall,
      ...(oursFull ? { claims_dev_f1_all_layers: oursFull.f1 } : {}),
      claims_train_cv_f1: cvOurs.f1,
      claims_baseline_dev_f1: baseline.f1,
      claims_baseline_train_cv_f1: cvBase.f1,
      claims_model_bytes: bytes.length,
      claims_ms_per_1200_tokens: ms,
    },
  };
}

await printWhenMain(import.meta, run);
