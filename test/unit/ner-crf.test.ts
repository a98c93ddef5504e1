/**
 * The pass-1 CRF trainer (scripts/ner/crf.ts): it must learn a separable toy tagging task, respect the
 * BIOES constraints when decoding its weights, and give the same weights for the same data (the shipped
 * model is retrained byte for byte).
 */
import { describe, expect, it } from 'vitest';
import { Crf } from '../../scripts/ner/crf.ts';
import { decodeDense, type TrainSentence } from '../../scripts/ner/perceptron.ts';
import { MAX_FEATURES } from '../../src/core/ner/features.ts';
import { ALLOWED, ALLOWED_END } from '../../src/core/ner/viterbi.ts';
import { B, E, LABEL_COUNT as L, labelOf, S } from '../../src/core/ner/labels.ts';

const BITS = 10;

/** Sentences over 3 word kinds: 1 = a one-word person (S-PER), 2 3 = a two-word org (B-ORG E-ORG), 0 = other. */
function sentence(kinds: number[]): TrainSentence {
  const feats = new Int32Array(kinds.length * MAX_FEATURES).fill(-1);
  const gold = new Uint8Array(kinds.length);
  kinds.forEach((k, i) => {
    feats[i * MAX_FEATURES] = 1; // bias
    feats[i * MAX_FEATURES + 1] = 10 + k; // word
    feats[i * MAX_FEATURES + 2] = 20 + (i > 0 ? kinds[i - 1]! : 9); // previous word
    gold[i] = k === 1 ? labelOf(0, S) : k === 2 ? labelOf(1, B) : k === 3 ? labelOf(1, E) : 0;
  });
  return { feats, gold };
}

const DATA = [[0, 1, 0, 2, 3], [2, 3, 0, 0], [1, 0, 0], [0, 0, 2, 3, 1], [0, 1, 1, 0]].map(sentence);

function train(): Crf {
  const crf = new Crf(BITS);
  crf.l2 = 0.003;
  for (let epoch = 0; epoch < 5; epoch++) for (const s of DATA) crf.train(s);
  return crf;
}

describe('CRF trainer', () => {
  it('learns a separable toy task and decodes it back', () => {
    const avg = train().averaged();
    for (const s of DATA) expect([...decodeDense(s.feats, s.gold.length, avg.w, avg.trans, avg.end)]).toEqual([...s.gold]);
  });

  it('decodes only well-formed BIOES sequences, even on unseen input', () => {
    const avg = train().averaged();
    const odd = sentence([3, 2, 2, 1, 3]);
    const labels = decodeDense(odd.feats, 5, avg.w, avg.trans, avg.end);
    labels.forEach((l, i) => expect(ALLOWED[(i === 0 ? L : labels[i - 1]!) * L + l]).toBe(1));
    expect(ALLOWED_END[labels[4]!]).toBe(1);
  });

  it('is deterministic', () => {
    expect(train().averaged().w).toEqual(train().averaged().w);
  });
});
