/** The claim model's feature families and training hyper-parameters (chosen by cross-validation on train
 * and checked on dev; see public/models/CLAIMS-MODEL.md). */
import type { FeatureConfig } from '../../src/core/claims/features.ts';
import type { LexiconOptions } from './build.ts';
import type { TrainOptions } from './linear.ts';
import type { MlpOptions } from './mlp.ts';

export const FEATURES: FeatureConfig = { bits: 18, bigrams: true, trigrams: false, charGrams: [4], cues: true, names: true, clusters: true };
/** The lexicon's size: the most frequent GloVe words (4-bit vectors: 50 bytes each). */
export const LEXICON_WORDS = 24000;
export const LEXICON: LexiconOptions = { clusters: [64, 512], kmeansIterations: 8, seed: 11 };
export const MLP: MlpOptions = { hidden: 64, epochs: 8, lr: 0.002, l2: 1e-4, dropout: 0.1, batch: 32, seed: 7, stackWeight: 0.5 };
export const OPTIONS: TrainOptions = {
  size: 1 << FEATURES.bits, epochs: 8, eta: 0.2, l2: 1e-6, normalize: true, posWeight: 1, seed: 20200115,
};
