/**
 * `lede eval ner FILE [--output PRED]`: scores the entity tagger on a CoNLL-style column file (token
 * first, NER tag last, IOB1/IOB2/BIOES, `-DOCSTART-` between documents). The gold tokens are tagged one
 * document at a time, so document features work as on a page. Prints one JSON line; `--output` writes
 * conlleval input (`token gold predicted`, blank lines between sentences kept).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readAsset } from '../assets.ts';
import { InputError } from '../errors.ts';
import { ChunkScorer, parseColumns, type ColumnDocument } from '../../core/ner/conll.ts';
import { iob2Tags } from '../../core/ner/labels.ts';
import { decodeNerModel } from '../../core/ner/model.ts';
import { tagSentences } from '../../core/ner/tagger.ts';

const USAGE = 'usage: lede eval ner FILE [--output PRED]';

export async function run(args: string[], out: (line: string) => void): Promise<void> {
  let file: string | undefined;
  let output: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--output' || a === '-o') {
      output = args[++i];
      if (!output) throw new InputError(`--output needs a file name\n${USAGE}`);
    } else if (a.startsWith('--output=')) output = a.slice('--output='.length);
    else if (a.startsWith('-') && a !== '-') throw new InputError(`unknown option ${a}\n${USAGE}`);
    else if (file === undefined) file = a;
    else throw new InputError(`one FILE only\n${USAGE}`);
  }
  if (!file) throw new InputError(`no FILE given\n${USAGE}`);
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (err) {
    throw new InputError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (text.includes('\u0000')) throw new InputError(`${file} is not a text column file`);
  const docs = parseColumns(text);
  const tokens = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.tokens.length, 0), 0);
  if (tokens === 0) throw new InputError(`${file} has no tokens (expected CoNLL columns: token ... NER-tag)`);

  const model = decodeNerModel(readAsset('models/ner.bin'));
  const t0 = performance.now();
  const predicted = docs.map((doc) => tagSentences(doc.map((s) => s.tokens), model).map((labels, i) => iob2Tags(labels, doc[i]!.tokens.length)));
  const seconds = (performance.now() - t0) / 1000;

  const four = new ChunkScorer();
  const three = new ChunkScorer();
  docs.forEach((doc, d) =>
    doc.forEach((s, i) => {
      four.add(s.tags, predicted[d]![i]!);
      three.add(s.tags, predicted[d]![i]!, ['MISC']);
    }),
  );
  const s4 = four.score();
  const s3 = three.score();
  const perType: Record<string, { precision: number; recall: number; f1: number; support: number }> = {};
  for (const [type, t] of Object.entries(s4.perType)) perType[type] = { precision: t.precision, recall: t.recall, f1: t.f1, support: t.gold };
  out(
    JSON.stringify({
      f1_4type: s4.f1,
      f1_3type: s3.f1,
      precision: s4.precision,
      recall: s4.recall,
      per_type: perType,
      tokens,
      tokens_per_s: Math.round(tokens / Math.max(seconds, 1e-6)),
    }),
  );
  if (output) writePredictions(output, docs, predicted, docs.length > 1 || /^-DOCSTART-/m.test(text));
}

function writePredictions(path: string, docs: ColumnDocument[], predicted: string[][][], docMarkers: boolean): void {
  const lines: string[] = [];
  docs.forEach((doc, d) => {
    if (docMarkers) lines.push('-DOCSTART- O O', '');
    doc.forEach((s, i) => {
      s.tokens.forEach((tok, k) => lines.push(`${tok} ${s.tags[k]} ${predicted[d]![i]![k]}`));
      lines.push('');
    });
  });
  try {
    writeFileSync(path, lines.join('\n'));
  } catch (err) {
    throw new InputError(`cannot write ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}
