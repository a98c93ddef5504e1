/** The claim model's feature families and training hyper-parameters (chosen by cross-validation on train
 * and checked on dev; see public/models/CLAIMS-MODEL.md). */
import type { FeatureConfig } from '../../src/core/claims/features.ts';
import type { TrainOptions } from './linear.ts';

export const FEATURES: FeatureConfig = { bits: 18, bigrams: true, trigrams: false, charGrams: [4], cues: true, names: true };
export const OPTIONS: TrainOptions = {
  size: 1 << FEATURES.bits, epochs: 8, eta: 0.2, l2: 1e-6, normalize: true, posWeight: 1, seed: 20200115,
};
