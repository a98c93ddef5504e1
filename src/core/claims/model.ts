/**
 * The trained check-worthiness model: a hashed linear model over `features.ts` with int8 weights, and a
 * Platt curve fitted on the development set that maps its margin to a calibrated 0..1 score whose 0.5
 * sits at the F1-optimal threshold. Binary layout (little endian), written by scripts/train-claims.ts:
 *
 *   "LEDC" | u8 version=1 | u8 bits | u8 flags (1 bigrams, 2 trigrams, 4 cues, 8 normalize, 16 names) | u8 nChar
 *   | u8 × nChar char-gram sizes | f32 weightScale | f32 plattA | f32 plattB | i8 × 2^bits weights
 */
import { featurize, type FeatureConfig } from './features.ts';
import type { CueScan } from './cues.ts';
import type { Token } from './tokens.ts';

export interface ClaimModel {
  config: FeatureConfig;
  /** Divide each feature's weight by sqrt(feature count), so long sentences are not favoured by length. */
  normalize: boolean;
  /** Real weight = int8 weight × weightScale. */
  weightScale: number;
  weights: Int8Array;
  /** score = sigmoid(plattA × margin + plattB). */
  plattA: number;
  plattB: number;
}

const MAGIC = [0x4c, 0x45, 0x44, 0x43];
const VERSION = 1;

/** Reads a model written by `encodeClaimModel`; throws a descriptive Error on a corrupt or foreign file. */
export function decodeClaimModel(bytes: Uint8Array): ClaimModel {
  if (bytes.length < 20 || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('Not a Lede claim model (bad magic).');
  if (bytes[4] !== VERSION) throw new Error(`Unsupported claim model version ${bytes[4]}.`);
  const bits = bytes[5]!;
  const flags = bytes[6]!;
  const nChar = bytes[7]!;
  if (bits < 8 || bits > 24) throw new Error(`Claim model has an implausible table size 2^${bits}.`);
  const charGrams = Array.from(bytes.subarray(8, 8 + nChar));
  const head = 8 + nChar;
  const size = 1 << bits;
  if (bytes.length !== head + 12 + size) throw new Error('Claim model is truncated or has trailing bytes.');
  const view = new DataView(bytes.buffer, bytes.byteOffset + head, 12);
  const weights = new Int8Array(size);
  weights.set(new Int8Array(bytes.buffer, bytes.byteOffset + head + 12, size));
  return {
    config: { bits, bigrams: (flags & 1) !== 0, trigrams: (flags & 2) !== 0, cues: (flags & 4) !== 0, charGrams, names: (flags & 16) !== 0 },
    normalize: (flags & 8) !== 0,
    weightScale: view.getFloat32(0, true),
    plattA: view.getFloat32(4, true),
    plattB: view.getFloat32(8, true),
    weights,
  };
}

/** The inverse of `decodeClaimModel`. */
export function encodeClaimModel(model: ClaimModel): Uint8Array {
  const { config } = model;
  const head = 8 + config.charGrams.length;
  const out = new Uint8Array(head + 12 + model.weights.length);
  out.set(MAGIC, 0);
  out[4] = VERSION;
  out[5] = config.bits;
  out[6] = (config.bigrams ? 1 : 0) | (config.trigrams ? 2 : 0) | (config.cues ? 4 : 0) | (model.normalize ? 8 : 0) | (config.names ? 16 : 0);
  out[7] = config.charGrams.length;
  out.set(config.charGrams, 8);
  const view = new DataView(out.buffer, head, 12);
  view.setFloat32(0, model.weightScale, true);
  view.setFloat32(4, model.plattA, true);
  view.setFloat32(8, model.plattB, true);
  out.set(new Uint8Array(model.weights.buffer, model.weights.byteOffset, model.weights.length), head + 12);
  return out;
}

/** The model's raw margin for one span of text (before calibration). */
export function claimMargin(model: ClaimModel, text: string, tokens?: Token[], scan?: CueScan): number {
  const idx = featurize(text, model.config, tokens, scan);
  let sum = 0;
  for (let i = 0; i < idx.length; i++) sum += model.weights[idx[i]!]!;
  const norm = model.normalize ? 1 / Math.sqrt(idx.length) : 1;
  return sum * model.weightScale * norm;
}

/** Maps a margin to the calibrated score in [0, 1]; monotonic in the margin when plattA > 0. */
export function calibrate(model: ClaimModel, margin: number): number {
  const z = model.plattA * margin + model.plattB;
  if (!Number.isFinite(z)) return z > 0 ? 1 : 0;
  return 1 / (1 + Math.exp(-z));
}
