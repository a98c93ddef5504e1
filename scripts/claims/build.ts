/**
 * Builds a claim model in memory: trains on ClaimBuster train, quantizes, calibrates on dev, and measures
 * it (train cross-validation, dev at the train-CV threshold, dev through findClaims' line scoring, and what
 * the hand-set reported-event prior does on both).
 */
import { featurize, type FeatureConfig } from '../../src/core/claims/features.ts';
import { DEFAULT_SPLIT, scoreParagraph, type SplitOptions } from '../../src/core/claims/index.ts';
import type { ClaimModel } from '../../src/core/claims/model.ts';
import { scanCues } from '../../src/core/claims/cues.ts';
import { isReportedEvent } from '../../src/core/claims/reported-event.ts';
import { tokenize } from '../../src/core/claims/tokens.ts';
import { bestF1, f1At, fitPlatt, margin, quantize, trainLogistic, type Example, type F1, type Row, type TrainOptions } from './linear.ts';

export interface Built {
  model: ClaimModel;
  cv: F1 | null;
  devAtCvThreshold: F1 | null;
  devBest: F1;
  pipeline: F1;
  /** Line scores with and without the reported-event prior: train out-of-fold (best threshold) and dev (at 0.5). */
  prior: PriorEffect | null;
}

export interface PriorEffect {
  cvWith: F1;
  cvWithout: F1;
  devWith: F1;
  devWithout: F1;
  /** Sentences the prior fires on (capitalized words standing in for entities), and how many are check-worthy. */
  trainFires: [number, number];
  devFires: [number, number];
}

function fires(xs: Example[]): [number, number] {
  let n = 0, pos = 0;
  for (const e of xs) {
    const t = tokenize(e.text);
    if (isReportedEvent(t, scanCues(t), null)) { n++; pos += e.label; }
  }
  return [n, pos];
}

export const rowsOf = (xs: Example[], cfg: FeatureConfig): Row[] => xs.map((e) => ({ idx: featurize(e.text, cfg), label: e.label }));

/** Out-of-fold margins over train (k folds by position), for honest threshold and F1 estimates. */
export function crossValidate(rows: Row[], o: TrainOptions, k = 5): number[] {
  return foldWeights(rows, o, k).oof;
}

function foldWeights(rows: Row[], o: TrainOptions, k = 5): { oof: number[]; weights: Float32Array[] } {
  const oof = new Array<number>(rows.length).fill(0);
  const weights: Float32Array[] = [];
  for (let f = 0; f < k; f++) {
    const w = trainLogistic(rows.filter((_, i) => i % k !== f), o);
    weights.push(w);
    rows.forEach((r, i) => { if (i % k === f) oof[i] = margin(w, r.idx, o.normalize); });
  }
  return { oof, weights };
}

/** findClaims-style line scores: highest span score in the line, 0 if none. */
export const lineScores = (model: ClaimModel, xs: Example[], opts?: SplitOptions): number[] =>
  xs.map((e) => Math.max(0, ...scoreParagraph(e.text, model, opts).map((s) => s.score)));

/** F1 of findClaims-style line scores at 0.5. */
export function lineF1(model: ClaimModel, dev: Example[], opts?: SplitOptions): F1 {
  return f1At(lineScores(model, dev, opts), dev.map((e) => e.label), 0.5);
}

/** Shifts the Platt offset so that 0.5 on the final line scores (after clause cuts and the hand-set
 * priors, which act in logit space after Platt) is their F1-optimal threshold on dev. */
function recenter(model: ClaimModel, dev: Example[]): ClaimModel {
  const best = bestF1(lineScores(model, dev), dev.map((e) => e.label));
  const t = Math.min(0.99, Math.max(0.01, best.threshold));
  return { ...model, plattB: model.plattB - Math.log(t / (1 - t)) };
}

const WITHOUT_PRIOR: SplitOptions = { ...DEFAULT_SPLIT, reportedEvent: false };

/** Out-of-fold line scores of train, each fold's weights under the final model's calibration. */
function oofLines(train: Example[], weights: Float32Array[], model: ClaimModel, opts?: SplitOptions): number[] {
  const k = weights.length;
  const out = new Array<number>(train.length).fill(0);
  const folds = weights.map((w) => { const q = quantize(w); return { ...model, weights: q.weights, weightScale: q.scale }; });
  train.forEach((e, i) => { out[i] = lineScores(folds[i % k]!, [e], opts)[0]!; });
  return out;
}

export function buildModel(train: Example[], dev: Example[], features: FeatureConfig, o: TrainOptions, withCv = true): Built {
  const rows = rowsOf(train, features);
  const labels = dev.map((e) => e.label);
  const folds = withCv ? foldWeights(rows, o) : null;
  const cv = folds ? bestF1(folds.oof, rows.map((r) => r.label)) : null;
  const q = quantize(trainLogistic(rows, o));
  const devMargins = dev.map((e) => margin(q.weights, featurize(e.text, features), o.normalize, q.scale));
  const devBest = bestF1(devMargins, labels);
  const [plattA, plattB] = fitPlatt(devMargins, labels, devBest.threshold);
  const model = recenter({ config: features, normalize: o.normalize, weightScale: q.scale, weights: q.weights, plattA, plattB }, dev);
  let prior: PriorEffect | null = null;
  if (folds) {
    const trainLabels = rows.map((r) => r.label);
    prior = {
      cvWith: bestF1(oofLines(train, folds.weights, model), trainLabels),
      cvWithout: bestF1(oofLines(train, folds.weights, model, WITHOUT_PRIOR), trainLabels),
      devWith: lineF1(model, dev),
      devWithout: lineF1(model, dev, WITHOUT_PRIOR),
      trainFires: fires(train),
      devFires: fires(dev),
    };
  }
  return {
    model, cv, devBest, pipeline: lineF1(model, dev), prior,
    devAtCvThreshold: cv ? f1At(devMargins, labels, cv.threshold) : null,
  };
}
