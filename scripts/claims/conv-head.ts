/**
 * Trains the dense head with a convolution branch (src/core/claims/conv.ts) jointly: output = tanh MLP
 * over standardized pooled vectors + Σ_f v_f · max_t ReLU(conv_f). Logistic loss, Adam, mini-batches,
 * linearly decaying rate, seeded. The conv may be trained on a PCA projection of the vectors (uncentred,
 * so zero padding stays zero) for speed; the projection is folded into the filters afterwards, so
 * inference reads the lexicon's own vectors. Training only.
 */
import type { ConvBranch } from '../../src/core/claims/conv.ts';
import type { DenseHead } from '../../src/core/claims/dense.ts';
import type { WordLexicon } from '../../src/core/claims/lexicon.ts';
import { rng } from '../seeded-rng.ts';
import type { MlpOptions } from './mlp.ts';

export interface ConvOptions {
  width: number;
  filters: number;
  /** Train on this many principal directions of the vectors (0: all dims). */
  pca: number;
  /** Dropout on the pooled filter maxima. */
  dropout: number;
}

/** Top `k` principal directions (uncentred second moment) of the lexicon's dequantized vectors, k × dims. */
export function principal(lex: WordLexicon, k: number): Float32Array {
  const d = lex.dims, n = lex.words.length;
  const c = new Float64Array(d * d);
  const x = new Float64Array(d);
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < d; i++) x[i] = lex.values[r * d + i]! * lex.scales[i]!;
    for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) c[i * d + j]! += x[i]! * x[j]!;
  }
  const out = new Float32Array(k * d);
  const rand = rng(3);
  for (let q = 0; q < k; q++) {
    let v = Float64Array.from({ length: d }, () => rand() - 0.5);
    for (let it = 0; it < 200; it++) {
      const nv = new Float64Array(d);
      for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) nv[i]! += c[i * d + j]! * v[j]!;
      for (let p = 0; p < q; p++) { // deflate: stay orthogonal to earlier directions
        let dot = 0;
        for (let i = 0; i < d; i++) dot += nv[i]! * out[p * d + i]!;
        for (let i = 0; i < d; i++) nv[i]! -= dot * out[p * d + i]!;
      }
      const norm = Math.hypot(...nv) || 1;
      v = nv.map((a) => a / norm);
    }
    for (let i = 0; i < d; i++) out[q * d + i] = v[i]!;
  }
  return out;
}

/** The lexicon's vectors in the training space: projected (k × dims matrix) or dequantized as is. */
function table(lex: WordLexicon, proj: Float32Array | null, k: number): Float32Array {
  const d = lex.dims, n = lex.words.length, out = new Float32Array(n * k);
  const x = new Float32Array(d);
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < d; i++) x[i] = lex.values[r * d + i]! * lex.scales[i]!;
    if (!proj) { out.set(x, r * k); continue; }
    for (let q = 0; q < k; q++) {
      let s = 0;
      for (let i = 0; i < d; i++) s += proj[q * d + i]! * x[i]!;
      out[r * k + q] = s;
    }
  }
  return out;
}

/** Trains on pooled vectors `xs`, lexicon row sequences `seqs` (-1 unknown) and labels `ys`. */
export function trainConvHead(
  lex: WordLexicon, xs: Float32Array[], seqs: number[][], ys: number[], o: MlpOptions, c: ConvOptions,
): DenseHead {
  const inDim = xs[0]!.length, hidden = o.hidden, F = c.filters, W = c.width;
  const proj = c.pca > 0 ? principal(lex, c.pca) : null;
  const k = c.pca > 0 ? c.pca : lex.dims;
  const X = table(lex, proj, k);
  const mu = new Float32Array(inDim), sd = new Float32Array(inDim);
  for (const x of xs) for (let i = 0; i < inDim; i++) mu[i]! += x[i]! / xs.length;
  for (const x of xs) for (let i = 0; i < inDim; i++) sd[i]! += (x[i]! - mu[i]!) ** 2 / xs.length;
  for (let i = 0; i < inDim; i++) sd[i] = Math.sqrt(sd[i]!) || 1;
  const zs = xs.map((x) => x.map((v, i) => (v - mu[i]!) / sd[i]!));

  const rand = rng(o.seed);
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const w1 = new Float32Array(inDim * hidden).map(() => gauss() / Math.sqrt(inDim));
  const b1 = new Float32Array(hidden);
  const w2 = new Float32Array(hidden).map(() => gauss() / Math.sqrt(hidden));
  const b2 = new Float32Array(1);
  const cw = new Float32Array(F * W * k).map(() => gauss() / Math.sqrt(W * k * 0.16));
  const cb = new Float32Array(F);
  const cv = new Float32Array(F).map(() => gauss() / Math.sqrt(F));
  const params = [w1, b1, w2, b2, cw, cb, cv];
  const decay = [true, false, true, false, true, false, true];
  const grads = params.map((p) => new Float32Array(p.length));
  const m1 = params.map((p) => new Float32Array(p.length));
  const m2 = params.map((p) => new Float32Array(p.length));
  const [gw1, gb1, gw2, gb2, gcw, gcb, gcv] = grads as Float32Array[] as [Float32Array, Float32Array, Float32Array, Float32Array, Float32Array, Float32Array, Float32Array];
  const h = new Float32Array(hidden), xd = new Float32Array(inDim);
  const best = new Float32Array(F), arg = new Int32Array(F), keep = new Float32Array(F);
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
      for (let q = s; q < end; q++) {
        const ex = order[q]!, x = zs[ex]!, rows = seqs[ex]!;
        for (let i = 0; i < inDim; i++) xd[i] = rand() < o.dropout ? 0 : x[i]! / (1 - o.dropout);
        let out = b2[0]!;
        for (let j = 0; j < hidden; j++) {
          let a = b1[j]!;
          const off = j * inDim;
          for (let i = 0; i < inDim; i++) a += w1[off + i]! * xd[i]!;
          h[j] = Math.tanh(a);
          out += w2[j]! * h[j]!;
        }
        // Conv branch: windows over the padded sequence, ReLU, max over time.
        best.fill(0); arg.fill(-1);
        const n = rows.length + 2;
        for (let t = 0; t + W <= n; t++) {
          for (let f = 0; f < F; f++) {
            let a = cb[f]!;
            for (let kk = 0; kk < W; kk++) {
              const p = t + kk - 1;
              const row = p >= 0 && p < rows.length ? rows[p]! : -1;
              if (row < 0) continue;
              const wo = (f * W + kk) * k, xo = row * k;
              for (let i = 0; i < k; i++) a += cw[wo + i]! * X[xo + i]!;
            }
            if (a > best[f]!) { best[f] = a; arg[f] = t; }
          }
        }
        for (let f = 0; f < F; f++) {
          keep[f] = rand() < c.dropout ? 0 : 1 / (1 - c.dropout);
          out += cv[f]! * best[f]! * keep[f]!;
        }
        const d = 1 / (1 + Math.exp(-out)) - ys[ex]!;
        gb2[0]! += d;
        for (let j = 0; j < hidden; j++) {
          gw2[j]! += d * h[j]!;
          const dh = d * w2[j]! * (1 - h[j]! * h[j]!);
          gb1[j]! += dh;
          const off = j * inDim;
          for (let i = 0; i < inDim; i++) gw1[off + i]! += dh * xd[i]!;
        }
        for (let f = 0; f < F; f++) {
          gcv[f]! += d * best[f]! * keep[f]!;
          if (arg[f]! < 0 || keep[f] === 0) continue;
          const g = d * cv[f]! * keep[f]!;
          gcb[f]! += g;
          for (let kk = 0; kk < W; kk++) {
            const p = arg[f]! + kk - 1;
            const row = p >= 0 && p < rows.length ? rows[p]! : -1;
            if (row < 0) continue;
            const wo = (f * W + kk) * k, xo = row * k;
            for (let i = 0; i < k; i++) gcw[wo + i]! += g * X[xo + i]!;
          }
        }
      }
      step++;
      const nb = end - s;
      params.forEach((p, q) => {
        const g = grads[q]!, a = m1[q]!, b = m2[q]!;
        for (let i = 0; i < p.length; i++) {
          const gr = g[i]! / nb + (decay[q] ? o.l2 * p[i]! : 0);
          a[i] = beta1 * a[i]! + (1 - beta1) * gr;
          b[i] = beta2 * b[i]! + (1 - beta2) * gr * gr;
          p[i]! -= (lr * (a[i]! / (1 - beta1 ** step))) / (Math.sqrt(b[i]! / (1 - beta2 ** step)) + 1e-8);
        }
      });
    }
  }
  // Fold the standardization into w1, the projection into the filters, the stacking weight into outputs.
  const fw1 = new Float32Array(inDim * hidden), fb1 = new Float32Array(hidden);
  for (let j = 0; j < hidden; j++) {
    let shift = 0;
    for (let i = 0; i < inDim; i++) {
      fw1[j * inDim + i] = w1[j * inDim + i]! / sd[i]!;
      shift += (w1[j * inDim + i]! * mu[i]!) / sd[i]!;
    }
    fb1[j] = b1[j]! - shift;
  }
  const d = lex.dims, fcw = new Float32Array(F * W * d);
  for (let fk = 0; fk < F * W; fk++) {
    for (let i = 0; i < d; i++) {
      if (!proj) { fcw[fk * d + i] = cw[fk * k + i]!; continue; }
      let s = 0;
      for (let q = 0; q < k; q++) s += cw[fk * k + q]! * proj[q * d + i]!;
      fcw[fk * d + i] = s;
    }
  }
  const conv: ConvBranch = { width: W, filters: F, dims: d, w: fcw, b: cb, v: cv.map((x) => x * o.stackWeight) };
  return { inDim, hidden, w1: fw1, b1: fb1, w2: w2.map((v) => v * o.stackWeight), b2: b2[0]! * o.stackWeight, conv };
}
