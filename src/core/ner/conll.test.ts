import { describe, expect, it } from 'vitest';
import { ChunkScorer, parseColumns } from './conll.ts';
import { chunksOf, iob2Tags, labelsFromChunks } from './labels.ts';

describe('chunksOf (conlleval chunk rules)', () => {
  it('reads IOB1: I- continues, B- only splits two names of one type', () => {
    expect(chunksOf(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'LOC' },
      { start: 5, end: 6, type: 'ORG' },
    ]);
  });

  it('reads IOB2 and BIOES/BILOU the same way', () => {
    const expected = [
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
    ];
    expect(chunksOf(['B-PER', 'I-PER', 'O', 'B-LOC'])).toEqual(expected);
    expect(chunksOf(['B-PER', 'E-PER', 'O', 'S-LOC'])).toEqual(expected);
    expect(chunksOf(['B-PER', 'L-PER', 'O', 'U-LOC'])).toEqual(expected);
  });

  it('treats an I- after O or another type as a new chunk, like conlleval', () => {
    expect(chunksOf(['O', 'I-MISC', 'I-ORG'])).toEqual([
      { start: 1, end: 2, type: 'MISC' },
      { start: 2, end: 3, type: 'ORG' },
    ]);
  });

  it('round-trips BIOES label ids', () => {
    const chunks = chunksOf(['B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-PER']);
    expect(chunksOf(iob2Tags(labelsFromChunks(chunks, 5), 5))).toEqual(chunks);
  });
});

describe('ChunkScorer', () => {
  it('counts exact matches only and computes P/R/F1', () => {
    const s = new ChunkScorer();
    // gold: PER(0-2), LOC(3); predicted: PER(0-1) wrong boundary, LOC(3) right, ORG(4) spurious.
    s.add(['B-PER', 'I-PER', 'O', 'B-LOC', 'O'], ['B-PER', 'O', 'O', 'B-LOC', 'B-ORG']);
    const r = s.score();
    expect([r.gold, r.predicted, r.correct]).toEqual([2, 3, 1]);
    expect(r.precision).toBeCloseTo(33.33, 2);
    expect(r.recall).toBe(50);
    expect(r.f1).toBe(40);
    expect(r.perType['LOC']!.f1).toBe(100);
    expect(r.perType['ORG']!.precision).toBe(0);
  });

  it('drops MISC from both sides for the 3-type score', () => {
    const s = new ChunkScorer();
    s.add(['B-MISC', 'O', 'B-PER'], ['B-LOC', 'O', 'B-PER'], ['MISC']);
    const r = s.score();
    expect([r.gold, r.predicted, r.correct]).toEqual([1, 2, 1]);
    expect(r.perType['MISC']).toBeUndefined();
  });
});

describe('parseColumns', () => {
  it('splits documents on -DOCSTART- and sentences on blank lines, tag from the last column', () => {
    const docs = parseColumns('-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\n\n-DOCSTART- -X- O O\n\nBonn I-LOC\n');
    expect(docs).toHaveLength(2);
    expect(docs[0]).toEqual([
      { tokens: ['EU', 'rejects'], tags: ['I-ORG', 'O'] },
      { tokens: ['Peter'], tags: ['I-PER'] },
    ]);
    expect(docs[1]![0]!.tags).toEqual(['I-LOC']);
  });

  it('reads a file without -DOCSTART- as one document', () => {
    expect(parseColumns('a O\n\nb B-PER\n')).toHaveLength(1);
  });
});
