/**
 * Trains the entity tagger and writes public/models/ner.bin.
 *
 *   npx tsx scripts/train-ner.ts [--select] [--epochs N] [--bits B] [--seed S] [--out PATH]
 *     [--learner1 crf|perceptron] [--learner2 perceptron|crf] [--l2 X] [--eta X] [--dropout P]
 *     [--prune X] [--prune1 X] [--levels1 N] [--levels2 N] [--mix K] [--mix2 K] [--stages N]
 *     [--glove-cache FILE]
 *
 * Reads CoNLL-2003 from ../shared/corpora/ner/conll2003. With `--select`, trains on train and picks
 * each pass's epoch count on testa (model selection). Without it (the shipped model), refits on
 * train + testa with the epoch counts that selection chose (PASS_EPOCHS below): standard practice,
 * dev picks the settings, then the final model learns from all the labelled data.
 *
 * builds gazetteers from installed licence-clean sources and word clusters from GloVe vectors
 * (scripts/ner/glove-clusters.ts), then trains pass 1 as a CRF (AdaGrad, L2, averaged; scripts/ner/crf.ts) and pass 2 as a
 * seeded structured averaged perceptron. Only weights, lists and clusters are written; no corpus text
 * enters the model file.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseColumns, ChunkScorer, type ColumnDocument } from '../src/core/ner/conll.ts';
import { extractFeatures, type DocFeatures, type FeatureResources } from '../src/core/ner/features.ts';
import { contextFeatures } from '../src/core/ner/context-features.ts';
import { buildGazetteer } from '../src/core/ner/gazetteer.ts';
import { FEATURE_VERSION, hashString } from '../src/core/ner/hash.ts';
import { decodeHashedClusters, encodeHashedClusters } from '../src/core/ner/hashed-clusters.ts';
import { chunksOf, iob2Tags, labelsFromChunks, LABEL_COUNT } from '../src/core/ner/labels.ts';
import { encodeNerModel, scaleLogRange, type DenseStage, type NerModelHeader } from '../src/core/ner/model.ts';
import { buildGazetteerLists } from './ner/gazetteer-sources.ts';
import { buildCapitalized } from './ner/capitalized.ts';
import { buildGloveClusters } from './ner/glove-clusters.ts';
import { Crf } from './ner/crf.ts';
import { Perceptron, decodeDense, decodeDenseWithConfidence, rng, type TrainSentence } from './ner/perceptron.ts';

const args = process.argv.slice(2);
const opt = (name: string, def: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const EPOCHS = opt('epochs', 16);
const BITS = opt('bits', 20);
const SEED = opt('seed', 1);
const STAGES = opt('stages', 2);
const FOLDS = opt('folds', 10);
const DROPOUT = opt('dropout', 0.2);
const PA = opt('pa', 0);
const MARGIN = opt('margin', 0);
/** Learner per pass: 'perceptron' or 'crf' (`--learner1`, `--learner2`). */
const learnerArg = (name: string, def: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : def;
};
const LEARNERS = [learnerArg('learner1', 'crf'), learnerArg('learner2', 'perceptron')] as const;
const ETA = opt('eta', 0.1);
const L2 = opt('l2', 0.003);
const MIX = opt('mix', 1);
const MIX2 = opt('mix2', 1);
const SELECT = args.includes('--select');
/** Pass-2 rows whose largest weight is below this are left out of the file (1.2 loses nothing on dev). */
const PRUNE = opt('prune', 1.2);
/** The same for pass 1 (a CRF's weights are smaller than a perceptron's; the most dev-sensitive setting of the file size). */
const PRUNE1 = opt('prune1', LEARNERS[0] === 'crf' ? 0.12 : PRUNE);
/**
 * Weight levels per row (±levels, one byte-coded scale per row). Pass 1's many small rows are worth
 * more as int4 than as fewer int8 rows: at the same file size, keeping rows down to 0.12 at ±7 levels
 * scores better on dev than rows down to 0.2 at ±127 (NER-MODEL.md).
 */
const LEVELS1 = opt('levels1', 7);
const LEVELS = opt('levels2', 7);
/** Epochs of pass 1 and pass 2, as `--select` picked them on testa for these features and seed. */
const PASS_EPOCHS = [opt('epochs1', LEARNERS[0] === 'crf' ? 4 : 10), opt('epochs2', 6)] as const;

function mixStages(runs: DenseStage[]): DenseStage {
  const avg = (xs: Float32Array[]): Float32Array => {
    const out = new Float32Array(xs[0]!.length);
    for (const x of xs) for (let i = 0; i < x.length; i++) out[i]! += x[i]! / xs.length;
    return out;
  };
  return { w: avg(runs.map((r) => r.w)), trans: avg(runs.map((r) => r.trans)), end: avg(runs.map((r) => r.end)) };
}
const outIdx = args.indexOf('--out');
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const OUT = outIdx >= 0 ? resolve(args[outIdx + 1]!) : resolve(root, 'public/models/ner.bin');
const CONLL = resolve(root, '../shared/corpora/ner/conll2003');

const t0 = Date.now();
const log = (msg: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

const train = parseColumns(readFileSync(resolve(CONLL, 'eng.train'), 'utf8'));
const dev = parseColumns(readFileSync(resolve(CONLL, 'eng.testa'), 'utf8'));
log(`read ${train.length} train docs, ${dev.length} dev docs; ${SELECT ? 'selecting epochs on dev' : `refit on train + dev, epochs ${PASS_EPOCHS.join(' and ')}`}`);

const lists = buildGazetteerLists();
// Ablation: `--lists-without a,b` trains without those lists (they stay empty in the file).
const without = args.indexOf('--lists-without');
if (without >= 0) for (const cat of args[without + 1]!.split(',')) delete lists[cat as keyof typeof lists];
const capitalized = buildCapitalized(root, [train]);
// `--glove-cache FILE` keeps the clusters between experiments (they take ~30 s and never change).
const cacheAt = args.indexOf('--glove-cache');
const cache = cacheAt >= 0 ? args[cacheAt + 1]! : '';
const clusterText = cache && existsSync(cache) ? readFileSync(cache, 'utf8') : buildGloveClusters();
if (cache && !existsSync(cache)) writeFileSync(cache, clusterText);
const clusterTable = encodeHashedClusters(clusterText.split('\n').map((line) => {
  const [w, fine, coarse] = line.split('\t');
  return [hashString(w!), Number(fine), Number(coarse)] as const;
}));
log(`gazetteer ${Object.values(lists).reduce((n, l) => n + l.length, 0)} entries; GloVe clusters for ${clusterTable.meta.keys} word hashes`);
const resources: FeatureResources = {
  gazetteer: buildGazetteer(lists), bits: BITS, clusters: decodeHashedClusters(clusterTable.meta, clusterTable.bytes),
};
log(`${capitalized.length} words usually capitalized (for restoring case in lowercase text)`);

interface DocData {
  tokens: string[][];
  tags: string[][];
  gold: Uint8Array[];
  base: DocFeatures;
}

function prepare(docs: ColumnDocument[]): DocData[] {
  return docs.map((doc) => {
    const tokens = doc.map((s) => s.tokens);
    return {
      tokens,
      tags: doc.map((s) => s.tags),
      gold: doc.map((s) => labelsFromChunks(chunksOf(s.tags), s.tokens.length)),
      base: extractFeatures(tokens, resources),
    };
  });
}
const trainDocs = prepare(SELECT ? train : [...train, ...dev]);
const devDocs = SELECT ? prepare(dev) : [];
log(`features: ${trainDocs.length} train docs, ${devDocs.length} dev docs`);

const sentencesOf = (docs: DocData[], feats: (d: DocData, i: number) => DocFeatures): TrainSentence[] =>
  docs.flatMap((d, i) => {
    const f = feats(d, i);
    return d.gold.map((gold, s) => ({ feats: f[s]!, gold }));
  });

function predict(docs: DocData[], feats: (d: DocData, i: number) => DocFeatures, st: DenseStage): Uint8Array[][] {
  return docs.map((d, i) => {
    const f = feats(d, i);
    return d.gold.map((g, s) => decodeDense(f[s]!, g.length, st.w, st.trans, st.end));
  });
}

/** One pass's labels and confidence for each sentence of a document. */
interface FirstPass {
  labels: Uint8Array[];
  confidence: Uint8Array[];
}

function predictPass(d: DocData, feats: DocFeatures, st: DenseStage): FirstPass {
  const out = d.gold.map((g, s) => decodeDenseWithConfidence(feats[s]!, g.length, st.w, st.trans, st.end));
  return { labels: out.map((o) => o.labels), confidence: out.map((o) => o.confidence) };
}

function devF1(pred: Uint8Array[][]): number {
  const scorer = new ChunkScorer();
  devDocs.forEach((d, i) => d.tags.forEach((tags, s) => scorer.add(tags, iob2Tags(pred[i]![s]!, tags.length))));
  return scorer.score().f1;
}

/** Trains one pass; with `dev`, keeps the epoch that scores best on it, else runs `epochs` epochs. */
function trainStage(name: string, data: TrainSentence[], epochs: number, seed: number, dev?: (st: DenseStage) => number): { stage: DenseStage; epoch: number; f1: number } {
  const pass = Number(/pass (\d)/.exec(name)?.[1] ?? 1);
  const model = LEARNERS[Math.min(pass, 2) - 1] === 'crf' ? newCrf() : newPerceptron();
  const random = rng(seed);
  const order = data.map((_, i) => i);
  let best = { stage: model.averaged(), epoch: 0, f1: -1 };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    for (const i of order) errors += model.train(data[i]!);
    if (!dev) continue;
    const avg = model.averaged();
    const f1 = dev(avg);
    log(`${name} epoch ${epoch}: ${errors} token errors on train, dev F1 ${f1.toFixed(2)}`);
    if (f1 > best.f1) best = { stage: avg, epoch, f1 };
  }
  return dev ? best : { stage: model.averaged(), epoch: epochs, f1: -1 };
}

function newPerceptron(): Perceptron {
  const model = new Perceptron(BITS);
  model.dropout = DROPOUT;
  model.pa = PA;
  model.margin = MARGIN;
  return model;
}

function newCrf(): Crf {
  const model = new Crf(BITS);
  model.dropout = DROPOUT;
  model.eta = ETA;
  model.l2 = L2;
  return model;
}

// Pass 1 on all of train, epoch picked on dev.
const baseFeats = (d: DocData): DocFeatures => d.base;
const first = SELECT
  ? trainStage('pass 1', sentencesOf(trainDocs, baseFeats), EPOCHS, SEED, (st) => devF1(predict(devDocs, baseFeats, st)))
  : trainStage('pass 1', sentencesOf(trainDocs, baseFeats), PASS_EPOCHS[0], SEED);
log(`pass 1: best epoch ${first.epoch}, dev F1 ${first.f1.toFixed(2)}`);
if (MIX > 1) {
  // Parameter mixing (McDonald et al. 2010): average the weights of runs that differ only in shuffling.
  const runs = [first.stage];
  for (let r = 1; r < MIX; r++) runs.push(trainStage(`pass 1 mix ${r}`, sentencesOf(trainDocs, baseFeats), first.epoch, SEED + 1000 * r).stage);
  first.stage = mixStages(runs);
  log(`pass 1 mixed over ${MIX} runs: dev F1 ${devF1(predict(devDocs, baseFeats, first.stage)).toFixed(2)}`);
}
const stages: DenseStage[] = [first.stage];

// Each later pass reads the labels of the pass before it. Those labels come, on train, from models
// that did not see the document (k-fold), so that the next pass learns from errors as they look on new
// text; on dev, from the full model.
let trainFeats = (d: DocData, _i: number): DocFeatures => d.base;
let devFeats = (d: DocData, _i: number): DocFeatures => d.base;
let prev = { stage: first.stage, epoch: first.epoch };
for (let k = 2; k <= STAGES; k++) {
  const folds = k === 2 ? FOLDS : Math.min(FOLDS, 5);
  const trainPrev: FirstPass[] = new Array(trainDocs.length);
  for (let fold = 0; fold < folds; fold++) {
    const inFold = (i: number): boolean => i % folds === fold;
    const rest = trainDocs.map((d, i) => ({ d, i })).filter(({ i }) => !inFold(i));
    const restSentences = rest.flatMap(({ d, i }) => {
      const f = trainFeats(d, i);
      return d.gold.map((gold, s) => ({ feats: f[s]!, gold }));
    });
    const st = trainStage(`pass ${k - 1} fold ${fold}`, restSentences, prev.epoch, SEED + 1 + fold + (k === 2 ? 0 : 50 * k)).stage;
    for (let i = fold; i < trainDocs.length; i += folds) trainPrev[i] = predictPass(trainDocs[i]!, trainFeats(trainDocs[i]!, i), st);
  }
  log(`pass ${k - 1}: ${folds}-fold labels for train done`);
  const devPrev = devDocs.map((d, i) => predictPass(d, devFeats(d, i), prev.stage));
  const trainCache = trainDocs.map((d, i) => contextFeatures(d.tokens, d.base, trainPrev[i]!.labels, BITS, false, trainPrev[i]!.confidence));
  const devCache = devDocs.map((d, i) => contextFeatures(d.tokens, d.base, devPrev[i]!.labels, BITS, false, devPrev[i]!.confidence));
  const next = SELECT
    ? trainStage(`pass ${k}`, sentencesOf(trainDocs, (_, i) => trainCache[i]!), EPOCHS, SEED + 100 * (k - 1), (st) => devF1(predict(devDocs, (_, i) => devCache[i]!, st)))
    : trainStage(`pass ${k}`, sentencesOf(trainDocs, (_, i) => trainCache[i]!), PASS_EPOCHS[Math.min(k - 1, 1)]!, SEED + 100 * (k - 1));
  log(`pass ${k}: best epoch ${next.epoch}, dev F1 ${next.f1.toFixed(2)}`);
  if (MIX2 > 1) {
    const runs = [next.stage];
    for (let r = 1; r < MIX2; r++) runs.push(trainStage(`pass ${k} mix ${r}`, sentencesOf(trainDocs, (_, i) => trainCache[i]!), next.epoch, SEED + 100 * (k - 1) + 1000 * r).stage);
    next.stage = mixStages(runs);
    if (SELECT) log(`pass ${k} mixed over ${MIX2} runs: dev F1 ${devF1(predict(devDocs, (_, i) => devCache[i]!, next.stage)).toFixed(2)}`);
  }
  stages.push(next.stage);
  prev = { stage: next.stage, epoch: next.epoch };
  trainFeats = (_, i) => trainCache[i]!;
  devFeats = (_, i) => devCache[i]!;
}

const header: NerModelHeader = {
  format: 1,
  featureVersion: FEATURE_VERSION,
  bits: BITS,
  labels: LABEL_COUNT,
  gazetteer: lists,
  clusters: clusterTable.meta,
  capitalized: capitalized.join(' '),
  trainedOn: SELECT
    ? 'CoNLL-2003 English train (Reuters RCV1, research licence); epochs picked on testa'
    : `CoNLL-2003 English train + testa (Reuters RCV1, research licence), refit with the epochs picked on testa (${PASS_EPOCHS.join(', ')})`,
  stages: stages.length,
};
const prune = stages.map((_, i) => (i === 0 ? PRUNE1 : PRUNE));
const levels = stages.map((_, i) => (i === 0 ? LEVELS1 : LEVELS));
header.rowCoding = { levels, scaleLog: scaleLogRange(stages, prune, levels, LABEL_COUNT) };
const bytes = encodeNerModel(header, stages, prune, clusterTable.bytes);
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, bytes);
log(`wrote ${OUT}: ${(bytes.length / 1e6).toFixed(2)} MB, ${(gzipSync(bytes, { level: 9 }).length / 1e6).toFixed(2)} MB gzipped`);
