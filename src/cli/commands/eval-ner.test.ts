import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { run } from './eval-ner.ts';

const dir = mkdtempSync(join(tmpdir(), 'lede-eval-ner-'));

/** The same two documents in three tag schemes: (token, IOB1, IOB2, BIOES). */
const ROWS: [string, string, string, string][][][] = [
  [
    [
      ['Prime', 'O', 'O', 'O'],
      ['Minister', 'O', 'O', 'O'],
      ['Keir', 'I-PER', 'B-PER', 'B-PER'],
      ['Starmer', 'I-PER', 'I-PER', 'E-PER'],
      ['visited', 'O', 'O', 'O'],
      ['Tokyo', 'I-LOC', 'B-LOC', 'S-LOC'],
      ['on', 'O', 'O', 'O'],
      ['Saturday', 'O', 'O', 'O'],
      ['.', 'O', 'O', 'O'],
    ],
    [
      ['Starmer', 'I-PER', 'B-PER', 'S-PER'],
      ['met', 'O', 'O', 'O'],
      ['officials', 'O', 'O', 'O'],
      ['of', 'O', 'O', 'O'],
      ['the', 'O', 'O', 'O'],
      ['European', 'I-ORG', 'B-ORG', 'B-ORG'],
      ['Union', 'I-ORG', 'I-ORG', 'E-ORG'],
      ['.', 'O', 'O', 'O'],
    ],
  ],
  [
    [
      ['German', 'I-MISC', 'B-MISC', 'S-MISC'],
      ['exports', 'O', 'O', 'O'],
      ['to', 'O', 'O', 'O'],
      ['France', 'I-LOC', 'B-LOC', 'S-LOC'],
      ['rose', 'O', 'O', 'O'],
      ['.', 'O', 'O', 'O'],
    ],
  ],
];

function columnFile(name: string, scheme: 1 | 2 | 3, fourColumns: boolean): string {
  const lines: string[] = [];
  for (const doc of ROWS) {
    lines.push(fourColumns ? '-DOCSTART- -X- -X- O' : '-DOCSTART- O', '');
    for (const sent of doc) {
      for (const row of sent) lines.push(fourColumns ? `${row[0]} NNP I-NP ${row[scheme]}` : `${row[0]}\t${row[scheme]}`);
      lines.push('');
    }
  }
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n'));
  return path;
}

async function evalFile(args: string[]): Promise<Record<string, unknown>> {
  const out: string[] = [];
  await run(args, (l) => out.push(l));
  expect(out).toHaveLength(1);
  return JSON.parse(out[0]!) as Record<string, unknown>;
}

describe('lede eval ner', () => {
  it('scores IOB1, IOB2 and BIOES files of the same gold identically', async () => {
    const a = await evalFile([columnFile('iob1.txt', 1, true)]);
    const b = await evalFile([columnFile('iob2.txt', 2, false)]);
    const c = await evalFile([columnFile('bioes.txt', 3, false)]);
    for (const r of [a, b, c]) {
      expect(Object.keys(r)).toEqual(['f1_4type', 'f1_3type', 'precision', 'recall', 'per_type', 'tokens', 'tokens_per_s']);
      expect(r['tokens']).toBe(23);
    }
    for (const key of ['f1_4type', 'f1_3type', 'precision', 'recall', 'per_type']) {
      expect(b[key]).toEqual(a[key]);
      expect(c[key]).toEqual(a[key]);
    }
    // Plain names in plain sentences: the tagger should get nearly all of them.
    expect(a['f1_4type'] as number).toBeGreaterThanOrEqual(80);
  });

  it('writes conlleval input with --output, one line per token, blank lines kept', async () => {
    const pred = join(dir, 'pred.txt');
    await evalFile([columnFile('in.txt', 2, false), '--output', pred]);
    const lines = readFileSync(pred, 'utf8').split('\n');
    const tokenLines = lines.filter((l) => l !== '' && !l.startsWith('-DOCSTART-'));
    expect(tokenLines).toHaveLength(23);
    expect(tokenLines[2]!.startsWith('Keir B-PER ')).toBe(true);
    for (const l of tokenLines) expect(l.split(' ')).toHaveLength(3);
    expect(lines.filter((l) => l === '').length).toBeGreaterThanOrEqual(3);
  });

  it('reports missing, empty and unreadable files as InputError', async () => {
    await expect(run([], () => {})).rejects.toBeInstanceOf(InputError);
    await expect(run([join(dir, 'missing.txt')], () => {})).rejects.toThrow(/cannot read/);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '\n\n');
    await expect(run([empty], () => {})).rejects.toBeInstanceOf(InputError);
    await expect(run([dir], () => {})).rejects.toBeInstanceOf(InputError);
    await expect(run([empty, '--bogus'], () => {})).rejects.toBeInstanceOf(InputError);
  });
});
