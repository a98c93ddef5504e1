/**
 * Trains Lede's check-worthiness model from ClaimBuster (../shared/corpora/claims/claimbuster) and writes
 * public/models/claims.bin and public/models/CLAIMS-MODEL.md. Reproducible: fixed seed, fixed
 * hyper-parameters (chosen by 5-fold cross-validation on train and checked on dev).
 *
 *   npx tsx scripts/train-claims.ts
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { featurize, type FeatureConfig } from '../src/core/claims/features.ts';
import { encodeClaimModel, decodeClaimModel, type ClaimModel } from '../src/core/claims/model.ts';
import { scoreParagraph } from '../src/core/claims/index.ts';
import { tokenize } from '../src/core/claims/tokens.ts';
import {
  bestF1, f1At, fitPlatt, margin, quantize, readClaimBuster, trainLogistic, type Example, type F1, type Row,
  type TrainOptions,
} from './claims/linear.ts';
import { writeModelCard } from './claims/model-card.ts';

export const FEATURES: FeatureConfig = { bits: 18, bigrams: true, trigrams: false, charGrams: [3, 4], cues: true };
export const OPTIONS: TrainOptions = {
  size: 1 << FEATURES.bits, epochs: 8, eta: 0.3, l2: 1e-6, normalize: true, posWeight: 1, seed: 20200115,
};

const root = resolve(process.cwd());
const corpus = join(root, '..', 'shared', 'corpora', 'claims', 'claimbuster');
const rowsOf = (xs: Example[], cfg: FeatureConfig): Row[] => xs.map((e) => ({ idx: featurize(e.text, cfg), label: e.label }));

/** Out-of-fold margins over train (5 folds by position), for honest threshold and F1 estimates. */
function crossValidate(rows: Row[], o: TrainOptions, k = 5): number[] {
  const oof = new Array<number>(rows.length).fill(0);
  for (let f = 0; f < k; f++) {
    const w = trainLogistic(rows.filter((_, i) => i % k !== f), o);
    rows.forEach((r, i) => { if (i % k === f) oof[i] = margin(w, r.idx, o.normalize); });
  }
  return oof;
}

function lineF1(model: ClaimModel, dev: Example[]): F1 {
  const scores = dev.map((e) => Math.max(0, ...scoreParagraph(e.text, model).map((s) => s.score)));
  return f1At(scores, dev.map((e) => e.label), 0.5);
}

function main(): void {
  const t0 = Date.now();
  const train = readClaimBuster(join(corpus, 'train.tsv'));
  const dev = readClaimBuster(join(corpus, 'dev.tsv'));
  const rows = rowsOf(train, FEATURES);
  const labels = dev.map((e) => e.label);

  const oof = crossValidate(rows, OPTIONS);
  const cv = bestF1(oof, rows.map((r) => r.label));

  const w = trainLogistic(rows, OPTIONS);
  const q = quantize(w);
  const devMargins = dev.map((e) => margin(q.weights, featurize(e.text, FEATURES, tokenize(e.text)), OPTIONS.normalize, q.scale));
  const atCvThreshold = f1At(devMargins, labels, cv.threshold);
  const best = bestF1(devMargins, labels);
  const [plattA, plattB] = fitPlatt(devMargins, labels, best.threshold);
  const model: ClaimModel = { config: FEATURES, normalize: OPTIONS.normalize, weightScale: q.scale, weights: q.weights, plattA, plattB };
  const bytes = encodeClaimModel(model);
  const pipeline = lineF1(decodeClaimModel(bytes), dev);

  writeFileSync(join(root, 'public', 'models', 'claims.bin'), bytes);
  writeModelCard(join(root, 'public', 'models', 'CLAIMS-MODEL.md'), {
    features: FEATURES, options: OPTIONS, bytes: bytes.length, train: train.length, dev: dev.length,
    trainPositives: rows.filter((r) => r.label).length, devPositives: labels.filter(Boolean).length,
    cv, devAtCvThreshold: atCvThreshold, devBest: best, pipeline, plattA, plattB, seconds: (Date.now() - t0) / 1000,
  });
  console.log(`claims.bin: ${bytes.length} bytes; train CV F1 ${cv.f1.toFixed(3)}; dev F1 ${pipeline.f1.toFixed(3)} ` +
    `(P ${pipeline.precision.toFixed(3)} R ${pipeline.recall.toFixed(3)}) at 0.5; dev F1 at the train-CV threshold ` +
    `${atCvThreshold.f1.toFixed(3)}; ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main();
