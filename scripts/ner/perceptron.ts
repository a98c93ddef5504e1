/**
 * Structured averaged perceptron over hashed features with BIOES Viterbi decoding (Collins 2002).
 * Averaging uses the lazy trick: keep w and the step-weighted sum of updates u; the average is w − u/c.
 */
import { MAX_FEATURES } from '../../src/core/ner/features.ts';
import { LABEL_COUNT as L } from '../../src/core/ner/labels.ts';
import { emissions, viterbi } from '../../src/core/ner/viterbi.ts';

export interface TrainSentence {
  feats: Int32Array;
  gold: Uint8Array;
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

  constructor(readonly bits: number) {
    this.w = new Float32Array((1 << bits) * L);
    this.u = new Float64Array((1 << bits) * L);
  }

  /** One sentence: decode with current weights, update where the prediction differs. Returns errors. */
  train(s: TrainSentence): number {
    const n = s.gold.length;
    this.ensure(n);
    emissions(s.feats, n, null, this.w, this.em);
    viterbi(this.em, n, this.trans, this.end, this.pred);
    let errors = 0;
    for (let i = 0; i < n; i++) {
      const g = s.gold[i]!;
      const p = this.pred[i]!;
      if (g !== p) {
        errors++;
        for (let k = i * MAX_FEATURES; k < (i + 1) * MAX_FEATURES; k++) {
          const f = s.feats[k]!;
          if (f < 0) break;
          this.bump(this.w, this.u, f * L + g, 1);
          this.bump(this.w, this.u, f * L + p, -1);
        }
      }
      const gp = i === 0 ? L : s.gold[i - 1]!;
      const pp = i === 0 ? L : this.pred[i - 1]!;
      if (gp !== pp || g !== p) {
        this.bump(this.trans, this.transU, gp * L + g, 1);
        this.bump(this.trans, this.transU, pp * L + p, -1);
      }
    }
    const gl = s.gold[n - 1]!;
    const pl = this.pred[n - 1]!;
    if (gl !== pl) {
      this.bump(this.end, this.endU, gl, 1);
      this.bump(this.end, this.endU, pl, -1);
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
  const em = new Float32Array(n * L);
  const out = new Uint8Array(n);
  emissions(feats, n, null, w, em);
  viterbi(em, n, trans, end, out);
  return out;
}

/** Seeded PRNG (mulberry32), so training is reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
