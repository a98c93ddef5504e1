import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleNotes } from '../../../test/fixtures/notes/sample-notes.ts';
import { MAX_IMPORT_CHARS, parseImport } from './import.ts';
import { toLedeJson } from './lede-json.ts';

const AT = '2026-02-10T12:00:00.000Z';
const good = () => toLedeJson(sampleNotes(), AT);

describe('bad imports give a clear report and never throw', () => {
  it('truncated JSON', () => {
    const { report, notes } = parseImport(good().slice(0, 700));
    expect(notes).toEqual([]);
    expect(report.error).toMatch(/not valid JSON; it may be truncated/);
  });

  it('a file from a newer Lede is refused as a whole', () => {
    const file = JSON.parse(good());
    file.version = 2;
    const { report, notes } = parseImport(JSON.stringify(file));
    expect(notes).toEqual([]);
    expect(report.error).toMatch(/newer Lede \(format version 2\)/);
  });

  it('wrong types are rejected record by record with reasons', () => {
    const file = JSON.parse(good());
    file.notes[0].tags = 'not a list';
    file.notes[1].createdAt = 12;
    file.notes[2].layer = 'banana';
    file.notes[3] = 'a string';
    file.notes.push(null, { id: 'x' }, { ...file.notes[4], id: 'y', exact: 'mismatch' });
    const { report } = parseImport(JSON.stringify(file));
    expect(report.imported).toBe(1);
    expect(report.rejected.map((r) => r.index)).toEqual([0, 1, 2, 3, 5, 6, 7]);
    expect(report.rejected[0]!.reason).toMatch(/tags must be a list/);
    expect(report.rejected[1]!.reason).toMatch(/createdAt/);
    expect(report.rejected[2]!.reason).toMatch(/unknown layer/);
    expect(report.rejected[6]!.reason).toMatch(/exact differs/);
  });

  it('duplicate ids inside a file count as duplicates, first one kept', () => {
    const notes = sampleNotes();
    const file = toLedeJson([...notes, { ...notes[0]!, body: 'another version', createdAt: '2027-01-01T00:00:00.000Z', updatedAt: '2027-01-01T00:00:00.000Z' }], AT);
    const { report, notes: read } = parseImport(file);
    expect(report).toMatchObject({ imported: 5, duplicates: 1 });
    expect(read.find((n) => n.id === notes[0]!.id)!.body).toBe(notes[0]!.body);
  });

  it('a 50 MB file of one huge field is read and that record rejected', () => {
    const file = JSON.parse(good());
    file.notes[0].body = 'x'.repeat(50 * 1024 * 1024);
    const text = JSON.stringify(file);
    expect(text.length).toBeGreaterThan(50 * 1024 * 1024);
    const { report } = parseImport(text);
    expect(report.imported).toBe(4);
    expect(report.rejected).toEqual([{ index: 0, reason: 'body is longer than 100000 characters' }]);
  });

  it('a file over the limit is refused without parsing', () => {
    const { report } = parseImport(' '.repeat(MAX_IMPORT_CHARS + 1));
    expect(report.error).toMatch(/too large/);
  });

  it('unknown JSON, other formats and non-strings', () => {
    expect(parseImport('{"hello":"world"}').report.error).toMatch(/not a Lede, W3C/);
    expect(parseImport('{"format":"other","version":1}').report.error).toMatch(/Unknown file format/);
    expect(parseImport(42 as unknown as string).report.error).toMatch(/could not be read/);
    expect(parseImport('').report.error).toMatch(/not valid JSON/);
  });

  it('fuzz: arbitrary text and JSON never throw and always report', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ format: 'lede-notes', version: 1, notes: [v] }))), (text) => {
      const { report, notes } = parseImport(text);
      expect(report.imported).toBe(notes.length);
      expect(report.imported + report.duplicates + report.rejected.length).toBeGreaterThanOrEqual(0);
    }), { numRuns: 1000 });
  });
});

describe('validateNote', () => {
  it('never throws, whatever it is given', async () => {
    const { validateNote } = await import('./validate.ts');
    const good = JSON.parse(toLedeJson(sampleNotes(), AT)).notes[0];
    fc.assert(fc.property(fc.anything(), fc.constantFrom('id', 'url', 'selectors', 'tags', 'createdAt', 'layer', 'body', 'exact', 'entities', 'extraBodies'), (junk, field) => {
      expect(() => validateNote(junk)).not.toThrow();
      expect(() => validateNote({ ...good, [field]: junk })).not.toThrow();
    }), { numRuns: 1000 });
    const hostile = new Proxy({}, { get() { throw new Error('trap'); }, has() { throw new Error('trap'); } });
    expect(validateNote(hostile)).toEqual({ ok: false, reason: 'the record could not be read' });
  });
});
