import { describe, expect, it } from 'vitest';
import { FEATURE_VERSION, hashString } from './hash.ts';
import { LABEL_COUNT as L } from './labels.ts';
import { decodeNerModel, encodeNerModel, scaleLogRange, type NerModelHeader } from './model.ts';
import { encodeHashedClusters, lookupHashedCluster } from './hashed-clusters.ts';

const table = encodeHashedClusters([[hashString('tokyo'), 3, 1]]);

const header: NerModelHeader = {
  format: 1,
  featureVersion: FEATURE_VERSION,
  bits: 8,
  labels: L,
  gazetteer: { country: ['Japan', 'United States'] },
  clusters: table.meta,
  capitalized: 'tokyo japan',
  trainedOn: 'test',
  stages: 1,
};

describe('ner.bin format', () => {
  it('round-trips sparse rows within int8 precision and keeps empty buckets empty', () => {
    const w = new Float32Array(256 * L);
    for (let j = 0; j < L; j++) {
      w[3 * L + j] = (j - 8) * 0.25;
      w[200 * L + j] = j === 5 ? 10 : 0.01 * j;
    }
    const trans = new Float32Array((L + 1) * L).map((_, i) => i / 100);
    const end = new Float32Array(L).map((_, i) => -i);
    const model = decodeNerModel(encodeNerModel(header, [{ w, trans, end }], 0, table.bytes));
    const st = model.stages[0]!;
    expect(st.index[3]).toBeGreaterThanOrEqual(0);
    expect(st.index[200]).toBeGreaterThanOrEqual(0);
    expect([...st.index].filter((r) => r >= 0)).toHaveLength(2);
    for (const b of [3, 200]) {
      const row = st.index[b]!;
      for (let j = 0; j < L; j++) expect(st.weights[row * L + j]! * st.scales[row]!).toBeCloseTo(w[b * L + j]!, 1);
    }
    expect([...st.transitions]).toEqual([...trans].map((x) => Math.fround(x)));
    expect([...st.endScores]).toEqual([...end]);
    expect(lookupHashedCluster(model.resources.clusters!, hashString('tokyo'))).toBe((3 << 16) | 1);
    expect(lookupHashedCluster(model.resources.clusters!, hashString('osaka'))).toBe(0);
    expect(model.resources.gazetteer.phrases.get('united states')).toBeGreaterThan(0);
  });

  it('reads a file handed over as a Node Buffer that is a view into a shared pool', () => {
    const w = new Float32Array(256 * L);
    for (let j = 0; j < L; j++) w[7 * L + j] = j - 8;
    const bytes = encodeNerModel(header, [{ w, trans: new Float32Array((L + 1) * L), end: new Float32Array(L) }], 0, table.bytes);
    const pooled = Buffer.concat([Buffer.from('padding that shifts the offset'), Buffer.from(bytes)]).subarray(30);
    const st = decodeNerModel(pooled).stages[0]!;
    const row = st.index[7]!;
    for (let j = 0; j < L; j++) expect(st.weights[row * L + j]! * st.scales[row]!).toBeCloseTo(j - 8, 1);
  });

  it('codes rows as int4 with byte scales when asked, within one level of the weight', () => {
    const w = new Float32Array(256 * L);
    for (let j = 0; j < L; j++) {
      w[5 * L + j] = (j - 8) * 0.02;
      w[90 * L + j] = (j - 8) * 3;
    }
    const stage = { w, trans: new Float32Array((L + 1) * L), end: new Float32Array(L) };
    const levels = [7];
    const coded = { ...header, rowCoding: { levels, scaleLog: scaleLogRange([stage], [0], levels, L) } };
    const st = decodeNerModel(encodeNerModel(coded, [stage], 0, table.bytes)).stages[0]!;
    for (const b of [5, 90]) {
      const row = st.index[b]!;
      const step = (Math.abs(w[b * L]!) / 7) * 1.05;
      for (let j = 0; j < L; j++) {
        expect(Math.abs(st.weights[row * L + j]!)).toBeLessThanOrEqual(7);
        expect(Math.abs(st.weights[row * L + j]! * st.scales[row]! - w[b * L + j]!)).toBeLessThanOrEqual(step / 2 + 1e-6);
      }
    }
  });

  it('refuses bytes that are not a model', () => {
    expect(() => decodeNerModel(new Uint8Array([1, 2, 3]))).toThrow(/not a Lede NER model/);
  });
});
