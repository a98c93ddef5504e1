/**
 * CoNLL-style column files (token first, NER tag last; `-DOCSTART-` between documents, blank lines
 * between sentences) and conlleval-exact scoring: a predicted entity counts only when its start, end and
 * type all match a gold entity. "3-type" drops MISC from both sides, as in the research notes.
 */
import { chunksOf, type Chunk } from './labels.ts';

export interface ColumnSentence {
  tokens: string[];
  tags: string[];
}

/** One document: its sentences in order. */
export type ColumnDocument = ColumnSentence[];

/**
 * Parses a column file into documents. Lines with one column have no tag and read as O. A file with no
 * `-DOCSTART-` line is one document, which is how un-split corpora (e.g. Wikipedia dumps) come.
 */
export function parseColumns(text: string): ColumnDocument[] {
  const docs: ColumnDocument[] = [];
  let doc: ColumnDocument = [];
  let sent: ColumnSentence = { tokens: [], tags: [] };
  const endSentence = (): void => {
    if (sent.tokens.length > 0) doc.push(sent);
    sent = { tokens: [], tags: [] };
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      endSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      if (doc.length > 0) docs.push(doc);
      doc = [];
      continue;
    }
    sent.tokens.push(cols[0]!);
    sent.tags.push(cols.length > 1 ? cols[cols.length - 1]! : 'O');
  }
  endSentence();
  if (doc.length > 0) docs.push(doc);
  return docs;
}

export interface TypeScore {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export interface Score extends TypeScore {
  perType: Record<string, TypeScore>;
}

/** Accumulates chunk counts sentence by sentence. */
export class ChunkScorer {
  private readonly counts = new Map<string, { gold: number; predicted: number; correct: number }>();

  /** Adds one sentence; `drop` lists types removed from both sides (e.g. MISC for 3-type). */
  add(goldTags: readonly string[], predTags: readonly string[], drop: readonly string[] = []): void {
    const keep = (c: Chunk): boolean => !drop.includes(c.type);
    const gold = chunksOf(goldTags).filter(keep);
    const pred = chunksOf(predTags).filter(keep);
    const goldKeys = new Set(gold.map((c) => `${c.start}:${c.end}:${c.type}`));
    for (const c of gold) this.bucket(c.type).gold++;
    for (const c of pred) {
      const b = this.bucket(c.type);
      b.predicted++;
      if (goldKeys.has(`${c.start}:${c.end}:${c.type}`)) b.correct++;
    }
  }

  score(): Score {
    const perType: Record<string, TypeScore> = {};
    let gold = 0;
    let predicted = 0;
    let correct = 0;
    for (const [type, c] of [...this.counts].sort(([a], [b]) => a.localeCompare(b))) {
      perType[type] = prf(c.gold, c.predicted, c.correct);
      gold += c.gold;
      predicted += c.predicted;
      correct += c.correct;
    }
    return { ...prf(gold, predicted, correct), perType };
  }

  private bucket(type: string): { gold: number; predicted: number; correct: number } {
    let b = this.counts.get(type);
    if (!b) this.counts.set(type, (b = { gold: 0, predicted: 0, correct: 0 }));
    return b;
  }
}

/** Precision, recall and F1 in percent, rounded to 2 decimals; 0 when undefined. */
export function prf(gold: number, predicted: number, correct: number): TypeScore {
  const precision = predicted > 0 ? (100 * correct) / predicted : 0;
  const recall = gold > 0 ? (100 * correct) / gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const r = (x: number): number => Math.round(x * 100) / 100;
  return { precision: r(precision), recall: r(recall), f1: r(f1), gold, predicted, correct };
}
