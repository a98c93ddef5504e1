/**
 * Builds a claim model in memory: trains on ClaimBuster train, quantizes, calibrates on dev, and measures
 * it: train cross-validation, the honest dev figures of honest.ts (calibration from train alone, and
 * k-fold cross-calibration on dev), dev through findClaims' line scoring, and what the hand-set
 * reported-event prior does on both.
 */
import { featurize, type FeatureConfig } from '../../src/core/claims/features.ts';
import { makeLexicon, poolVectors, quantize4, type WordLexicon } from '../../src/core/claims/lexicon.ts';
import { DEFAULT_SPLIT, type SplitOptions } from '../../src/core/claims/index.ts';
import type { ClaimModel } from '../../src/core/claims/model.ts';
import { scanCues } from '../../src/core/claims/cues.ts';
import { isReportedEvent } from '../../src/core/claims/reported-event.ts';
import { tokenize } from '../../src/core/claims/tokens.ts';
import {
  calibrateOn, crossFit, honestFigures, lineScores, marginsOf, oofLines, shiftFigures, type Fit, type HonestFigures,
  type ShiftFigures,
} from './honest.ts';
import type { Glove } from '../glove/read.ts';
import { sphericalKMeans } from '../glove/kmeans.ts';
import { bestF1, f1At, quantize, trainLogistic, type Example, type F1, type Row, type TrainOptions } from './linear.ts';
import { trainDenseHead, type MlpOptions } from './mlp.ts';

export interface Built {
  model: ClaimModel;
  honest: HonestFigures | null;
  shift: ShiftFigures | null;
  /** Dev F1 of the final margins at the threshold that was F1-optimal on train out-of-fold margins. */
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

export const rowsOf = (xs: Example[], cfg: FeatureConfig, lexicon: WordLexicon | null = null): Row[] =>
  xs.map((e) => ({ idx: featurize(e.text, cfg, tokenize(e.text), null, lexicon), label: e.label }));

/** The hashed linear model alone (with the lexicon's cluster features when given), quantized, uncalibrated. */
export const fitLinear = (features: FeatureConfig, o: TrainOptions, lexicon: WordLexicon | null = null): Fit => (xs) => {
  const q = quantize(trainLogistic(rowsOf(xs, features, lexicon), o));
  return {
    config: features, normalize: o.normalize, weightScale: q.scale, weights: q.weights, plattA: 1, plattB: 0,
    ...(lexicon ? { lexicon } : {}),
  };
};

/** The linear model plus the dense head over pooled word vectors, its output added to the margin. */
export const fitStacked = (features: FeatureConfig, o: TrainOptions, lexicon: WordLexicon, mlp: MlpOptions): Fit => (xs) => {
  const linear = fitLinear(features, o, lexicon)(xs);
  const pooled = xs.map((e) => poolVectors(lexicon, tokenize(e.text)));
  return { ...linear, dense: trainDenseHead(pooled, xs.map((e) => e.label), mlp) };
};

export interface LexiconOptions {
  /** Cluster counts, one cluster set each (e.g. [64, 512]). */
  clusters: number[];
  kmeansIterations: number;
  seed: number;
}

/** The shipped lexicon: 4-bit vectors and spherical k-means clusters of the given GloVe words. */
export function buildLexicon(glove: Glove, o: LexiconOptions): WordLexicon {
  const n = glove.words.length, d = glove.dims;
  const { codes, scales } = quantize4(glove.vectors, n, d);
  const clusters = o.clusters.map((k, i) => sphericalKMeans(glove.vectors, n, d, k, o.kmeansIterations, o.seed + i));
  return makeLexicon(glove.words, d, codes, scales, clusters);
}

/** Out-of-fold float margins over train (k folds by position), for benches comparing feature sets. */
export function crossValidate(rows: Row[], o: TrainOptions, k = 5): number[] {
  const oof = new Array<number>(rows.length).fill(0);
  for (let f = 0; f < k; f++) {
    const w = trainLogistic(rows.filter((_, i) => i % k !== f), o);
    rows.forEach((r, i) => {
      if (i % k !== f) return;
      let m = 0;
      for (const j of r.idx) m += w[j]!;
      oof[i] = m * (o.normalize ? 1 / Math.sqrt(r.idx.length) : 1);
    });
  }
  return oof;
}

/** F1 of findClaims-style line scores at 0.5. */
export function lineF1(model: ClaimModel, dev: Example[], opts?: SplitOptions): F1 {
  return f1At(lineScores(model, dev, opts), dev.map((e) => e.label), 0.5);
}

const WITHOUT_PRIOR: SplitOptions = { ...DEFAULT_SPLIT, reportedEvent: false };

export function buildModel(train: Example[], dev: Example[], fit: Fit, withCv = true): Built {
  const labels = dev.map((e) => e.label);
  const folds = withCv ? crossFit(train, fit) : null;
  const final = fit(train);
  const devMargins = marginsOf(final, dev);
  const devBest = bestF1(devMargins, labels);
  // Shipped calibration: on dev, the only expert-labelled data (its honest cost: HonestFigures.devKFold).
  const model = calibrateOn(final, devMargins, labels, (m) => lineScores(m, dev));
  let prior: PriorEffect | null = null;
  let honest: HonestFigures | null = null;
  if (folds) {
    honest = honestFigures(train, dev, final, folds);
    const trainLabels = train.map((e) => e.label);
    prior = {
      cvWith: bestF1(oofLines(train, folds.models, model), trainLabels),
      cvWithout: bestF1(oofLines(train, folds.models, model, WITHOUT_PRIOR), trainLabels),
      devWith: lineF1(model, dev),
      devWithout: lineF1(model, dev, WITHOUT_PRIOR),
      trainFires: fires(train),
      devFires: fires(dev),
    };
  }
  return {
    model, devBest, pipeline: lineF1(model, dev), prior, honest, shift: withCv ? shiftFigures(train, fit) : null,
    devAtCvThreshold: honest ? f1At(devMargins, labels, honest.cv.threshold) : null,
  };
}
