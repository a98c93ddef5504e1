/**
 * Training helpers for the claim model: a seeded logistic regression over hashed sparse rows (AdaGrad,
 * L2 on touched weights, weight averaging over epochs), F1 search, Platt fitting, int8 quantization and the
 * ClaimBuster TSV reader. Used by scripts/train-claims.ts and bench/claims.bench.ts; never shipped.
 */
import { readFileSync } from 'node:fs';
import { rng } from '../seeded-rng.ts';

export interface Example {
  id: string;
  text: string;
  label: 0 | 1;
}

/** Undoes the CSV quoting of the TSV's text column: a text with a comma or a quote is wrapped in quotes
 * with inner quotes doubled. Left in, the wrapping quote would teach the model "has a comma" through a
 * mark that plain text (and every held-out set given one sentence per line) never has. */
export function unquote(text: string): string {
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1).replace(/""/g, '"') : text;
}

/** Reads a ClaimBuster TSV (Sentence_id, Text, class_label with Yes/No). */
export function readClaimBuster(path: string): Example[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const out: Example[] = [];
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const cols = line.split('\t');
    const label = cols[cols.length - 1]!.trim();
    out.push({ id: cols[0]!, text: unquote(cols.slice(1, -1).join('\t')), label: label === 'Yes' ? 1 : 0 });
  }
  return out;
}


export function shuffle<T>(xs: T[], rand: () => number): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

export interface Row {
  idx: Uint32Array;
  label: 0 | 1;
  /** Loss weight (default 1). */
  weight?: number;
}

export interface TrainOptions {
  size: number;
  epochs: number;
  eta: number;
  l2: number;
  normalize: boolean;
  /** Weight of positive examples in the loss. */
  posWeight: number;
  seed: number;
}

/** Logistic regression with AdaGrad; returns the average of the weights after each epoch. */
export function trainLogistic(rows: Row[], o: TrainOptions): Float32Array {
  const w = new Float32Array(o.size);
  const g2 = new Float32Array(o.size).fill(1e-6);
  const avg = new Float32Array(o.size);
  const rand = rng(o.seed);
  let order = rows.map((_, i) => i);
  for (let e = 0; e < o.epochs; e++) {
    order = shuffle(order, rand);
    for (const r of order) {
      const { idx, label, weight = 1 } = rows[r]!;
      const v = o.normalize ? 1 / Math.sqrt(idx.length) : 1;
      let m = 0;
      for (let k = 0; k < idx.length; k++) m += w[idx[k]!]! * v;
      const p = 1 / (1 + Math.exp(-m));
      const g = (p - label) * (label ? o.posWeight : 1) * weight;
      for (let k = 0; k < idx.length; k++) {
        const j = idx[k]!;
        const grad = g * v + o.l2 * w[j]!;
        g2[j]! += grad * grad;
        w[j]! -= (o.eta * grad) / Math.sqrt(g2[j]!);
      }
    }
    for (let j = 0; j < o.size; j++) avg[j]! += w[j]! / o.epochs;
  }
  return avg;
}

export function margin(w: Float32Array | Int8Array, idx: Uint32Array, normalize: boolean, scale = 1): number {
  let m = 0;
  for (let k = 0; k < idx.length; k++) m += w[idx[k]!]!;
  return m * scale * (normalize ? 1 / Math.sqrt(idx.length) : 1);
}

export interface F1 {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** P/R/F1 of the positive class when scores ≥ threshold are predicted positive. */
export function f1At(scores: number[], labels: number[], threshold: number): F1 {
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < scores.length; i++) {
    const pred = scores[i]! >= threshold;
    if (pred && labels[i]) tp++;
    else if (pred) fp++;
    else if (labels[i]) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { threshold, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** The threshold with the best F1; ties go to the middle of the best run of thresholds. */
export function bestF1(scores: number[], labels: number[]): F1 {
  const order = scores.map((s, i) => [s, labels[i]!] as const).sort((a, b) => b[0] - a[0]);
  const pos = labels.reduce((a, b) => a + b, 0);
  let tp = 0, best: F1 = { threshold: Infinity, precision: 0, recall: 0, f1: 0 };
  for (let k = 0; k < order.length; k++) {
    if (order[k]![1]) tp++;
    if (k + 1 < order.length && order[k + 1]![0] === order[k]![0]) continue;
    const precision = tp / (k + 1), recall = tp / pos;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    if (f1 > best.f1) {
      const next = k + 1 < order.length ? order[k + 1]![0] : order[k]![0] - 1;
      best = { threshold: (order[k]![0] + next) / 2, precision, recall, f1 };
    }
  }
  return best;
}

/** Fits p = sigmoid(a·(m − center)) by maximum likelihood over a (Newton steps), keeping p(center) = 0.5.
 * Returns [a, b] for sigmoid(a·m + b). Pinning the centre keeps the F1-optimal threshold at 0.5. */
export function fitPlatt(margins: number[], labels: number[], center: number): [number, number] {
  let a = 1;
  for (let it = 0; it < 50; it++) {
    let grad = 0, hess = 0;
    for (let i = 0; i < margins.length; i++) {
      const x = margins[i]! - center;
      const p = 1 / (1 + Math.exp(-a * x));
      grad += (p - labels[i]!) * x;
      hess += p * (1 - p) * x * x;
    }
    const step = grad / (hess + 1e-9);
    a = Math.max(1e-3, a - step);
    if (Math.abs(step) < 1e-7) break;
  }
  return [a, -a * center];
}

/** Quantizes float weights to int8 with one scale; the largest |weight| maps to 127. */
export function quantize(w: Float32Array): { weights: Int8Array; scale: number } {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max / 127 || 1;
  const weights = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) weights[i] = Math.max(-127, Math.min(127, Math.round(w[i]! / scale)));
  return { weights, scale };
}
