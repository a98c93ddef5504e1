/**
 * The trained tagger as it ships (`public/models/ner.bin`) and as it sits in memory.
 *
 * File layout (little endian): "LNER", u32 header length, UTF-8 JSON header (version, hash bits,
 * gazetteer lists, cluster table size), f32 transition scores (start row + one row per label, then end
 * scores), u32 row count, the rows' bucket gaps as varints, one f32 scale per row, then the rows' int8
 * weights (per pass), then the word-cluster table if the header lists one. Only non-zero buckets are stored (about 8% of them), each row quantized with its own scale:
 * one global int8 scale loses most of the accuracy, per-row scales lose none (research notes §5).
 * The columnar order is for gzip, which compresses each column better on its own.
 */
import { FEATURE_VERSION } from './hash.ts';
import { buildGazetteer, type GazetteerLists } from './gazetteer.ts';
import { decodeHashedClusters, type HashedClustersMeta } from './hashed-clusters.ts';
import type { FeatureResources } from './features.ts';
import { LABEL_COUNT } from './labels.ts';

export interface NerModelHeader {
  format: 1;
  featureVersion: number;
  bits: number;
  labels: number;
  gazetteer: GazetteerLists;
  /** Word clusters keyed by word hash (hashed-clusters.ts); their bytes end the file. */
  clusters?: HashedClustersMeta;
  /** Space-separated lowercase words usually written capitalized (case restoration). */
  capitalized?: string;
  trainedOn: string;
  stages: number;
  /**
   * How rows are coded (absent: f32 scales, weights in ±127). `levels[k]`: pass k's weights in
   * ±levels[k]; `scaleLog`: one byte per row scale, scale = exp(min + code × step).
   */
  rowCoding?: { levels: number[]; scaleLog: [number, number] };
}

/** Dense weights of one pass as training produces them (`bucket * labels + label`). */
export interface DenseStage {
  w: Float32Array;
  trans: Float32Array;
  end: Float32Array;
}

export interface NerModel {
  header: NerModelHeader;
  resources: FeatureResources;
  /** First pass, then (optionally) the second pass that also sees the first pass's labels. */
  stages: NerStage[];
}

/** One pass's weights. */
export interface NerStage {
  /** Bucket → row number, or -1. */
  index: Int32Array;
  /** Rows of int8 weights (row r at r × labels), kept quantized: 4× less memory, fewer cache misses. */
  weights: Int8Array;
  /** One scale per row. */
  scales: Float32Array;
  /** (labels + 1) × labels: row `labels` holds the start scores. */
  transitions: Float32Array;
  endScores: Float32Array;
}

const MAGIC = [0x4c, 0x4e, 0x45, 0x52]; // "LNER"

/** Reads a model file. Throws on a file that is not a model of this version (a packaging bug). */
export function decodeNerModel(bytes: Uint8Array): NerModel {
  if (bytes.length < 12 || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('ner.bin: not a Lede NER model');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLen = view.getUint32(4, true);
  let pos = 8;
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(pos, pos + headerLen))) as NerModelHeader;
  pos += headerLen;
  if (header.format !== 1 || header.featureVersion !== FEATURE_VERSION || header.labels !== LABEL_COUNT) {
    throw new Error(`ner.bin: model version ${header.featureVersion} does not match the code (${FEATURE_VERSION}); retrain`);
  }
  const stages: NerStage[] = [];
  for (let k = 0; k < (header.stages ?? 1); k++) {
    const [stage, next] = decodeStage(bytes, view, pos, header);
    stages.push(stage);
    pos = next;
  }
  const resources: FeatureResources = {
    gazetteer: buildGazetteer(header.gazetteer),
    ...(header.clusters ? { clusters: decodeHashedClusters(header.clusters, bytes.subarray(pos)) } : {}),
    bits: header.bits,
    capitalized: new Set((header.capitalized ?? '').split(' ').filter(Boolean)),
  };
  return { header, resources, stages };
}

function decodeStage(bytes: Uint8Array, view: DataView, pos: number, header: NerModelHeader): [NerStage, number] {
  const L = header.labels;
  const transitions = new Float32Array((L + 1) * L);
  for (let i = 0; i < transitions.length; i++, pos += 4) transitions[i] = view.getFloat32(pos, true);
  const endScores = new Float32Array(L);
  for (let i = 0; i < L; i++, pos += 4) endScores[i] = view.getFloat32(pos, true);
  const rows = view.getUint32(pos, true);
  pos += 4;
  const index = new Int32Array(1 << header.bits).fill(-1);
  const buckets = new Int32Array(rows);
  let bucket = -1;
  for (let r = 0; r < rows; r++) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[pos++]!;
      gap |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    bucket += gap;
    buckets[r] = bucket;
  }
  const scales = new Float32Array(rows);
  const log = header.rowCoding?.scaleLog;
  if (log) for (let r = 0; r < rows; r++, pos++) scales[r] = Math.exp(log[0] + bytes[pos]! * log[1]);
  else for (let r = 0; r < rows; r++, pos += 4) scales[r] = view.getFloat32(pos, true);
  // A copy, so the model does not keep the whole file alive. Not `bytes.slice`: on a Node Buffer that
  // is a view into a shared pool, and its `.buffer` would start at the wrong byte.
  const weights = new Int8Array(rows * L);
  weights.set(new Int8Array(bytes.buffer, bytes.byteOffset + pos, rows * L));
  pos += rows * L;
  for (let r = 0; r < rows; r++) index[buckets[r]!] = r;
  return [{ index, weights, scales, transitions, endScores }, pos];
}

/**
 * The byte coding of row scales for these passes: the log range of the scales of the rows that will be
 * kept, cut into 256 steps (a step of about 2%, far below what int8 or int4 weights lose anyway).
 */
export function scaleLogRange(stages: readonly DenseStage[], minRowMax: readonly number[], levels: readonly number[], labels: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  stages.forEach((st, k) => {
    for (let b = 0; b < st.w.length; b += labels) {
      let max = 0;
      for (let j = 0; j < labels; j++) max = Math.max(max, Math.abs(st.w[b + j]!));
      if (max === 0 || max < minRowMax[k]!) continue;
      const l = Math.log(max / levels[k]!);
      lo = Math.min(lo, l);
      hi = Math.max(hi, l);
    }
  });
  return Number.isFinite(lo) ? [lo, Math.max(hi - lo, 1e-6) / 255] : [0, 1];
}

/** Writes a model file from the dense trained weights of each pass. Used by training. */
export function encodeNerModel(header: NerModelHeader, stages: DenseStage[], minRowMax: number | readonly number[] = 0, clusterBytes?: Uint8Array): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify({ ...header, stages: stages.length }));
  const parts: Uint8Array[] = [new Uint8Array(MAGIC), u32(json.length), json];
  // One threshold per pass: a CRF's weights are on another scale than a perceptron's.
  stages.forEach((st, i) => parts.push(...encodeStage(header, st, typeof minRowMax === 'number' ? minRowMax : (minRowMax[i] ?? 0), i)));
  if (clusterBytes) parts.push(clusterBytes);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

function u32(v: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, v, true);
  return b;
}

function f32s(values: ArrayLike<number>): Uint8Array {
  const b = new Uint8Array(values.length * 4);
  const view = new DataView(b.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i]!, true);
  return b;
}

function encodeStage(header: NerModelHeader, st: DenseStage, minRowMax: number, k: number): Uint8Array[] {
  const levels = header.rowCoding?.levels[k] ?? 127;
  const log = header.rowCoding?.scaleLog;
  const L = header.labels;
  const buckets = 1 << header.bits;
  const gaps: number[] = [];
  const scales: number[] = [];
  const q: number[] = [];
  let last = -1;
  for (let b = 0; b < buckets; b++) {
    let max = 0;
    for (let j = 0; j < L; j++) max = Math.max(max, Math.abs(st.w[b * L + j]!));
    if (max === 0 || max < minRowMax) continue;
    let gap = b - last;
    last = b;
    do {
      gaps.push((gap & 0x7f) | (gap > 0x7f ? 0x80 : 0));
      gap >>>= 7;
    } while (gap > 0);
    let scale = max / levels;
    if (log) {
      // The byte code rounds up, so that the largest weight still fits in ±levels.
      const code = Math.min(255, Math.max(0, Math.ceil((Math.log(scale) - log[0]) / log[1])));
      scales.push(code);
      scale = Math.exp(log[0] + code * log[1]);
    } else scales.push(scale);
    for (let j = 0; j < L; j++) q.push(Math.max(-levels, Math.min(levels, Math.round(st.w[b * L + j]! / scale))) & 0xff);
  }
  return [f32s(st.trans), f32s(st.end), u32(scales.length), new Uint8Array(gaps), log ? Uint8Array.from(scales) : f32s(scales), new Uint8Array(q)];
}
