/**
 * Names: CoNLL-2003 test (eng.testb), conlleval exact match, Lede's shipped tagger (public/models/ner.bin)
 * beside compromise and wink-nlp measured in the same run.
 *
 * Two ways in for Lede: the gold tokens with document context (what `lede eval ner` scores), and raw
 * text (each document detokenized, one paragraph per sentence, through findEntities: sentence split,
 * tokenizer, tagger, linking), scored the way the peers are: each system's character spans are mapped
 * back to the gold tokens they overlap, punctuation-only and possessive tokens trimmed from the edges
 * (research notes §3). wink-nlp has no PER/ORG/LOC, so it gets an untyped span score from runs of PROPN
 * tokens, shown beside Lede's untyped score. Speed counts only each system's own calls after a warm-up.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { ChunkScorer, parseColumns, type ColumnDocument, type Score } from '../src/core/ner/conll.ts';
import { findEntities } from '../src/core/ner/entities.ts';
import { iob2Tags } from '../src/core/ner/labels.ts';
import { decodeNerModel } from '../src/core/ner/model.ts';
import { tagSentences } from '../src/core/ner/tagger.ts';
import { printWhenMain, type BenchSection } from './section.ts';

const TEST = fileURLToPath(new URL('../../shared/corpora/ner/conll2003/eng.testb', import.meta.url));
const WIKI = fileURLToPath(new URL('../test/fixtures/ner/wiki-sample.conll', import.meta.url));
const WIKI2 = fileURLToPath(new URL('../test/fixtures/ner/wiki-sample2.conll', import.meta.url));
const DEV = fileURLToPath(new URL('../../shared/corpora/ner/conll2003/eng.testa', import.meta.url));
const MODEL = fileURLToPath(new URL('../public/models/ner.bin', import.meta.url));

interface RawDoc {
  paragraphs: string[];
  /** Per paragraph (= gold sentence), each token's [start, end). */
  offsets: [number, number][][];
  doc: ColumnDocument;
}
interface CharSpan {
  paragraph: number;
  start: number;
  end: number;
  type: string;
}
type System = (paragraphs: string[]) => CharSpan[];

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m|\.\.\.)$/;

/** Joins gold tokens into natural text, remembering where each token went. */
function detokenize(doc: ColumnDocument): RawDoc {
  const paragraphs: string[] = [];
  const offsets: [number, number][][] = [];
  for (const s of doc) {
    let text = '';
    const offs: [number, number][] = [];
    s.tokens.forEach((t, i) => {
      if (i > 0 && !NO_SPACE_BEFORE.test(t) && !/^[([{$]$/.test(s.tokens[i - 1]!)) text += ' ';
      offs.push([text.length, text.length + t.length]);
      text += t;
    });
    paragraphs.push(text);
    offsets.push(offs);
  }
  return { paragraphs, offsets, doc };
}

const TRIM = /^(?:[^\p{L}\p{N}]+|'s|'S)$/u;

/** Maps character spans to gold-token IOB2 tags per sentence (edge punctuation and 's trimmed). */
function spansToTags(raw: RawDoc, spans: CharSpan[]): string[][] {
  const tags = raw.doc.map((s) => new Array<string>(s.tokens.length).fill('O'));
  for (const sp of spans) {
    const offs = raw.offsets[sp.paragraph];
    if (!offs) continue;
    let first = offs.findIndex(([a, b]) => b > sp.start && a < sp.end);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < offs.length && offs[last + 1]![0] < sp.end) last++;
    const toks = raw.doc[sp.paragraph]!.tokens;
    while (first <= last && TRIM.test(toks[first]!)) first++;
    while (last >= first && TRIM.test(toks[last]!)) last--;
    const row = tags[sp.paragraph]!;
    if (first > last || row.slice(first, last + 1).some((t) => t !== 'O')) continue;
    for (let k = first; k <= last; k++) row[k] = `${k === first ? 'B' : 'I'}-${sp.type}`;
  }
  return tags;
}

function score(raws: RawDoc[], tags: string[][][], drop: string[], untyped = false): Score {
  const scorer = new ChunkScorer();
  const strip = (t: string): string => (untyped && t !== 'O' ? `${t.slice(0, 2)}ENT` : t);
  const dropped = (t: string): string => (drop.some((d) => t.endsWith(`-${d}`)) ? 'O' : t);
  raws.forEach((r, d) => r.doc.forEach((s, i) => scorer.add(s.tags.map(dropped).map(strip), tags[d]![i]!.map(dropped).map(strip))));
  return scorer.score();
}

/**
 * Runs a system over every document; returns its tags and its own throughput (tokens/s), the fastest of
 * three full passes (the machine is shared, so one pass can be slowed by others).
 */
function runSystem(raws: RawDoc[], system: System, warm: RawDoc[]): { tags: string[][][]; tokensPerS: number } {
  for (const r of warm) system(r.paragraphs);
  let tags: string[][][] = [];
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    let ms = 0;
    const out = raws.map((r) => {
      const t0 = performance.now();
      const spans = system(r.paragraphs);
      ms += performance.now() - t0;
      return spansToTags(r, spans);
    });
    if (pass === 0) tags = out;
    best = Math.min(best, ms);
  }
  const tokens = raws.reduce((n, r) => n + r.doc.reduce((m, s) => m + s.tokens.length, 0), 0);
  return { tags, tokensPerS: tokens / (best / 1000) };
}

/** A handle on V8's collector so the loaded model's memory can be measured without flag noise. */
function exposeGc(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose_gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

const TYPE_CODE: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC', misc: 'MISC' };

const f = (x: number): string => x.toFixed(1);
const prfCell = (s: { precision: number; recall: number; f1: number } | undefined): string => (s ? `${f(s.precision)} / ${f(s.recall)} / **${f(s.f1)}**` : '–');
const k = (x: number): string => `${Math.round(x / 1000)}k`;

export default async function run(): Promise<BenchSection> {
  const test = parseColumns(readFileSync(TEST, 'utf8'));
  const warm = parseColumns(readFileSync(DEV, 'utf8')).map(detokenize);
  const bytes = new Uint8Array(readFileSync(MODEL));
  const gz = gzipSync(bytes, { level: 9 }).length;

  // Load cost: decode time and memory held by the decoded model.
  const gc = exposeGc();
  gc?.();
  const mem0 = process.memoryUsage();
  const t0 = performance.now();
  const model = decodeNerModel(bytes);
  const decodeMs = performance.now() - t0;
  gc?.();
  const mem1 = process.memoryUsage();
  if (model.stages.length === 0) throw new Error('empty model');
  const heapMb = (mem1.heapUsed - mem0.heapUsed) / 2 ** 20;
  const buffersMb = (mem1.arrayBuffers - mem0.arrayBuffers) / 2 ** 20;

  // Gold tokens with document context (what `lede eval ner` does).
  const raws = test.map(detokenize);
  const goldTok = raws.map((r) => tagSentences(r.doc.map((s) => s.tokens), model).map((l, i) => iob2Tags(l, r.doc[i]!.tokens.length)));
  let goldMs = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const t1 = performance.now();
    for (const r of raws) tagSentences(r.doc.map((s) => s.tokens), model);
    goldMs = Math.min(goldMs, performance.now() - t1);
  }
  const goldTokPerS = raws.reduce((n, r) => n + r.doc.reduce((m, s) => m + s.tokens.length, 0), 0) / (goldMs / 1000);
  const g4 = score(raws, goldTok, []);
  const g3 = score(raws, goldTok, ['MISC']);

  const lede: System = (paragraphs) =>
    findEntities(paragraphs, model).flatMap((e) => e.mentions.map((m) => ({ paragraph: m.paragraph, start: m.start, end: m.end, type: TYPE_CODE[e.type]! })));
  const ours = runSystem(raws, lede, warm);
  const o4 = score(raws, ours.tags, []);
  const o3 = score(raws, ours.tags, ['MISC']);
  const oU = score(raws, ours.tags, [], true);

  const compromise: System = (paragraphs) => {
    const out: CharSpan[] = [];
    paragraphs.forEach((p, paragraph) => {
      const doc = nlp(p) as unknown as Record<string, () => { json(o: object): { offset: { start: number; length: number } }[] }>;
      for (const [fn, type] of [['people', 'PER'], ['organizations', 'ORG'], ['places', 'LOC']] as const) {
        for (const m of doc[fn]!().json({ offset: true })) out.push({ paragraph, start: m.offset.start, end: m.offset.start + m.offset.length, type });
      }
    });
    return out;
  };
  const comp = runSystem(raws, compromise, warm);
  const c3 = score(raws, comp.tags, ['MISC']);
  const cU = score(raws, comp.tags, [], true);

  const wink = winkNLP(winkModel);
  const winkSystem: System = (paragraphs) => {
    const out: CharSpan[] = [];
    paragraphs.forEach((p, paragraph) => {
      const doc = wink.readDoc(p);
      const values = doc.tokens().out(wink.its.value) as string[];
      const pos = doc.tokens().out(wink.its.pos) as string[];
      const spaces = doc.tokens().out(wink.its.precedingSpaces) as string[];
      let at = 0;
      let open: CharSpan | null = null;
      values.forEach((v, i) => {
        at += spaces[i]!.length;
        const idx = p.indexOf(v, at);
        const start = idx >= 0 ? idx : at;
        at = start + v.length;
        if (pos[i] === 'PROPN') {
          if (open) open.end = at;
          else out.push((open = { paragraph, start, end: at, type: 'ENT' }));
        } else open = null;
      });
    });
    return out;
  };
  const wk = runSystem(raws, winkSystem, warm);
  const wU = score(raws, wk.tags, [], true);

  // Non-Reuters text: our hand-labelled Wikipedia samples (test/fixtures/ner/README.md).
  const wikiTable = (path: string) => {
    const docs = parseColumns(readFileSync(path, 'utf8')).map(detokenize);
    const gold = docs.map((r) => tagSentences(r.doc.map((s) => s.tokens), model).map((l, i) => iob2Tags(l, r.doc[i]!.tokens.length)));
    const raw = runSystem(docs, lede, docs).tags;
    const cmp = runSystem(docs, compromise, docs).tags;
    const tokens = docs.reduce((n, r) => n + r.doc.reduce((m, s) => m + s.tokens.length, 0), 0);
    const rows = [
      ['Lede, gold tokens', score(docs, gold, ['MISC']), score(docs, gold, [])],
      ['Lede, raw text → findEntities', score(docs, raw, ['MISC']), score(docs, raw, [])],
      ['compromise 14', score(docs, cmp, ['MISC']), null],
    ] as const;
    return { docs, tokens, rows };
  };
  const { docs: wiki, tokens: wikiTokens, rows: wikiRows } = wikiTable(WIKI);
  const { docs: wiki2, tokens: wiki2Tokens, rows: wiki2Rows } = wikiTable(WIKI2);

  const types = ['PER', 'ORG', 'LOC', 'MISC'];
  const rows = [
    `| Lede, gold tokens (\`lede eval ner\`) | ${types.map((t) => prfCell(g4.perType[t])).join(' | ')} | ${prfCell(g3)} | ${prfCell(g4)} | – | ${k(goldTokPerS)} |`,
    `| Lede, raw text → findEntities | ${types.map((t) => prfCell(o4.perType[t])).join(' | ')} | ${prfCell(o3)} | ${prfCell(o4)} | ${f(oU.f1)} | ${k(ours.tokensPerS)} |`,
    `| compromise 14 (.people/.organizations/.places) | ${['PER', 'ORG', 'LOC'].map((t) => prfCell(c3.perType[t])).join(' | ')} | – | ${prfCell(c3)} | – | ${f(cU.f1)} | ${k(comp.tokensPerS)} |`,
    `| wink-nlp 2 + eng-lite-web-model (PROPN runs, untyped only) | – | – | – | – | – | – | ${f(wU.f1)} | ${k(wk.tokensPerS)} |`,
  ];
  const markdown = [
    `CoNLL-2003 English test (eng.testb, ${test.length} documents, ${raws.reduce((n, r) => n + r.doc.reduce((m, s) => m + s.tokens.length, 0), 0)} tokens), entity-level exact match (conlleval). Cells are P / R / **F1**. "Untyped" ignores the type (all four gold types). Tokens/s: one thread, each system's own calls, after a warm-up on the dev set (testa, 216 documents), the fastest of three passes over test.`,
    '',
    '| system | PER | ORG | LOC | MISC | **3-type** (PER/ORG/LOC) | **4-type** | untyped F1 | tokens/s |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Model: \`public/models/ner.bin\` ${(bytes.length / 1e6).toFixed(2)} MB raw, **${(gz / 1e6).toFixed(2)} MB gzipped**; ${model.stages.length} passes; decode ${decodeMs.toFixed(0)} ms; memory held once loaded: ${heapMb.toFixed(1)} MB JS heap + ${buffersMb.toFixed(1)} MB typed arrays${gc ? '' : ' (measured without --expose-gc, so approximate)'}.`,
    `Trained on CoNLL-2003 train, settings and epochs picked on testa, then refit on train + testa (see public/models/NER-MODEL.md); testb never used for training, looked at for two final candidates of an earlier round and once for the shipped file (GloVe round: chosen on dev and the Wikipedia sample before that look).`,
    '',
    `Non-Reuters text: 27 Wikipedia paragraphs (${wikiTokens} tokens, ${wiki.length} documents) labelled by hand for Lede (test/fixtures/ner/README.md; small, so a score moves by about ±3; labelled after seeing an earlier model's output). The held-out Wikipedia goal is 75 (3-type).`,
    '',
    '| system | **3-type** P / R / F1 | 4-type P / R / F1 |',
    '| --- | --- | --- |',
    ...wikiRows.map(([name, s3, s4]) => `| ${name} | ${prfCell(s3)} | ${s4 ? prfCell(s4) : '–'} |`),
    '',
    `Second, blind sample: 68 Wikipedia-style paragraphs on 34 varied topics (${wiki2Tokens} tokens, ${wiki2.length} documents; bands, clubs, people, towns, companies, films, ships, treaties…), written and labelled before any tagger output was seen (test/fixtures/ner/README.md).`,
    '',
    '| system | **3-type** P / R / F1 | 4-type P / R / F1 |',
    '| --- | --- | --- |',
    ...wiki2Rows.map(([name, s3, s4]) => `| ${name} | ${prfCell(s3)} | ${s4 ? prfCell(s4) : '–'} |`),
  ].join('\n');
  return {
    title: 'Names (NER)',
    markdown,
    figures: {
      ner_f1_4type: g4.f1,
      ner_f1_3type: g3.f1,
      ner_raw_f1_3type: o3.f1,
      ner_raw_f1_4type: o4.f1,
      ner_tokens_per_s_raw: Math.round(ours.tokensPerS),
      ner_tokens_per_s_gold: Math.round(goldTokPerS),
      ner_model_gz_bytes: gz,
      ner_model_bytes: bytes.length,
      ner_decode_ms: Math.round(decodeMs),
      ner_heap_mb: Math.round((heapMb + buffersMb) * 10) / 10,
      compromise_f1_3type: c3.f1,
      ner_wiki_f1_3type: wikiRows[0][1].f1,
      ner_wiki_raw_f1_3type: wikiRows[1][1].f1,
      compromise_wiki_f1_3type: wikiRows[2][1].f1,
      ner_wiki2_f1_3type: wiki2Rows[0][1].f1,
      ner_wiki2_raw_f1_3type: wiki2Rows[1][1].f1,
      compromise_wiki2_f1_3type: wiki2Rows[2][1].f1,
      wink_untyped_f1: wU.f1,
    },
  };
}

await printWhenMain(import.meta, run);
