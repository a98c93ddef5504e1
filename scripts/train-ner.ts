/**
 * Trains the entity tagger and writes public/models/ner.bin.
 *
 *   npx tsx scripts/train-ner.ts [--epochs N] [--bits B] [--seed S] [--out PATH]
 *
 * Reads CoNLL-2003 from ../shared/corpora/ner/conll2003 (train for training, testa to pick the epoch),
 * builds gazetteers from installed licence-clean sources and word clusters from unlabelled text in
 * ../shared, then runs a seeded structured averaged perceptron. Only weights, lists and clusters are
 * written; no corpus text enters the model file.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseColumns, ChunkScorer, type ColumnDocument } from '../src/core/ner/conll.ts';
import { extractFeatures, type FeatureResources } from '../src/core/ner/features.ts';
import { buildGazetteer } from '../src/core/ner/gazetteer.ts';
import { FEATURE_VERSION } from '../src/core/ner/hash.ts';
import { chunksOf, iob2Tags, labelsFromChunks, LABEL_COUNT } from '../src/core/ner/labels.ts';
import { encodeNerModel, parseClusters, type NerModelHeader } from '../src/core/ner/model.ts';
import { buildGazetteerLists } from './ner/gazetteer-sources.ts';
import { buildClusters } from './ner/clusters.ts';
import { Perceptron, decodeDense, rng, type TrainSentence } from './ner/perceptron.ts';

const args = process.argv.slice(2);
const opt = (name: string, def: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const EPOCHS = opt('epochs', 14);
const BITS = opt('bits', 20);
const SEED = opt('seed', 1);
const outIdx = args.indexOf('--out');
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const OUT = outIdx >= 0 ? resolve(args[outIdx + 1]!) : resolve(root, 'public/models/ner.bin');
const CONLL = resolve(root, '../shared/corpora/ner/conll2003');

const t0 = Date.now();
const log = (msg: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

const train = parseColumns(readFileSync(resolve(CONLL, 'eng.train'), 'utf8'));
const dev = parseColumns(readFileSync(resolve(CONLL, 'eng.testa'), 'utf8'));
log(`read ${train.length} train docs, ${dev.length} dev docs`);

const lists = buildGazetteerLists();
const clusterText = buildClusters(root, [train]);
log(`gazetteer ${Object.values(lists).reduce((n, l) => n + l.length, 0)} entries; clusters ${clusterText.split('\n').length} words`);
const resources: FeatureResources = { gazetteer: buildGazetteer(lists), clusters: parseClusters(clusterText), bits: BITS };

function featurize(docs: ColumnDocument[]): TrainSentence[] {
  const out: TrainSentence[] = [];
  for (const doc of docs) {
    const feats = extractFeatures(doc.map((s) => s.tokens), resources);
    doc.forEach((s, i) => out.push({ feats: feats[i]!, gold: labelsFromChunks(chunksOf(s.tags), s.tokens.length) }));
  }
  return out;
}
const trainSet = featurize(train);
const devSet = featurize(dev);
const devTags = dev.flat().map((s) => s.tags);
log(`features: ${trainSet.length} train sentences, ${devSet.length} dev sentences`);

const model = new Perceptron(BITS);
const random = rng(SEED);
const order = trainSet.map((_, i) => i);
let best: { f1: number; epoch: number; bytes: Uint8Array } = { f1: -1, epoch: 0, bytes: new Uint8Array(0) };
const header: NerModelHeader = {
  format: 1,
  featureVersion: FEATURE_VERSION,
  bits: BITS,
  labels: LABEL_COUNT,
  gazetteer: lists,
  clusters: clusterText,
  trainedOn: 'CoNLL-2003 English train (Reuters RCV1, research licence), epoch picked on testa',
};
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let errors = 0;
  for (const i of order) errors += model.train(trainSet[i]!);
  const avg = model.averaged();
  const scorer = new ChunkScorer();
  devSet.forEach((s, i) => {
    const pred = decodeDense(s.feats, s.gold.length, avg.w, avg.trans, avg.end);
    scorer.add(devTags[i]!, iob2Tags(pred, s.gold.length));
  });
  const f1 = scorer.score().f1;
  log(`epoch ${epoch}: ${errors} token errors on train, dev F1 ${f1.toFixed(2)}`);
  if (f1 > best.f1) best = { f1, epoch, bytes: encodeNerModel(header, avg.w, avg.trans, avg.end) };
}
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, best.bytes);
log(`best epoch ${best.epoch} (dev F1 ${best.f1.toFixed(2)}); wrote ${OUT}: ${(best.bytes.length / 1e6).toFixed(2)} MB, ${(gzipSync(best.bytes, { level: 9 }).length / 1e6).toFixed(2)} MB gzipped`);
