/**
 * The honest yardstick for the claim model. The shipped calibration is fitted on dev, so "dev F1 at 0.5"
 * flatters it; these two estimates do not:
 *
 * - train-only: calibration (Platt curve and the 0.5 point of the line scores) fitted on train
 *   out-of-fold scores alone, then dev scored once at 0.5: dev never touches the model nor its threshold.
 * - dev k-fold: what shipping a dev-calibrated model yields on fresh sentences of dev's kind: for each of
 *   k folds of dev, the calibration is fitted on the other folds and the fold is scored at 0.5; the
 *   pooled predictions give one F1.
 *
 * Both go through `scoreParagraph` (clause cuts and priors included), as held-out sets are scored.
 * Weights and hyper-parameters never see dev in training; feature choices are made on train CV first.
 *
 * A third figure looks at a shift of topic and time, which dev (sampled from the same debates as train)
 * cannot show: train on sentences with ids below SHIFT_ID and score the rest, the 2016 debates (crowd
 * labels, so only average precision and best-threshold F1 are comparable between models).
 */
import { claimMargin, type ClaimModel } from '../../src/core/claims/model.ts';
import { DEFAULT_SPLIT, scoreParagraph, type SplitOptions } from '../../src/core/claims/index.ts';
import { bestF1, f1At, fitPlatt, type Example, type F1 } from './linear.ts';

/** Trains an uncalibrated model (plattA 1, plattB 0) on the given examples. */
export type Fit = (train: Example[]) => ClaimModel;

export const marginsOf = (m: ClaimModel, xs: Example[]): number[] => xs.map((e) => claimMargin(m, e.text));

/** findClaims-style line scores: highest span score in the line, 0 if none. */
export const lineScores = (model: ClaimModel, xs: Example[], opts: SplitOptions = DEFAULT_SPLIT): number[] =>
  xs.map((e) => Math.max(0, ...scoreParagraph(e.text, model, opts).map((s) => s.score)));

const labelsOf = (xs: Example[]): number[] => xs.map((e) => e.label);

/** k models, each trained without one fold (fold = position mod k), and the out-of-fold margins. */
export function crossFit(train: Example[], fit: Fit, k = 5): { oof: number[]; models: ClaimModel[] } {
  const oof = new Array<number>(train.length).fill(0);
  const models: ClaimModel[] = [];
  for (let f = 0; f < k; f++) {
    const m = fit(train.filter((_, i) => i % k !== f));
    models.push(m);
    train.forEach((e, i) => { if (i % k === f) oof[i] = claimMargin(m, e.text); });
  }
  return { oof, models };
}

/** Out-of-fold line scores of train: each fold's model under `calib`'s calibration. */
export function oofLines(train: Example[], models: ClaimModel[], calib: ClaimModel, opts?: SplitOptions): number[] {
  const k = models.length;
  const fold = models.map((m) => ({ ...m, plattA: calib.plattA, plattB: calib.plattB }));
  return train.map((e, i) => lineScores(fold[i % k]!, [e], opts)[0]!);
}

/** Fits the Platt curve on `margins` with its centre at their F1-optimal margin, then shifts its offset so
 * that 0.5 is the F1-optimal threshold of the final line scores (clause cuts and the hand-set priors act on
 * the logit after Platt). `lines` scores the calibration examples under a candidate calibration. */
export function calibrateOn(
  model: ClaimModel, margins: number[], labels: number[], lines: (m: ClaimModel) => number[],
): ClaimModel {
  const [plattA, plattB] = fitPlatt(margins, labels, bestF1(margins, labels).threshold);
  const first = { ...model, plattA, plattB };
  const t = Math.min(0.99, Math.max(0.01, bestF1(lines(first), labels).threshold));
  return { ...first, plattB: plattB - Math.log(t / (1 - t)) };
}

/** Average precision of `scores` (threshold-free, so it does not depend on calibration). */
export function averagePrecision(scores: number[], labels: number[]): number {
  const order = scores.map((s, i) => [s, labels[i]!] as const).sort((a, b) => b[0] - a[0]);
  let tp = 0, sum = 0;
  order.forEach(([, l], k) => { if (l) { tp++; sum += tp / (k + 1); } });
  return tp ? sum / tp : 0;
}

/** Train sentence ids from here on are the 2016 debates (the last cycle in the corpus; dev has none). */
export const SHIFT_ID = 30000;

export interface ShiftFigures {
  sentences: number;
  ap: number;
  best: F1;
}

/** Trains on the debates before 2016 and scores the 2016 ones (margins; crowd labels). */
export function shiftFigures(train: Example[], fit: Fit): ShiftFigures {
  const late = (e: Example): boolean => Number(e.id) >= SHIFT_ID;
  const test = train.filter(late);
  const m = fit(train.filter((e) => !late(e)));
  const margins = marginsOf(m, test), labels = labelsOf(test);
  return { sentences: test.length, ap: averagePrecision(margins, labels), best: bestF1(margins, labels) };
}

export interface HonestFigures {
  /** Train 5-fold CV on crowd labels, best threshold, margins. */
  cv: F1;
  /** Dev line scores at 0.5 with the calibration fitted on train out-of-fold scores only. */
  trainCalibrated: F1;
  /** Dev, k-fold cross-calibration on dev, pooled at 0.5. */
  devKFold: F1;
  /** Dev average precision of the final model's margins (threshold-free). */
  devAP: number;
  /** The final model calibrated on train out-of-fold scores only. */
  trainCalibratedModel: ClaimModel;
}

/** Dev F1 at 0.5 of line scores, each fold of dev scored under a calibration fitted on the other folds
 * (the model's own calibration is ignored: only its margins count). */
export function devKFold(final: ClaimModel, dev: Example[], k = 5): F1 {
  const margins = marginsOf(final, dev);
  const pooled = new Array<number>(dev.length).fill(0);
  for (let f = 0; f < k; f++) {
    const inFold = (i: number): boolean => i % k === f;
    const rest = dev.filter((_, i) => !inFold(i));
    const m = calibrateOn(final, margins.filter((_, i) => !inFold(i)), labelsOf(rest), (c) => lineScores(c, rest));
    dev.forEach((e, i) => { if (inFold(i)) pooled[i] = lineScores(m, [e])[0]!; });
  }
  return f1At(pooled, labelsOf(dev), 0.5);
}

/** F1 of plain scores with each fold's threshold chosen (best F1) on the other folds: the same honesty
 * for a model without calibration, such as a baseline. */
export function thresholdKFold(scores: number[], labels: number[], k = 5): F1 {
  const pred = new Array<number>(scores.length).fill(0);
  for (let f = 0; f < k; f++) {
    const keep = (_: unknown, i: number): boolean => i % k !== f;
    const t = bestF1(scores.filter(keep), labels.filter(keep)).threshold;
    scores.forEach((s, i) => { if (i % k === f) pred[i] = s >= t ? 1 : 0; });
  }
  return f1At(pred, labels, 0.5);
}

/** Honest figures for `final` (trained on all of train by `fit`) with the out-of-fold models `cv`. */
export function honestFigures(
  train: Example[], dev: Example[], final: ClaimModel, cv: { oof: number[]; models: ClaimModel[] }, k = 5,
): HonestFigures {
  const trainLabels = labelsOf(train);
  const trainCalibratedModel = calibrateOn(final, cv.oof, trainLabels, (m) => oofLines(train, cv.models, m));
  const devLabels = labelsOf(dev);
  const devMargins = marginsOf(final, dev);
  return {
    cv: bestF1(cv.oof, trainLabels),
    trainCalibrated: f1At(lineScores(trainCalibratedModel, dev), devLabels, 0.5),
    devKFold: devKFold(final, dev, k),
    devAP: averagePrecision(devMargins, devLabels),
    trainCalibratedModel,
  };
}
