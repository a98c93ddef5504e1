/**
 * Emission scores and constrained Viterbi decoding over BIOES labels. Impossible transitions (O → I-PER,
 * B-PER → I-ORG, ...) are ruled out, so every decoded sequence reads as well-formed entities.
 */
import { MAX_FEATURES as MAXF } from './features.ts';
import { LABEL_COUNT, partOfLabel, typeOfLabel, B, I, E, S } from './labels.ts';

// Local copies: hot loops read these constants, and some module loaders turn imports into getters.
const L = LABEL_COUNT;
const MAX_FEATURES = MAXF;

/** allowed[prev * L + cur]; row L is the sentence start. */
export const ALLOWED = buildAllowed();
export const ALLOWED_END = new Uint8Array(L).map((_, l) => (l === 0 || partOfLabel(l) === E || partOfLabel(l) === S ? 1 : 0));

function buildAllowed(): Uint8Array {
  const a = new Uint8Array((L + 1) * L);
  for (let prev = 0; prev <= L; prev++) {
    for (let cur = 0; cur < L; cur++) {
      const pp = prev === L ? -1 : partOfLabel(prev);
      const cp = partOfLabel(cur);
      const open = pp === B || pp === I;
      let ok: boolean;
      if (open) ok = (cp === I || cp === E) && typeOfLabel(prev) === typeOfLabel(cur);
      else ok = cur === 0 || cp === B || cp === S;
      a[prev * L + cur] = ok ? 1 : 0;
    }
  }
  return a;
}

/** For each label, the labels allowed before it (BIOES leaves 2 or 9 of 17, so Viterbi skips the rest). */
const PREDS: Int32Array[] = Array.from({ length: L }, (_, cur) => {
  const list: number[] = [];
  for (let p = 0; p < L; p++) if (ALLOWED[p * L + cur]) list.push(p);
  return Int32Array.from(list);
});

/**
 * Fills `out` (n × L) with each token's label scores: the sum of its features' weight rows. With
 * `index` null, `weights` is dense (bucket × L), as during training.
 */
export function emissions(feats: Int32Array, n: number, index: Int32Array | null, weights: Float32Array, out: Float32Array): void {
  out.fill(0, 0, n * L);
  for (let i = 0; i < n; i++) {
    const o = i * L;
    const fEnd = (i + 1) * MAX_FEATURES;
    for (let k = i * MAX_FEATURES; k < fEnd; k++) {
      const f = feats[k]!;
      if (f < 0) break;
      const row = index ? index[f]! : f * L;
      if (row < 0) continue;
      for (let j = 0; j < L; j++) out[o + j]! += weights[row + j]!;
    }
  }
}

/** Like `emissions`, over a shipped model's int8 rows (`index` gives row numbers, `scales` their scale). */
export function emissionsQuantized(feats: Int32Array, n: number, index: Int32Array, weights: Int8Array, scales: Float32Array, out: Float32Array): void {
  out.fill(0, 0, n * L);
  for (let i = 0; i < n; i++) {
    const o = i * L;
    const fEnd = (i + 1) * MAX_FEATURES;
    for (let k = i * MAX_FEATURES; k < fEnd; k++) {
      const f = feats[k]!;
      if (f < 0) break;
      const row = index[f]!;
      if (row < 0) continue;
      const scale = scales[row]!;
      const base = row * L;
      for (let j = 0; j < L; j++) out[o + j]! += weights[base + j]! * scale;
    }
  }
}

/**
 * How sure the emission scores are of each decoded label, in 5 steps: 0 when another label scores
 * higher on its own (the transitions overrode it), then by the gap to the runner-up.
 */
export function labelConfidence(em: Float32Array, n: number, labels: Uint8Array): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const o = i * L;
    const own = em[o + labels[i]!]!;
    let other = -Infinity;
    for (let j = 0; j < L; j++) if (j !== labels[i] && em[o + j]! > other) other = em[o + j]!;
    const gap = own - other;
    out[i] = gap < 0 ? 0 : gap < 1 ? 1 : gap < 3 ? 2 : gap < 8 ? 3 : 4;
  }
  return out;
}

/** Best label sequence for emissions `em` (n × L) under the transition and end scores. */
export function viterbi(em: Float32Array, n: number, trans: Float32Array, endScores: Float32Array, labels: Uint8Array): void {
  if (n === 0) return;
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let j = 0; j < L; j++) score[j] = ALLOWED[L * L + j] ? em[j]! + trans[L * L + j]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let j = 0; j < L; j++) {
      let best = -Infinity;
      let arg = 0;
      const preds = PREDS[j]!;
      for (let a = 0; a < preds.length; a++) {
        const p = preds[a]!;
        const s = score[(i - 1) * L + p]! + trans[p * L + j]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + j] = best + em[i * L + j]!;
      back[i * L + j] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let j = 0; j < L; j++) {
    if (!ALLOWED_END[j]) continue;
    const s = score[(n - 1) * L + j]! + endScores[j]!;
    if (s > best) {
      best = s;
      arg = j;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = arg;
    arg = back[i * L + arg]!;
  }
}
