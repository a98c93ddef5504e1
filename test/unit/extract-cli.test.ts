/**
 * `lede extract` and the page reader: one page or a --batch list in one process, with clear one-line
 * errors for input that is not a readable HTML page.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/extract.ts';
import { InputError } from '../../src/cli/errors.ts';
import { decodePage, readPage } from '../../src/cli/read-page.ts';

const seedPath = fileURLToPath(new URL('../fixtures/seed/page.html', import.meta.url));
const gold = JSON.parse(readFileSync(new URL('../fixtures/seed/gold.json', import.meta.url), 'utf8')) as {
  metadata: Record<string, string>;
  body_paragraphs: string[];
};
let dir: string;

async function lines(args: string[]): Promise<string[]> {
  const out: string[] = [];
  await run(args, (l) => out.push(l));
  return out;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lede-extract-'));
  writeFileSync(join(dir, 'seed.html'), readFileSync(seedPath));
  writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
  writeFileSync(join(dir, 'bad-utf8.html'), Buffer.from('<p>caf\xe9 ok</p>', 'latin1'));
  writeFileSync(join(dir, 'empty.html'), '');
  writeFileSync(join(dir, 'blank.html'), '  \n\t ');
  writeFileSync(join(dir, 'front.html'), readFileSync(new URL('../fixtures/pages/section-front.html', import.meta.url)));
});

describe('lede extract FILE', () => {
  it('prints the seed article exactly', async () => {
    const out = await lines([join(dir, 'seed.html'), '--url', 'https://example.org/a']);
    expect(out).toHaveLength(1);
    const a = JSON.parse(out[0]!);
    expect(Object.keys(a)).toEqual(['title', 'byline', 'published', 'site', 'language', 'paragraphs']);
    expect(a.paragraphs).toEqual(gold.body_paragraphs);
    for (const [k, v] of Object.entries(gold.metadata)) expect(a[k]).toBe(v);
  });
  it('prints null for a page without an article', async () => {
    expect(await lines([join(dir, 'front.html')])).toEqual(['null']);
  });
  it('refuses bad input with one clear line', async () => {
    for (const [name, msg] of [
      ['missing.html', /no such file/],
      ['binary.html', /binary/],
      ['bad-utf8.html', /not valid UTF-8/],
      ['empty.html', /empty/],
      ['blank.html', /empty/],
    ] as const) {
      const err = await run([join(dir, name)], () => {}).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message).toMatch(msg);
      expect((err as Error).message).not.toContain('\n');
    }
    await expect(run([], () => {})).rejects.toBeInstanceOf(InputError);
    await expect(run(['--bogus'], () => {})).rejects.toBeInstanceOf(InputError);
  });
});

describe('lede extract --batch', () => {
  it('answers every line in order, errors included, with timings', async () => {
    const list = join(dir, 'list.jsonl');
    writeFileSync(
      list,
      [
        JSON.stringify({ id: 'a', html: 'seed.html', url: 'https://example.org/a' }),
        'not json',
        JSON.stringify({ id: 'b', html: 'missing.html', url: null }),
        '',
        JSON.stringify({ id: 'c', html: join(dir, 'binary.html') }),
        JSON.stringify({ id: 'd', html: 'front.html', url: 'https://example.org/world' }),
        JSON.stringify({ id: 7 }),
      ].join('\n'),
    );
    const out = (await lines(['--batch', list])).map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', null, 'b', 'c', 'd', 7]);
    expect(out[0].paragraphs).toEqual(gold.body_paragraphs);
    expect(out[0].title).toBe(gold.metadata.title);
    expect(out[0].timings.parseMs).toBeGreaterThan(0);
    expect(out[0].timings.extractMs).toBeGreaterThan(0);
    for (const i of [1, 2, 3, 5]) expect(typeof out[i].error).toBe('string');
    expect(out[4].paragraphs).toEqual([]);
    expect(out[4].error).toBeUndefined();
  });
  it('refuses a missing list', async () => {
    await expect(run(['--batch', join(dir, 'nope.jsonl')], () => {})).rejects.toBeInstanceOf(InputError);
  });
});

describe('page decoding', () => {
  const bytes = (s: string, enc: BufferEncoding = 'latin1') => new Uint8Array(Buffer.from(s, enc));
  it('follows the BOM, then <meta charset>, then http-equiv, else UTF-8', () => {
    expect(decodePage(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('<p>caf\u00e9</p>', 'utf8')]), 'x')).toContain('café');
    expect(decodePage(new Uint8Array([0xff, 0xfe, ...bytes('<p>\u00e9t\u00e9</p>', 'utf16le')]), 'x')).toContain('été');
    expect(decodePage(bytes('<meta charset="iso-8859-1"><p>caf\xe9</p>'), 'x')).toContain('café');
    expect(decodePage(bytes('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>\x93hi\x94 \x80</p>'), 'x')).toContain('“hi” €');
    expect(decodePage(bytes('<p>na\u00efve</p>', 'utf8'), 'x')).toContain('naïve');
  });
  it('unpacks gzipped pages', async () => {
    const { gzipSync } = await import('node:zlib');
    writeFileSync(join(dir, 'seed.html.gz'), gzipSync(readFileSync(seedPath)));
    const out = (await lines([join(dir, 'seed.html.gz')])).map((l) => JSON.parse(l));
    expect(out[0].paragraphs).toEqual(gold.body_paragraphs);
  });
  it('parses stdin-free paths and reports parse time', async () => {
    const { doc, parseMs } = await readPage(seedPath);
    expect(parseMs).toBeGreaterThan(0);
    expect(doc.title).toContain('Japan and Britain');
  });
});
