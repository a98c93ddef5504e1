/**
 * Linear-chain CRF over the same hashed features and BIOES constraints as the perceptron, trained by
 * AdaGrad on the log-likelihood (one sentence at a time) with averaged iterates. Unlike the perceptron,
 * which moves only on errors, the CRF also learns from sentences it already gets right but with a thin
 * margin, and spreads weight over all plausible labels: the usual +0.5 F1 of a probabilistic learner.
 * Same interface as Perceptron (train, averaged), so train-ner.ts can use either for a pass.
 */
import { MAX_FEATURES } from '../../src/core/ner/features.ts';
import { LABEL_COUNT as L } from '../../src/core/ner/labels.ts';
import { ALLOWED, ALLOWED_END, emissions } from '../../src/core/ner/viterbi.ts';
import { WordDropout, type TrainSentence } from './perceptron.ts';

/** For each label, the labels allowed before it. */
const PREDS: Int32Array[] = Array.from({ length: L }, (_, cur) => {
  const list: number[] = [];
  for (let p = 0; p < L; p++) if (ALLOWED[p * L + cur]) list.push(p);
  return Int32Array.from(list);
});
/** Gradients below this are skipped: they cost time, and they would fill every row with noise. */
const MIN_GRAD = 1e-3;

export class Crf {
  readonly w: Float32Array;
  readonly u: Float64Array;
  readonly g2: Float32Array;
  readonly trans = new Float32Array((L + 1) * L);
  readonly transU = new Float64Array((L + 1) * L);
  readonly transG = new Float32Array((L + 1) * L);
  readonly end = new Float32Array(L);
  readonly endU = new Float64Array(L);
  readonly endG = new Float32Array(L);
  private c = 1;
  private em = new Float32Array(0);
  private alpha = new Float64Array(0);
  private beta = new Float64Array(0);
  private marg = new Float64Array(0);

  /** Chance of hiding a token's word identity (slots 1-2) in one update, as for the perceptron. */
  dropout = 0;
  /** AdaGrad base step. */
  eta = 0.1;
  /** L2 strength, applied to the rows a sentence touches (lazily, as a per-update shrink). */
  l2 = 0;
  private readonly words: WordDropout;

  constructor(readonly bits: number) {
    this.words = new WordDropout(bits);
    this.w = new Float32Array((1 << bits) * L);
    this.u = new Float64Array((1 << bits) * L);
    this.g2 = new Float32Array((1 << bits) * L);
  }

  /** One sentence: one AdaGrad step on its negative log-likelihood. Returns the errors of the marginal argmax. */
  train(s: TrainSentence): number {
    const n = s.gold.length;
    this.ensure(n);
    return this.words.apply(s, n, this.dropout, () => this.update(s, n));
  }

  private update(s: TrainSentence, n: number): number {
    const em = this.em;
    emissions(s.feats, n, null, this.w, em);
    const { alpha, beta, marg, trans, end } = this;
    // Forward.
    for (let j = 0; j < L; j++) alpha[j] = ALLOWED[L * L + j] ? em[j]! + trans[L * L + j]! : -Infinity;
    for (let i = 1; i < n; i++) {
      for (let j = 0; j < L; j++) {
        const preds = PREDS[j]!;
        let m = -Infinity;
        for (let a = 0; a < preds.length; a++) m = Math.max(m, alpha[(i - 1) * L + preds[a]!]! + trans[preds[a]! * L + j]!);
        let sum = 0;
        if (m > -Infinity) for (let a = 0; a < preds.length; a++) sum += Math.exp(alpha[(i - 1) * L + preds[a]!]! + trans[preds[a]! * L + j]! - m);
        alpha[i * L + j] = m > -Infinity ? m + Math.log(sum) + em[i * L + j]! : -Infinity;
      }
    }
    let zm = -Infinity;
    for (let j = 0; j < L; j++) if (ALLOWED_END[j]) zm = Math.max(zm, alpha[(n - 1) * L + j]! + end[j]!);
    let zs = 0;
    for (let j = 0; j < L; j++) if (ALLOWED_END[j]) zs += Math.exp(alpha[(n - 1) * L + j]! + end[j]! - zm);
    const logZ = zm + Math.log(zs);
    // Backward.
    for (let j = 0; j < L; j++) beta[(n - 1) * L + j] = ALLOWED_END[j] ? end[j]! : -Infinity;
    for (let i = n - 2; i >= 0; i--) {
      for (let p = 0; p < L; p++) {
        let m = -Infinity;
        for (let j = 0; j < L; j++) if (ALLOWED[p * L + j]) m = Math.max(m, trans[p * L + j]! + em[(i + 1) * L + j]! + beta[(i + 1) * L + j]!);
        let sum = 0;
        if (m > -Infinity) for (let j = 0; j < L; j++) if (ALLOWED[p * L + j]) sum += Math.exp(trans[p * L + j]! + em[(i + 1) * L + j]! + beta[(i + 1) * L + j]! - m);
        beta[i * L + p] = m > -Infinity ? m + Math.log(sum) : -Infinity;
      }
    }
    let errors = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      for (let j = 0; j < L; j++) {
        const a = alpha[i * L + j]! + beta[i * L + j]!;
        const p = a === -Infinity ? 0 : Math.exp(a - logZ);
        marg[i * L + j] = p;
        if (p > marg[i * L + best]!) best = j;
      }
      if (best !== s.gold[i]) errors++;
    }
    // Gradient of -log p(gold): expected minus observed counts.
    const grad = new Float64Array(L);
    for (let i = 0; i < n; i++) {
      const g = s.gold[i]!;
      for (let j = 0; j < L; j++) grad[j] = marg[i * L + j]! - (j === g ? 1 : 0);
      for (let k = i * MAX_FEATURES; k < (i + 1) * MAX_FEATURES; k++) {
        const f = s.feats[k]!;
        if (f < 0) break;
        const row = f * L;
        for (let j = 0; j < L; j++) {
          let d = grad[j]!;
          if (this.l2 > 0) d += this.l2 * this.w[row + j]!;
          if (d < MIN_GRAD && d > -MIN_GRAD) continue;
          this.step(this.w, this.u, this.g2, row + j, d);
        }
      }
    }
    // Transitions: expected edge counts minus gold edges.
    const tg = new Float64Array((L + 1) * L);
    for (let j = 0; j < L; j++) tg[L * L + j]! += marg[j]!;
    tg[L * L + s.gold[0]!]! -= 1;
    for (let i = 1; i < n; i++) {
      for (let j = 0; j < L; j++) {
        const rest = em[i * L + j]! + beta[i * L + j]! - logZ;
        if (rest === -Infinity) continue;
        const preds = PREDS[j]!;
        for (let a = 0; a < preds.length; a++) {
          const p = preds[a]!;
          const x = alpha[(i - 1) * L + p]! + trans[p * L + j]! + rest;
          if (x > -50) tg[p * L + j]! += Math.exp(x);
        }
      }
      tg[s.gold[i - 1]! * L + s.gold[i]!]! -= 1;
    }
    for (let t = 0; t < tg.length; t++) if (tg[t] !== 0) this.step(this.trans, this.transU, this.transG, t, tg[t]!);
    for (let j = 0; j < L; j++) {
      const d = marg[(n - 1) * L + j]! - (j === s.gold[n - 1] ? 1 : 0);
      if (d !== 0) this.step(this.end, this.endU, this.endG, j, d);
    }
    this.c++;
    return errors;
  }

  private step(w: Float32Array, u: Float64Array, g2: Float32Array, i: number, grad: number): void {
    g2[i]! += grad * grad;
    const d = (-this.eta * grad) / Math.sqrt(g2[i]! + 1e-6);
    w[i]! += d;
    u[i]! += this.c * d;
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

  private ensure(n: number): void {
    if (this.em.length < n * L) {
      this.em = new Float32Array(n * L * 2);
      this.alpha = new Float64Array(n * L * 2);
      this.beta = new Float64Array(n * L * 2);
      this.marg = new Float64Array(n * L * 2);
    }
  }
}
