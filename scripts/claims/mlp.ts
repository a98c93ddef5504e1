/**
 * Trains the dense head of the claim model (src/core/claims/dense.ts): one tanh hidden layer over
 * standardized pooled word vectors, logistic loss, Adam with mini-batches, input dropout and a linearly
 * decaying rate, seeded. The standardization and the stacking weight are folded into the returned
 * weights, so inference needs neither. Training only.
 */
import type { DenseHead } from '../../src/core/claims/dense.ts';
import { rng } from '../seeded-rng.ts';

export interface MlpOptions {
  hidden: number;
  epochs: number;
  lr: number;
  l2: number;
  dropout: number;
  batch: number;
  seed: number;
  /** The head's output is multiplied by this before it is added to the linear margin. */
  stackWeight: number;
}

interface Net { w1: Float32Array; b1: Float32Array; w2: Float32Array; b2: Float32Array }

function forward(net: Net, inDim: number, hidden: number, x: Float32Array, h: Float32Array): number {
  let out = net.b2[0]!;
  for (let j = 0; j < hidden; j++) {
    let s = net.b1[j]!;
    const o = j * inDim;
    for (let i = 0; i < inDim; i++) s += net.w1[o + i]! * x[i]!;
    h[j] = Math.tanh(s);
    out += net.w2[j]! * h[j]!;
  }
  return out;
}

/** Trains on `xs` (raw pooled vectors) and `ys`; returns the folded head. */
export function trainDenseHead(xs: Float32Array[], ys: number[], o: MlpOptions): DenseHead {
  const inDim = xs[0]!.length, hidden = o.hidden;
  const mu = new Float32Array(inDim), sd = new Float32Array(inDim);
  for (const x of xs) for (let i = 0; i < inDim; i++) mu[i]! += x[i]! / xs.length;
  for (const x of xs) for (let i = 0; i < inDim; i++) sd[i]! += (x[i]! - mu[i]!) ** 2 / xs.length;
  for (let i = 0; i < inDim; i++) sd[i] = Math.sqrt(sd[i]!) || 1;
  const zs = xs.map((x) => x.map((v, i) => (v - mu[i]!) / sd[i]!));

  const rand = rng(o.seed);
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const net: Net = {
    w1: new Float32Array(inDim * hidden).map(() => gauss() / Math.sqrt(inDim)),
    b1: new Float32Array(hidden),
    w2: new Float32Array(hidden).map(() => gauss() / Math.sqrt(hidden)),
    b2: new Float32Array(1),
  };
  const params = [net.w1, net.b1, net.w2, net.b2];
  const decay = [true, false, true, false];
  const grads = params.map((p) => new Float32Array(p.length));
  const m1 = params.map((p) => new Float32Array(p.length));
  const m2 = params.map((p) => new Float32Array(p.length));
  const [gw1, gb1, gw2, gb2] = grads as [Float32Array, Float32Array, Float32Array, Float32Array];
  const h = new Float32Array(hidden), xd = new Float32Array(inDim);
  const beta1 = 0.9, beta2 = 0.999;
  const order = zs.map((_, i) => i);
  let step = 0;
  for (let e = 0; e < o.epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lr = o.lr * (1 - (0.9 * e) / o.epochs);
    for (let s = 0; s < order.length; s += o.batch) {
      for (const g of grads) g.fill(0);
      const end = Math.min(order.length, s + o.batch);
      for (let k = s; k < end; k++) {
        const x = zs[order[k]!]!;
        for (let i = 0; i < inDim; i++) xd[i] = rand() < o.dropout ? 0 : x[i]! / (1 - o.dropout);
        const p = 1 / (1 + Math.exp(-forward(net, inDim, hidden, xd, h)));
        const d = p - ys[order[k]!]!;
        gb2[0]! += d;
        for (let j = 0; j < hidden; j++) {
          gw2[j]! += d * h[j]!;
          const dh = d * net.w2[j]! * (1 - h[j]! * h[j]!);
          gb1[j]! += dh;
          const off = j * inDim;
          for (let i = 0; i < inDim; i++) gw1[off + i]! += dh * xd[i]!;
        }
      }
      step++;
      const n = end - s;
      params.forEach((p, q) => {
        const g = grads[q]!, a = m1[q]!, b = m2[q]!;
        for (let i = 0; i < p.length; i++) {
          const gr = g[i]! / n + (decay[q] ? o.l2 * p[i]! : 0);
          a[i] = beta1 * a[i]! + (1 - beta1) * gr;
          b[i] = beta2 * b[i]! + (1 - beta2) * gr * gr;
          p[i]! -= (lr * (a[i]! / (1 - beta1 ** step))) / (Math.sqrt(b[i]! / (1 - beta2 ** step)) + 1e-8);
        }
      });
    }
  }
  // Fold (x − mu) / sd into the first layer and the stacking weight into the second.
  const w1 = new Float32Array(inDim * hidden), b1 = new Float32Array(hidden);
  for (let j = 0; j < hidden; j++) {
    let shift = 0;
    for (let i = 0; i < inDim; i++) {
      w1[j * inDim + i] = net.w1[j * inDim + i]! / sd[i]!;
      shift += (net.w1[j * inDim + i]! * mu[i]!) / sd[i]!;
    }
    b1[j] = net.b1[j]! - shift;
  }
  return { inDim, hidden, w1, b1, w2: net.w2.map((v) => v * o.stackWeight), b2: net.b2[0]! * o.stackWeight };
}
