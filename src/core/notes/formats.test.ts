import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleNotes } from '../../../test/fixtures/notes/sample-notes.ts';
import { csvCell, toCsv } from './csv.ts';
import { exportNotesAs } from './export.ts';
import { parseImport } from './import.ts';
import { toLedeJson } from './lede-json.ts';
import { toMarkdown } from './markdown.ts';
import { toW3c } from './w3c.ts';

const AT = '2026-02-10T12:00:00.000Z';
const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/notes/${name}`, import.meta.url), 'utf8');

describe('Lede JSON', () => {
  it('round trips: export → import → export is identical', () => {
    const first = toLedeJson(sampleNotes(), AT);
    const parsed = parseImport(first);
    expect(parsed.report).toEqual({ format: 'lede-json', imported: 5, duplicates: 0, rejected: [] });
    expect(toLedeJson(parsed.notes, AT)).toBe(first);
    expect(parsed.notes).toEqual([...sampleNotes()].sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
  });

  it('is versioned and documented by its envelope', () => {
    const file = JSON.parse(toLedeJson(sampleNotes(), AT));
    expect(file).toMatchObject({ format: 'lede-notes', version: 1, exportedAt: AT });
  });

  it('keeps script-like strings as inert text', () => {
    const parsed = parseImport(toLedeJson(sampleNotes(), AT));
    const note = parsed.notes.find((n) => n.body.includes('<script>'))!;
    expect(note.body).toBe('<script>alert("x")</script> =HYPERLINK("http://evil")');
    expect(note.tags).toContain('<b>tag</b>');
  });
});

describe('W3C Web Annotation', () => {
  it('round trips our own export exactly', () => {
    const first = toW3c(sampleNotes(), AT);
    const parsed = parseImport(first);
    expect(parsed.report.format).toBe('w3c');
    expect(parsed.report.imported).toBe(5);
    expect(toW3c(parsed.notes, AT)).toBe(first);
    expect(toLedeJson(parsed.notes, AT)).toBe(toLedeJson(sampleNotes(), AT));
  });

  it('imports another tool\'s AnnotationPage and exports every selector and body again', () => {
    const source = JSON.parse(fixture('w3c-external.jsonld'));
    const parsed = parseImport(JSON.stringify(source));
    expect(parsed.report).toMatchObject({ format: 'w3c', imported: 2, rejected: [] });
    const out = JSON.parse(toW3c(parsed.notes, AT)).first.items as Record<string, any>[];
    for (const original of source.items) {
      const again = out.find((a) => a.id === original.id)!;
      const selectors = Array.isArray(original.target.selector) ? original.target.selector : [original.target.selector];
      expect(again.target.selector).toEqual(selectors.map((s: any) => (s.type === 'TextQuoteSelector' ? { prefix: '', suffix: '', ...s } : s)));
      const values = (again.body ?? []).map((b: any) => b.value ?? b.id);
      const originalBodies = original.body ?? [{ value: original.bodyValue }];
      for (const b of originalBodies) expect(values).toContain(b.value ?? b.id);
      expect(again.created).toBe(new Date(original.created).toISOString());
    }
    const first = parsed.notes.find((n) => n.id === 'http://example.org/anno1')!;
    expect(first.body).toBe('Worth checking against the ONS figures.');
    expect(first.tags).toEqual(['statistics']);
    expect(first.canonicalUrl).toBe('https://www.example.com/economy/inflation-falls');
    expect(first.site).toBe('example.com');
    expect(parsed.notes.find((n) => n.id === '0f8fad5b-d9cb-469f-a165-70867728950e')!.body).toBe('Named source: the Bank of England.');
  });

  it('reads a single annotation and a bare array', () => {
    const items = JSON.parse(toW3c(sampleNotes(), AT)).first.items;
    expect(parseImport(JSON.stringify(items[0])).report.imported).toBe(1);
    expect(parseImport(JSON.stringify(items)).report.imported).toBe(5);
  });
});

describe('Hypothesis import', () => {
  it('imports highlights with their words, tags, title and selectors; skips page notes and replies', () => {
    const parsed = parseImport(fixture('hypothesis-export.json'));
    expect(parsed.report.format).toBe('hypothesis');
    expect(parsed.report.imported).toBe(2);
    expect(parsed.report.rejected.map((r) => r.index)).toEqual([2, 3]);
    expect(parsed.report.rejected[0]!.reason).toMatch(/page note/);
    expect(parsed.report.rejected[1]!.reason).toMatch(/reply/);
    const [first, second] = parsed.notes;
    expect(first).toMatchObject({
      id: 'Yx3kVnQ2Ee-8c0cAbC1dEf', exact: 'Keir Starmer’s brief but significant visit to Tokyo', tags: ['uk', 'asia trip'],
      title: 'Japan and Britain deepen cooperation on cybersecurity and critical minerals', site: 'news.example.org',
      createdAt: '2026-02-01T09:12:03.118Z', layer: 'text',
    });
    expect(first!.body).toContain('*second*');
    expect(first!.selectors.map((s) => s.type)).toEqual(['RangeSelector', 'TextPositionSelector', 'TextQuoteSelector']);
    expect(second!.exact).toBe('Sanae Takaichi');
  });
});

describe('Markdown', () => {
  it('has one section per article with its link, quotes as blockquotes, the words and #tags', () => {
    const md = toMarkdown(sampleNotes(), AT);
    expect(md.match(/^## /gm)).toHaveLength(2);
    expect(md).toContain('## [Japan and Britain deepen cooperation on cybersecurity and critical minerals](https://news.example.org/2026/01/31/japan-britain-cyber)');
    expect(md).toContain('> Keir Starmer');
    expect(md).toContain('Second Asia trip this month.');
    expect(md).toContain('#uk #diplomacy');
    expect(md).toContain('#minerals');
  });

  it('keeps raw HTML in words and tags from rendering', () => {
    const md = toMarkdown(sampleNotes(), AT);
    expect(md).toContain('\\<script>alert("x")\\</script>');
    expect(md).toContain('#b-tag-/b');
    expect(md).not.toMatch(/(^|[^\\])<script>/);
  });

  it('escapes page text so it cannot become links or headings', () => {
    const [note] = sampleNotes();
    const md = toMarkdown([{ ...note!, exact: '# Not a heading [link](http://x)', title: 'A [bracketed] title' }], AT);
    expect(md).toContain('> \\# Not a heading \\[link\\](http://x)');
    expect(md).toContain('[A \\[bracketed\\] title]');
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-2+3,x')).toBe('"\'-2+3,x"');
  });

  it('writes a header and one CRLF row per note that a CSV reader splits back', () => {
    const csv = toCsv(sampleNotes());
    expect(csv.startsWith('\uFEFFid,created,updated,url,title,site,layer,quote,note,tags,entities\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => r.length === 11)).toBe(true);
    const tricky = rows.find((r) => r[0] === '5b0e8c1e-8f3a-4d51-9a4e-1f2b3c4d5e04')!;
    expect(tricky[8]).toBe('Première rencontre, «  officielle  ».\nSecond line, with "quotes", commas.');
  });
});

describe('exportNotesAs', () => {
  it('names files by format and day', () => {
    expect(exportNotesAs('lede-json', [], AT)).toMatchObject({ filename: 'lede-notes-2026-02-10.json', mime: 'application/json' });
    expect(exportNotesAs('markdown', [], AT).filename).toBe('lede-notes-2026-02-10.md');
    expect(exportNotesAs('csv', [], AT).filename).toBe('lede-notes-2026-02-10.csv');
    expect(exportNotesAs('w3c', [], AT).mime).toBe('application/ld+json');
  });
});

/** A small RFC 4180 reader, to check the writer from the other side. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  return rows;
}

describe('W3C collections that only link to their pages', () => {
  it('are refused with a clear message', () => {
    const doc = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 40, first: 'http://example.org/page1' };
    expect(parseImport(JSON.stringify(doc)).report.error).toMatch(/only links to its pages/);
  });
});
