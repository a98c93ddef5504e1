/**
 * Structured averaged perceptron over hashed features with BIOES Viterbi decoding (Collins 2002).
 * Averaging uses the lazy trick: keep w and the step-weighted sum of updates u; the average is w − u/c.
 */
import { MAX_FEATURES } from '../../src/core/ner/features.ts';
import { LABEL_COUNT as L } from '../../src/core/ner/labels.ts';
import { mix } from '../../src/core/ner/hash.ts';
import { emissions, labelConfidence, viterbi } from '../../src/core/ner/viterbi.ts';
import { rng } from '../seeded-rng.ts';

export { rng };

export interface TrainSentence {
  feats: Int32Array;
  gold: Uint8Array;
}

/**
 * Word dropout for one update: each token's word identity (feature slots 1-2, exact and lowercased word)
 * is hidden with probability `rate` while `update` runs, then restored. Shared by both learners; each
 * learner owns one, so its seeded stream of draws is its own.
 */
export class WordDropout {
  private readonly random: () => number = rng(12345);
  private readonly buckets: [number, number];

  constructor(bits: number) {
    this.buckets = [mix(90, 1) >>> (32 - bits), mix(90, 2) >>> (32 - bits)];
  }

  apply<T>(s: TrainSentence, n: number, rate: number, update: () => T): T {
    const saved: number[] = [];
    if (rate > 0) {
      for (let i = 0; i < n; i++) {
        if (this.random() >= rate) continue;
        const k = i * MAX_FEATURES;
        saved.push(k, s.feats[k + 1]!, s.feats[k + 2]!);
        s.feats[k + 1] = this.buckets[0];
        s.feats[k + 2] = this.buckets[1];
      }
    }
    try {
      return update();
    } finally {
      for (let a = 0; a < saved.length; a += 3) {
        s.feats[saved[a]! + 1] = saved[a + 1]!;
        s.feats[saved[a]! + 2] = saved[a + 2]!;
      }
    }
  }
}

export class Perceptron {
  readonly w: Float32Array;
  readonly u: Float64Array;
  readonly trans = new Float32Array((L + 1) * L);
  readonly transU = new Float64Array((L + 1) * L);
  readonly end = new Float32Array(L);
  readonly endU = new Float64Array(L);
  private c = 1;
  private em = new Float32Array(0);
  private pred = new Uint8Array(0);

  /** Chance of hiding a token's word identity (slots 1-2: exact and lowercased word) in one update. */
  dropout = 0;
  /** Passive-aggressive cap C; 0 for the plain perceptron. */
  pa = 0;
  /** Cost-augmented decoding: every wrong label gets this bonus, so updates also fire on small margins. */
  margin = 0;
  private readonly words: WordDropout;

  constructor(readonly bits: number) {
    this.words = new WordDropout(bits);
    this.w = new Float32Array((1 << bits) * L);
    this.u = new Float64Array((1 << bits) * L);
  }

  /** One sentence: decode with current weights, update where the prediction differs. Returns errors. */
  train(s: TrainSentence): number {
    const n = s.gold.length;
    this.ensure(n);
    // Word dropout: names unseen in training must be tagged from shape, context, lists and clusters,
    // so now and then the model has to do without the word itself.
    return this.words.apply(s, n, this.dropout, () => this.update(s, n));
  }

  private update(s: TrainSentence, n: number): number {
    emissions(s.feats, n, null, this.w, this.em);
    if (this.margin > 0) {
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < L; j++) if (j !== s.gold[i]) this.em[i * L + j]! += this.margin;
      }
    }
    viterbi(this.em, n, this.trans, this.end, this.pred);
    let errors = 0;
    // Step size: 1 for the plain perceptron; for passive-aggressive (PA-I, Crammer et al. 2006) the
    // smallest step that puts gold ahead of the prediction by its Hamming loss, capped at C.
    let step = 1;
    if (this.pa > 0) {
      let margin = 0;
      let norm = 0;
      for (let i = 0; i < n; i++) {
        const g = s.gold[i]!;
        const p = this.pred[i]!;
        const gp = i === 0 ? L : s.gold[i - 1]!;
        const pp = i === 0 ? L : this.pred[i - 1]!;
        margin += this.em[i * L + g]! - this.em[i * L + p]! + this.trans[gp * L + g]! - this.trans[pp * L + p]!;
        if (g !== p) {
          errors++;
          let nf = 0;
          for (let k = i * MAX_FEATURES; k < (i + 1) * MAX_FEATURES && s.feats[k]! >= 0; k++) nf++;
          norm += 2 * nf;
        }
        if (gp !== pp || g !== p) norm += 2;
      }
      margin += this.end[s.gold[n - 1]!]! - this.end[this.pred[n - 1]!]!;
      if (errors === 0) {
        this.c++;
        return 0;
      }
      step = Math.min(this.pa, (errors - margin) / Math.max(norm, 1));
      errors = 0;
    }
    for (let i = 0; i < n; i++) {
      const g = s.gold[i]!;
      const p = this.pred[i]!;
      if (g !== p) {
        errors++;
        for (let k = i * MAX_FEATURES; k < (i + 1) * MAX_FEATURES; k++) {
          const f = s.feats[k]!;
          if (f < 0) break;
          this.bump(this.w, this.u, f * L + g, step);
          this.bump(this.w, this.u, f * L + p, -step);
        }
      }
      const gp = i === 0 ? L : s.gold[i - 1]!;
      const pp = i === 0 ? L : this.pred[i - 1]!;
      if (gp !== pp || g !== p) {
        this.bump(this.trans, this.transU, gp * L + g, step);
        this.bump(this.trans, this.transU, pp * L + p, -step);
      }
    }
    const gl = s.gold[n - 1]!;
    const pl = this.pred[n - 1]!;
    if (gl !== pl) {
      this.bump(this.end, this.endU, gl, step);
      this.bump(this.end, this.endU, pl, -step);
    }
    this.c++;
    return errors;
  }

  /** Averaged weights (fresh arrays). */
  averaged(): { w: Float32Array; trans: Float32Array; end: Float32Array } {
    const avg = (w: Float32Array, u: Float64Array): Float32Array => {
      const out = new Float32Array(w.length);
      for (let i = 0; i < w.length; i++) out[i] = w[i]! - u[i]! / this.c;
      return out;
    };
    return { w: avg(this.w, this.u), trans: avg(this.trans, this.transU), end: avg(this.end, this.endU) };
  }

  private bump(w: Float32Array, u: Float64Array, i: number, d: number): void {
    w[i]! += d;
    u[i]! += this.c * d;
  }

  private ensure(n: number): void {
    if (this.em.length < n * L) {
      this.em = new Float32Array(n * L * 2);
      this.pred = new Uint8Array(n * 2);
    }
  }
}

/** Decodes sentences with given (dense) weights. */
export function decodeDense(feats: Int32Array, n: number, w: Float32Array, trans: Float32Array, end: Float32Array): Uint8Array {
  return decodeDenseWithConfidence(feats, n, w, trans, end).labels;
}

/** Labels and their confidence steps (see labelConfidence), as the second pass sees them. */
export function decodeDenseWithConfidence(feats: Int32Array, n: number, w: Float32Array, trans: Float32Array, end: Float32Array): { labels: Uint8Array; confidence: Uint8Array } {
  const em = new Float32Array(n * L);
  const labels = new Uint8Array(n);
  emissions(feats, n, null, w, em);
  viterbi(em, n, trans, end, labels);
  return { labels, confidence: labelConfidence(em, n, labels) };
}

