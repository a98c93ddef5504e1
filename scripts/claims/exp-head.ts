/**
 * Experiment harness (not part of the trainer): the three honest yardsticks (train 5-fold CV F1, dev 5-fold
 * cross-calibrated line F1 and dev AP, 2016-shift AP) for head variants, with the linear fits memoized.
 *   npx tsx scripts/claims/exp-head.ts base conv:3:64:0:0.1:8
 */
import { join } from 'node:path';
import { fitLinear, buildLexicon } from './build.ts';
import { FEATURES, LEXICON, LEXICON_WORDS, MLP as BASE_MLP, OPTIONS } from './config.ts';
import { readGlove } from './glove.ts';
import { averagePrecision, crossFit, devKFold, marginsOf, shiftFigures, type Fit } from './honest.ts';
import { bestF1, readClaimBuster, type Example } from './linear.ts';
import { trainDenseHead } from './mlp.ts';
import { trainConvHead } from './conv-head.ts';
import { poolVectors, type WordLexicon } from '../../src/core/claims/lexicon.ts';
import { spanRows } from '../../src/core/claims/conv.ts';
import { tokenize } from '../../src/core/claims/tokens.ts';
import type { ClaimModel } from '../../src/core/claims/model.ts';
import type { DenseHead } from '../../src/core/claims/dense.ts';

const corpus = join(process.cwd(), '..', 'shared', 'corpora', 'claims', 'claimbuster');
const train = readClaimBuster(join(corpus, 'train.tsv'));
const dev = readClaimBuster(join(corpus, 'dev.tsv'));
let t = Date.now();
const lexicon: WordLexicon = buildLexicon(readGlove(LEXICON_WORDS), LEXICON);
console.log(`lexicon ${((Date.now() - t) / 1000).toFixed(1)} s`);
const linearMemo = new Map<string, ClaimModel>();
const linear = (xs: Example[]): ClaimModel => {
  const key = xs.map((e) => e.id).join(",");
  let m = linearMemo.get(key);
  if (!m) { m = fitLinear(FEATURES, OPTIONS, lexicon)(xs); linearMemo.set(key, m); }
  return m;
};

/** The average of several heads is one head with their hidden units (and filters) side by side. */
function merge(hs: DenseHead[]): DenseHead {
  const cat = (xs: Float32Array[]): Float32Array => { const o = new Float32Array(xs.reduce((a, x) => a + x.length, 0)); let k = 0; for (const x of xs) { o.set(x, k); k += x.length; } return o; };
  const n = hs.length, h0 = hs[0]!;
  const out: DenseHead = { inDim: h0.inDim, hidden: hs.reduce((a, h) => a + h.hidden, 0), w1: cat(hs.map((h) => h.w1)), b1: cat(hs.map((h) => h.b1)),
    w2: cat(hs.map((h) => h.w2.map((v) => v / n))), b2: hs.reduce((a, h) => a + h.b2, 0) / n };
  const cs = hs.map((h) => h.conv!).filter(Boolean);
  if (cs.length) out.conv = { width: cs[0]!.width, dims: cs[0]!.dims, filters: cs.reduce((a, c) => a + c.filters, 0), w: cat(cs.map((c) => c.w)), b: cat(cs.map((c) => c.b)), v: cat(cs.map((c) => c.v.map((x) => x / n))) };
  return out;
}

function variant(full: string): Fit {
  if (full.includes('+')) {
    const fits = full.split('+').map(variant);
    return (xs) => { const ms = fits.map((f) => f(xs)); return { ...ms[0]!, dense: merge(ms.map((m) => m.dense!)) }; };
  }
  const [spec, seedText, stackText] = full.split('@');
  const MLP = { ...BASE_MLP, seed: seedText ? Number(seedText) : BASE_MLP.seed, stackWeight: stackText ? Number(stackText) : BASE_MLP.stackWeight };
  const [kind, ...a] = spec!.split(':');
  if (kind === 'base') return (xs) => ({ ...linear(xs), dense: trainDenseHead(xs.map((e) => poolVectors(lexicon, tokenize(e.text))), xs.map((e) => e.label), MLP) });
  const [width, filters, pca, dropout, epochs, lr] = a.map(Number);
  return (xs) => {
    const toks = xs.map((e) => tokenize(e.text));
    const dense = trainConvHead(lexicon, toks.map((tk) => poolVectors(lexicon, tk)), toks.map((tk) => spanRows(lexicon, tk)),
      xs.map((e) => e.label), { ...MLP, epochs: epochs ?? MLP.epochs, lr: lr ?? MLP.lr }, { width: width!, filters: filters!, pca: pca!, dropout: dropout! });
    return { ...linear(xs), dense };
  };
}

const only = process.env.ONLY ?? 'cv,dev,shift';
for (const spec of process.argv.slice(2)) {
  t = Date.now();
  const fit = variant(spec);
  const out: string[] = [spec];
  if (only.includes('dev')) {
    const final = fit(train);
    const devLabels = dev.map((e) => e.label);
    out.push(`devKFold ${devKFold(final, dev).f1.toFixed(4)}`, `devAP ${averagePrecision(marginsOf(final, dev), devLabels).toFixed(4)}`,
      `devBest ${bestF1(marginsOf(final, dev), devLabels).f1.toFixed(4)}`);
  }
  if (only.includes('shift')) { const s = shiftFigures(train, fit); out.push(`shiftAP ${s.ap.toFixed(4)}`, `shiftF1 ${s.best.f1.toFixed(4)}`); }
  if (only.includes('cv')) {
    const { oof } = crossFit(train, fit);
    const labels = train.map((e) => e.label);
    out.push(`cvF1 ${bestF1(oof, labels).f1.toFixed(4)}`, `cvAP ${averagePrecision(oof, labels).toFixed(4)}`);
  }
  out.push(`${((Date.now() - t) / 1000).toFixed(0)} s`);
  console.log(out.join('  '));
}
