/**
 * The `lede` CLI as others use it: real processes, real files, output checked against the published
 * annotation contract with a JSON Schema validator.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import schema from '../fixtures/contract/annotation.schema.json' with { type: 'json' };

const SEED = 'test/fixtures/seed/page.html';
const tmp = mkdtempSync(join(tmpdir(), 'lede-cli-'));
const validate = new Ajv2020({ strict: false }).compile(schema);

function lede(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function expectValidAnnotation(json: string) {
  const a = JSON.parse(json);
  expect(validate(a), JSON.stringify(validate.errors)).toBe(true);
  const paragraphs: string[] = a.article?.paragraphs ?? [];
  const spans = [...a.entities.flatMap((e: { mentions: unknown[] }) => e.mentions), ...a.numbers, ...a.quotes, ...a.claims];
  for (const s of spans) expect(paragraphs[s.paragraph]!.slice(s.start, s.end)).toBe(s.text);
  return a;
}

describe('lede annotate', () => {
  let seed: ReturnType<typeof lede>;
  beforeAll(() => void (seed = lede(['annotate', SEED, '--url', 'http://example.org/news/1'])));

  it('prints a schema-valid annotation of an HTML page, with offsets that point at their text', () => {
    expect(seed.code).toBe(0);
    const a = expectValidAnnotation(seed.out);
    expect(a.url).toBe('http://example.org/news/1');
    expect(a.article.paragraphs.length).toBeGreaterThan(5);
    expect(a.entities.length).toBeGreaterThan(5);
  });

  it('reads plain text as one paragraph per non-empty line, from a file or stdin', () => {
    const text = 'Keir Starmer visited Tokyo on Saturday.\n\nUnemployment rose to 5.2 per cent in 2025, the ONS said.\n';
    const file = join(tmp, 'story.txt');
    writeFileSync(file, text);
    for (const r of [lede(['annotate', file]), lede(['annotate', '-'], text), lede(['annotate', '--text', '-'], text)]) {
      expect(r.code).toBe(0);
      const a = expectValidAnnotation(r.out);
      expect(a.article.paragraphs).toEqual(['Keir Starmer visited Tokyo on Saturday.', 'Unemployment rose to 5.2 per cent in 2025, the ONS said.']);
    }
  });

  it.each([
    ['a missing file', () => ['annotate', join(tmp, 'nope.html')]],
    ['binary junk', () => (writeFileSync(join(tmp, 'junk.bin'), Buffer.from([0, 159, 146, 150, 0, 1, 2])), ['annotate', join(tmp, 'junk.bin')])],
    ['invalid UTF-8 text', () => (writeFileSync(join(tmp, 'bad.txt'), Buffer.from([0x48, 0x69, 0xc3, 0x28, 0x0a])), ['annotate', join(tmp, 'bad.txt')])],
    ['an empty page', () => (writeFileSync(join(tmp, 'empty.html'), ''), ['annotate', join(tmp, 'empty.html')])],
    ['an empty text', () => (writeFileSync(join(tmp, 'empty.txt'), '\n\n'), ['annotate', join(tmp, 'empty.txt')])],
    ['an unknown command', () => ['frobnicate']],
  ])('refuses %s with one line on stderr and exit code 2', (_what, args) => {
    const r = lede(args());
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')[0]).toMatch(/^lede: /);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.out).toBe('');
  });
});

describe('lede extract', () => {
  it('prints the article fields of a page', () => {
    const r = lede(['extract', SEED]);
    expect(r.code).toBe(0);
    const x = JSON.parse(r.out);
    expect(Object.keys(x).sort()).toEqual(['byline', 'language', 'paragraphs', 'published', 'site', 'title']);
    expect(x.paragraphs.every((p: unknown) => typeof p === 'string')).toBe(true);
  });

  it('prints null for a page without an article', () => {
    const file = join(tmp, 'front.html');
    writeFileSync(file, '<html><body><nav><a href="/a">World</a> <a href="/b">Sport</a></nav><ul>' + Array.from({ length: 30 }, (_, i) => `<li><a href="/s${i}">Headline number ${i} about something</a></li>`).join('') + '</ul></body></html>');
    const r = lede(['extract', file]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toBeNull();
  });

  it('runs a batch in one process, one JSON line per page with timings, and goes on past a bad line', () => {
    const list = join(tmp, 'list.jsonl');
    writeFileSync(list, [JSON.stringify({ id: 'seed', html: join(process.cwd(), SEED), url: 'http://example.org/a' }), JSON.stringify({ id: 'gone', html: join(tmp, 'missing.html'), url: null }), ''].join('\n'));
    const r = lede(['extract', '--batch', list]);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['seed', 'gone']);
    expect(lines[0].paragraphs.length).toBeGreaterThan(5);
    expect(lines[0].timings.parseMs).toBeGreaterThanOrEqual(0);
    expect(lines[0].timings.extractMs).toBeGreaterThanOrEqual(0);
    expect(typeof lines[1].error).toBe('string');
  });
});
