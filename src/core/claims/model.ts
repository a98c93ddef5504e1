/**
 * The trained check-worthiness model: a hashed linear model over `features.ts` with int8 weights, plus
 * (version 2) a word lexicon (GloVe vectors and clusters, lexicon.ts) and a dense head over the pooled
 * vectors (dense.ts) whose output adds to the linear margin, and a Platt curve fitted on the development
 * set that maps the margin to a calibrated 0..1 score whose 0.5 sits at the F1-optimal threshold.
 * Binary layout (little endian), written by scripts/train-claims.ts:
 *
 *   "LEDC" | u8 version (1 or 2) | u8 bits | u8 flags (1 bigrams, 2 trigrams, 4 cues, 8 normalize, 16 names,
 *   32 clusters) | u8 nChar | u8 × nChar char-gram sizes | f32 weightScale | f32 plattA | f32 plattB
 *   | i8 × 2^bits weights
 *   version 2 then: u32 nWords | u8 dims | u8 nSets | u32 vocabBytes | UTF-8 words joined by "\n"
 *   | u16 × nWords per cluster set | f32 × dims scales | u8 × ceil(nWords·dims/2) 4-bit codes
 *   | u16 inDim | u16 hidden | f32 × hidden·inDim w1 | f32 × hidden b1 | f32 × hidden w2 | f32 b2
 */
import { denseMargin, type DenseHead } from './dense.ts';
import { featurize, type FeatureConfig } from './features.ts';
import { makeLexicon, packCodes, type WordLexicon } from './lexicon.ts';
import type { CueScan } from './cues.ts';
import { tokenize, type Token } from './tokens.ts';

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
  /** Word vectors and clusters (version 2); clusters are used only when config.clusters is set. */
  lexicon?: WordLexicon;
  /** Dense head over the pooled word vectors (version 2, needs the lexicon). */
  dense?: DenseHead;
}

const MAGIC = [0x4c, 0x45, 0x44, 0x43];

/** A bounds-checked little-endian reader: a short or corrupt file throws instead of reading garbage. */
class Reader {
  private view: DataView;
  pos = 0;
  constructor(private bytes: Uint8Array) { this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength); }
  private need(n: number): number {
    if (!(n >= 0) || this.pos + n > this.bytes.length) throw new Error('Claim model is truncated.');
    const at = this.pos;
    this.pos += n;
    return at;
  }
  u8(): number { return this.view.getUint8(this.need(1)); }
  u16(): number { return this.view.getUint16(this.need(2), true); }
  u32(): number { return this.view.getUint32(this.need(4), true); }
  f32(): number { return this.view.getFloat32(this.need(4), true); }
  bytesOf(n: number): Uint8Array { const at = this.need(n); return this.bytes.slice(at, at + n); }
  f32s(n: number): Float32Array { const out = new Float32Array(n); for (let i = 0; i < n; i++) out[i] = this.f32(); return out; }
  u16s(n: number): Uint16Array { const out = new Uint16Array(n); for (let i = 0; i < n; i++) out[i] = this.u16(); return out; }
}

/** Reads a model written by `encodeClaimModel`; throws a descriptive Error on a corrupt or foreign file. */
export function decodeClaimModel(bytes: Uint8Array): ClaimModel {
  if (bytes.length < 20 || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('Not a Lede claim model (bad magic).');
  const version = bytes[4]!;
  if (version !== 1 && version !== 2) throw new Error(`Unsupported claim model version ${version}.`);
  const r = new Reader(bytes);
  r.pos = 5;
  const bits = r.u8(), flags = r.u8(), nChar = r.u8();
  if (bits < 8 || bits > 24) throw new Error(`Claim model has an implausible table size 2^${bits}.`);
  const charGrams = Array.from(r.bytesOf(nChar));
  const weightScale = r.f32(), plattA = r.f32(), plattB = r.f32();
  const weights = new Int8Array(r.bytesOf(1 << bits).buffer);
  const model: ClaimModel = {
    config: {
      bits, bigrams: (flags & 1) !== 0, trigrams: (flags & 2) !== 0, cues: (flags & 4) !== 0, charGrams,
      names: (flags & 16) !== 0, clusters: (flags & 32) !== 0,
    },
    normalize: (flags & 8) !== 0, weightScale, plattA, plattB, weights,
  };
  if (version === 2) {
    model.lexicon = readLexicon(r);
    model.dense = readDense(r, model.lexicon);
  }
  if (r.pos !== bytes.length) throw new Error('Claim model has trailing bytes.');
  return model;
}

function readLexicon(r: Reader): WordLexicon {
  const nWords = r.u32(), dims = r.u8(), nSets = r.u8();
  const vocab = new TextDecoder().decode(r.bytesOf(r.u32()));
  const words = nWords === 0 ? [] : vocab.split('\n');
  if (words.length !== nWords) throw new Error('Claim model lexicon is corrupt.');
  const clusters: Uint16Array[] = [];
  for (let s = 0; s < nSets; s++) clusters.push(r.u16s(nWords));
  const scales = r.f32s(dims);
  const codes = r.bytesOf(Math.ceil((nWords * dims) / 2));
  return makeLexicon(words, dims, codes, scales, clusters);
}

function readDense(r: Reader, lex: WordLexicon): DenseHead | undefined {
  const inDim = r.u16(), hidden = r.u16();
  if (hidden === 0) { r.f32(); return undefined; }
  if (inDim !== 2 * lex.dims) throw new Error('Claim model dense head does not fit its lexicon.');
  const w1 = r.f32s(hidden * inDim), b1 = r.f32s(hidden), w2 = r.f32s(hidden), b2 = r.f32();
  return { inDim, hidden, w1, b1, w2, b2 };
}

/** A growable little-endian writer for `encodeClaimModel`. */
class Writer {
  private parts: number[] = [];
  private buf = new DataView(new ArrayBuffer(4));
  u8(x: number): void { this.parts.push(x & 255); }
  u16(x: number): void { this.buf.setUint16(0, x, true); this.copy(2); }
  u32(x: number): void { this.buf.setUint32(0, x, true); this.copy(4); }
  f32(x: number): void { this.buf.setFloat32(0, x, true); this.copy(4); }
  bytes(b: ArrayLike<number>): void { for (let i = 0; i < b.length; i++) this.parts.push(b[i]! & 255); }
  private copy(n: number): void { for (let i = 0; i < n; i++) this.parts.push(this.buf.getUint8(i)); }
  done(): Uint8Array { return Uint8Array.from(this.parts); }
}

/** The inverse of `decodeClaimModel` (version 1 without a lexicon, else version 2). */
export function encodeClaimModel(model: ClaimModel): Uint8Array {
  const { config, lexicon, dense } = model;
  const w = new Writer();
  w.bytes(MAGIC);
  w.u8(lexicon ? 2 : 1);
  w.u8(config.bits);
  w.u8((config.bigrams ? 1 : 0) | (config.trigrams ? 2 : 0) | (config.cues ? 4 : 0) | (model.normalize ? 8 : 0) |
    (config.names ? 16 : 0) | (config.clusters ? 32 : 0));
  w.u8(config.charGrams.length);
  w.bytes(config.charGrams);
  w.f32(model.weightScale);
  w.f32(model.plattA);
  w.f32(model.plattB);
  w.bytes(new Uint8Array(model.weights.buffer, model.weights.byteOffset, model.weights.length));
  if (!lexicon) return w.done();
  w.u32(lexicon.words.length);
  w.u8(lexicon.dims);
  w.u8(lexicon.clusters.length);
  const vocab = new TextEncoder().encode(lexicon.words.join('\n'));
  w.u32(vocab.length);
  w.bytes(vocab);
  for (const c of lexicon.clusters) for (const x of c) w.u16(x);
  for (const s of lexicon.scales) w.f32(s);
  w.bytes(packCodes(lexicon.values));
  w.u16(dense?.inDim ?? 0);
  w.u16(dense?.hidden ?? 0);
  if (dense) {
    for (const a of [dense.w1, dense.b1, dense.w2]) for (const x of a) w.f32(x);
  }
  w.f32(dense?.b2 ?? 0);
  return w.done();
}

/** The model's raw margin for one span of text (before calibration): linear plus the dense head. */
export function claimMargin(model: ClaimModel, text: string, tokens: Token[] = tokenize(text), scan?: CueScan): number {
  const lex = model.lexicon ?? null;
  const idx = featurize(text, model.config, tokens, scan, lex);
  let sum = 0;
  for (let i = 0; i < idx.length; i++) sum += model.weights[idx[i]!]!;
  const norm = model.normalize ? 1 / Math.sqrt(idx.length) : 1;
  const linear = sum * model.weightScale * norm;
  return model.dense && lex ? linear + denseMargin(model.dense, lex, tokens) : linear;
}

/** Maps a margin to the calibrated score in [0, 1]; monotonic in the margin when plattA > 0. */
export function calibrate(model: ClaimModel, margin: number): number {
  const z = model.plattA * margin + model.plattB;
  if (!Number.isFinite(z)) return z > 0 ? 1 : 0;
  return 1 / (1 + Math.exp(-z));
}
