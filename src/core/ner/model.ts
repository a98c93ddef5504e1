/**
 * The trained tagger as it ships (`public/models/ner.bin`) and as it sits in memory.
 *
 * File layout (little endian): "LNER", u32 header length, UTF-8 JSON header (version, hash bits,
 * gazetteer lists, word clusters), f32 transition scores (start row + one row per label, then end
 * scores), u32 row count, the rows' bucket gaps as varints, one f32 scale per row, then the rows' int8
 * weights. Only non-zero buckets are stored (about 8% of them), each row quantized with its own scale:
 * one global int8 scale loses most of the accuracy, per-row scales lose none (research notes §5).
 * The columnar order is for gzip, which compresses each column better on its own.
 */
import { FEATURE_VERSION } from './hash.ts';
import { buildGazetteer, type GazetteerLists } from './gazetteer.ts';
import type { FeatureResources } from './features.ts';
import { LABEL_COUNT } from './labels.ts';

export interface NerModelHeader {
  format: 1;
  featureVersion: number;
  bits: number;
  labels: number;
  gazetteer: GazetteerLists;
  /** "word\tfine\tcoarse" lines. */
  clusters: string;
  trainedOn: string;
}

export interface NerModel {
  header: NerModelHeader;
  resources: FeatureResources;
  /** Bucket → offset of its row in `weights`, or -1. */
  index: Int32Array;
  weights: Float32Array;
  /** (labels + 1) × labels: row `labels` holds the start scores. */
  transitions: Float32Array;
  endScores: Float32Array;
}

const MAGIC = [0x4c, 0x4e, 0x45, 0x52]; // "LNER"

export function parseClusters(text: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [w, fine, coarse] = line.split('\t');
    if (w && fine && coarse) map.set(w, (Number(fine) << 16) | Number(coarse));
  }
  return map;
}

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
  const scalesAt = pos;
  pos += rows * 4;
  const weights = new Float32Array(rows * L);
  const q = new Int8Array(bytes.buffer, bytes.byteOffset + pos, rows * L);
  for (let r = 0; r < rows; r++) {
    const scale = view.getFloat32(scalesAt + r * 4, true);
    index[buckets[r]!] = r * L;
    for (let j = 0; j < L; j++) weights[r * L + j] = q[r * L + j]! * scale;
  }
  const resources: FeatureResources = {
    gazetteer: buildGazetteer(header.gazetteer),
    clusters: parseClusters(header.clusters),
    bits: header.bits,
  };
  return { header, resources, index, weights, transitions, endScores };
}

/** Writes a model file from dense trained weights (`bucket * labels + label`). Used by training. */
export function encodeNerModel(
  header: NerModelHeader,
  dense: Float32Array,
  transitions: Float32Array,
  endScores: Float32Array,
  minRowMax = 0,
): Uint8Array {
  const L = header.labels;
  const buckets = 1 << header.bits;
  const gaps: number[] = [];
  const scales: number[] = [];
  const q: number[] = [];
  let last = -1;
  for (let b = 0; b < buckets; b++) {
    let max = 0;
    for (let j = 0; j < L; j++) max = Math.max(max, Math.abs(dense[b * L + j]!));
    if (max === 0 || max < minRowMax) continue;
    let gap = b - last;
    last = b;
    do {
      gaps.push((gap & 0x7f) | (gap > 0x7f ? 0x80 : 0));
      gap >>>= 7;
    } while (gap > 0);
    const scale = max / 127;
    scales.push(scale);
    for (let j = 0; j < L; j++) q.push(Math.round(dense[b * L + j]! / scale));
  }
  const json = new TextEncoder().encode(JSON.stringify(header));
  const rows = scales.length;
  const size = 8 + json.length + 4 * (transitions.length + endScores.length) + 4 + gaps.length + 4 * rows + q.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint32(4, json.length, true);
  out.set(json, 8);
  let pos = 8 + json.length;
  for (const v of transitions) view.setFloat32((pos += 4) - 4, v, true);
  for (const v of endScores) view.setFloat32((pos += 4) - 4, v, true);
  view.setUint32(pos, rows, true);
  pos += 4;
  out.set(gaps, pos);
  pos += gaps.length;
  for (const s of scales) view.setFloat32((pos += 4) - 4, s, true);
  for (const v of q) out[pos++] = v & 0xff;
  return out;
}
