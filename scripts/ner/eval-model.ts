/**
 * Scores a model file on a CoNLL column file with gold tokens (document context), for comparing
 * training runs: `npx tsx scripts/ner/eval-model.ts MODEL FILE`. Prints 4-type, 3-type and per-type F1.
 */
import { readFileSync } from 'node:fs';
import { ChunkScorer, parseColumns } from '../../src/core/ner/conll.ts';
import { iob2Tags } from '../../src/core/ner/labels.ts';
import { decodeNerModel } from '../../src/core/ner/model.ts';
import { tagSentences } from '../../src/core/ner/tagger.ts';

const [modelPath, file] = process.argv.slice(2);
if (!modelPath || !file) throw new Error('usage: eval-model.ts MODEL FILE');
const model = decodeNerModel(readFileSync(modelPath));
const docs = parseColumns(readFileSync(file, 'utf8'));
const all = new ChunkScorer();
const three = new ChunkScorer();
const noMisc = (tags: string[]): string[] => tags.map((t) => (t.endsWith('MISC') ? 'O' : t));
for (const doc of docs) {
  const pred = tagSentences(doc.map((s) => s.tokens), model);
  doc.forEach((s, i) => {
    const p = iob2Tags(pred[i]!, s.tokens.length);
    all.add(s.tags, p);
    three.add(noMisc(s.tags), noMisc(p));
  });
}
const s4 = all.score();
const s3 = three.score();
console.log(JSON.stringify({ f1_4type: +s4.f1.toFixed(2), f1_3type: +s3.f1.toFixed(2), per_type: Object.fromEntries(Object.entries(s4.perType ?? {}).map(([k, v]) => [k, +(v as { f1: number }).f1.toFixed(2)])) }));
