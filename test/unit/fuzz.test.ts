/**
 * Fuzzing across the pipeline with fast-check: random and hostile inputs through the extractor,
 * tokenizer, sentence splitter, every annotation layer, re-anchoring, message validation and the
 * importer. Nothing may throw or take unbounded time, and every offset must lie inside its paragraph.
 * The counts go to artifacts/robustness/fuzz.json for the results table in BENCHMARKS.md.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../src/core/extract/index.ts';
import { tokenize } from '../../src/core/text/tokenize.ts';
import { splitSentences } from '../../src/core/text/sentences.ts';
import { annotateArticle } from '../../src/core/annotate.ts';
import { reanchor, describeSelectors } from '../../src/core/notes/index.ts';
import { parseImport } from '../../src/core/notes/import.ts';
import { parseContentToBackground, parseToContent } from '../../src/shared/messages.ts';
import { isNotesRequest } from '../../src/shared/notes-protocol.ts';
import { loadModels } from '../../src/cli/models.ts';
import type { Annotation } from '../../src/core/types.ts';

const counts = { cases: 0, crashes: 0, hangs: 0, badOffsets: 0, acceptedForeign: 0 };
const SLOW_MS = 2_000;

/** Runs one fuzz case, counting it, a throw as a crash, and a slow run as a hang. */
function guarded<T>(fn: () => T): T {
  counts.cases++;
  const t0 = performance.now();
  try {
    return fn();
  } catch (e) {
    // A failed expectation is a wrong answer, counted by the test itself; anything else is a crash.
    if (!(e instanceof Error && e.name === 'AssertionError')) counts.crashes++;
    throw e;
  } finally {
    if (performance.now() - t0 > SLOW_MS) counts.hangs++;
  }
}

// Text that looks like news, markup, scripts, numbers, quotes and odd Unicode, mixed at random.
const piece = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('Keir Starmer', 'said', '“', '”', '"', '«', '»', '‘', '’', '$5.3 billion', '3.5 per cent', 'U.S.', 'Dr.', 'Jan. 31, 2026', '\u202e', '\u200d', '\ud800', '<script>alert(1)</script>', '{{constructor.constructor("x")()}}', 'Japan-China', 'ÉCOLE', '\n', '  ', '.', '...', '(CPTPP)', 'According to', '100,000', '–', '—'),
);
const text = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(' '));
const paragraphs = fc.array(text, { minLength: 1, maxLength: 8 });

function offsetsOk(a: Annotation): boolean {
  const ps = a.article?.paragraphs ?? [];
  const spans = [...a.entities.flatMap((e) => e.mentions), ...a.numbers, ...a.quotes, ...a.claims];
  return spans.every((s) => s.paragraph < ps.length && s.start >= 0 && s.start < s.end && s.end <= ps[s.paragraph]!.length && ps[s.paragraph]!.slice(s.start, s.end) === s.text);
}

describe('fuzz', () => {
  afterAll(() => {
    mkdirSync('artifacts/robustness', { recursive: true });
    writeFileSync('artifacts/robustness/fuzz.json', JSON.stringify(counts, null, 2));
  });

  it('tokenizer and sentence splitter: offsets in range, in order, never a throw', () => {
    fc.assert(fc.property(text, (t) => guarded(() => {
      for (const tok of tokenize(t)) expect(t.slice(tok.start, tok.end)).toBe(tok.text);
      let last = 0;
      for (const s of splitSentences(t)) {
        expect(s.start).toBeGreaterThanOrEqual(last);
        expect(s.end).toBeLessThanOrEqual(t.length);
        last = s.end;
      }
    })), { numRuns: 500 });
  });

  it('every layer: spans inside their paragraph, text equal to the slice', () => {
    const models = loadModels();
    fc.assert(fc.property(paragraphs, (ps) => guarded(() => {
      const a = annotateArticle({ title: null, byline: null, published: '2026-01-31T09:00:00Z', site: null, language: 'en', paragraphs: ps }, models);
      if (!offsetsOk(a)) counts.badOffsets++;
      expect(offsetsOk(a)).toBe(true);
    })), { numRuns: 300 });
  });

  it('extractor: any markup gives an article or null', () => {
    const tag = fc.constantFrom('p', 'div', 'article', 'section', 'li', 'ul', 'h1', 'h2', 'aside', 'footer', 'nav', 'blockquote', 'span', 'a', 'script', 'style', 'table', 'td', 'frameset', 'template', 'svg');
    const node: fc.Arbitrary<string> = fc.letrec((tie) => ({
      n: fc.oneof({ depthSize: 'small' }, text, fc.tuple(tag, fc.array(tie('n'), { maxLength: 4 })).map(([t, kids]) => `<${t} class="${t}">${kids.join('')}</${t}>`)),
    })).n as fc.Arbitrary<string>;
    fc.assert(fc.property(fc.array(node, { maxLength: 6 }), (kids) => guarded(() => {
      const { document } = parseHTML(`<!doctype html><html><head><title>t</title></head><body>${kids.join('')}</body></html>`);
      const x = extractArticle(document as unknown as Document);
      expect(x === null || Array.isArray(x.article.paragraphs)).toBe(true);
    })), { numRuns: 300 });
  });

  it('re-anchoring: a found place always holds the quote, or the note is an orphan', () => {
    // Notes sit inside articles: random text between ordinary sentences gives the quote some context.
    const wrap = (t: string) => `The council met on Tuesday to discuss the budget. ${t} Officials said a vote would come next week.`;
    fc.assert(fc.property(text, text, fc.nat(), fc.nat(), (core, edited, a, b) => guarded(() => {
      const before = wrap(core);
      const after = wrap(edited);
      const start = Math.min(a, b) % (before.length + 1);
      const end = Math.min(before.length, start + (Math.max(a, b) % 40));
      const selectors = describeSelectors(before, start, end);
      const found = reanchor(after, selectors);
      if (found) expect(found.end).toBeLessThanOrEqual(after.length);
      const same = reanchor(before, selectors);
      // Unchanged text: a note on real words is found again exactly. (Blank or very short quotes
      // may be refused as too ambiguous: an orphan, never a wrong place.)
      if (before.slice(start, end).trim().length >= 8) expect(same && before.slice(same.start, same.end)).toBe(before.slice(start, end));
    })), { numRuns: 500 });
  });

  it('messages: everything outside the protocol is rejected', () => {
    fc.assert(fc.property(fc.anything({ withObjectString: true }), (raw) => guarded(() => {
      const accepted = [parseContentToBackground(raw), parseToContent(raw)].some((m) => m !== null) || isNotesRequest(raw);
      if (accepted) counts.acceptedForeign++;
      expect(accepted).toBe(false);
    })), { numRuns: 2000 });
  });

  it('importer: any text gives a report, never a throw', () => {
    const json = fc.oneof(text, fc.json(), fc.jsonValue().map((v) => JSON.stringify({ format: 'lede-notes', version: 1, notes: [v] })), fc.jsonValue().map((v) => JSON.stringify({ annotations: [v] })));
    fc.assert(fc.property(json, (t) => guarded(() => {
      const r = parseImport(t);
      expect(r).toBeTypeOf('object');
    })), { numRuns: 500 });
  });
});
