/**
 * Builds a claim model in memory: trains on ClaimBuster train, quantizes, calibrates on dev, and measures
 * it (train cross-validation, dev at the train-CV threshold, dev through findClaims' line scoring).
 */
import { featurize, type FeatureConfig } from '../../src/core/claims/features.ts';
import { scoreParagraph } from '../../src/core/claims/index.ts';
import type { ClaimModel } from '../../src/core/claims/model.ts';
import { bestF1, f1At, fitPlatt, margin, quantize, trainLogistic, type Example, type F1, type Row, type TrainOptions } from './linear.ts';

export interface Built {
  model: ClaimModel;
  cv: F1 | null;
  devAtCvThreshold: F1 | null;
  devBest: F1;
  pipeline: F1;
}

export const rowsOf = (xs: Example[], cfg: FeatureConfig): Row[] => xs.map((e) => ({ idx: featurize(e.text, cfg), label: e.label }));

/** Out-of-fold margins over train (k folds by position), for honest threshold and F1 estimates. */
export function crossValidate(rows: Row[], o: TrainOptions, k = 5): number[] {
  const oof = new Array<number>(rows.length).fill(0);
  for (let f = 0; f < k; f++) {
    const w = trainLogistic(rows.filter((_, i) => i % k !== f), o);
    rows.forEach((r, i) => { if (i % k === f) oof[i] = margin(w, r.idx, o.normalize); });
  }
  return oof;
}

/** findClaims-style line scores: highest span score in the line, 0 if none. */
export const lineScores = (model: ClaimModel, xs: Example[]): number[] =>
  xs.map((e) => Math.max(0, ...scoreParagraph(e.text, model).map((s) => s.score)));

/** F1 of findClaims-style line scores at 0.5. */
export function lineF1(model: ClaimModel, dev: Example[]): F1 {
  return f1At(lineScores(model, dev), dev.map((e) => e.label), 0.5);
}

/** Shifts the Platt offset so that 0.5 on the final line scores (after clause cuts and the hand-set
 * priors, which act in logit space after Platt) is their F1-optimal threshold on dev. */
function recenter(model: ClaimModel, dev: Example[]): ClaimModel {
  const best = bestF1(lineScores(model, dev), dev.map((e) => e.label));
  const t = Math.min(0.99, Math.max(0.01, best.threshold));
  return { ...model, plattB: model.plattB - Math.log(t / (1 - t)) };
}

export function buildModel(train: Example[], dev: Example[], features: FeatureConfig, o: TrainOptions, withCv = true): Built {
  const rows = rowsOf(train, features);
  const labels = dev.map((e) => e.label);
  let cv: F1 | null = null;
  if (withCv) cv = bestF1(crossValidate(rows, o), rows.map((r) => r.label));
  const q = quantize(trainLogistic(rows, o));
  const devMargins = dev.map((e) => margin(q.weights, featurize(e.text, features), o.normalize, q.scale));
  const devBest = bestF1(devMargins, labels);
  const [plattA, plattB] = fitPlatt(devMargins, labels, devBest.threshold);
  const model = recenter({ config: features, normalize: o.normalize, weightScale: q.scale, weights: q.weights, plattA, plattB }, dev);
  return {
    model, cv, devBest, pipeline: lineF1(model, dev),
    devAtCvThreshold: cv ? f1At(devMargins, labels, cv.threshold) : null,
  };
}
