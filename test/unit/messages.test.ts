/** The message protocol's gatekeepers: only well-formed Lede messages get through, nothing throws. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseContentToBackground, parseToContent, toBackground, toContent, MAX_ARTICLE_CHARS } from '../../src/shared/messages.ts';

const article = { title: 'T', byline: null, published: null, site: null, language: 'en', paragraphs: ['One.', 'Two.'] };

describe('message validation', () => {
  it('accepts the messages Lede builds', () => {
    expect(parseContentToBackground(toBackground('annotatePage', { url: 'http://x/', article }))).toMatchObject({ type: 'annotatePage', article });
    expect(parseToContent(toContent('getPageState', {}))).toEqual({ lede: 1, type: 'getPageState' });
    expect(parseToContent(toContent('focusSpan', { layer: 'place', paragraph: 1, start: 0, end: 3 }))).toMatchObject({ type: 'focusSpan' });
    expect(parseToContent(toContent('runCommand', { command: 'next-highlight' }))).toMatchObject({ command: 'next-highlight' });
  });

  it('rejects foreign, unknown and malformed messages', () => {
    const bad: unknown[] = [
      null, 42, 'annotatePage', [], { type: 'annotatePage', url: 'x', article }, { lede: 2, type: 'annotatePage', url: 'x', article },
      { lede: 1, type: 'annotatePage', url: 5, article }, { lede: 1, type: 'annotatePage', url: 'x', article: { ...article, paragraphs: [1] } },
      { lede: 1, type: 'annotatePage', url: 'x', article: { ...article, paragraphs: ['x'.repeat(MAX_ARTICLE_CHARS + 1)] } },
      { lede: 1, type: 'deleteEverything' }, { lede: 1, type: 'focusSpan', layer: 'script', paragraph: 0, start: 0, end: 1 },
      { lede: 1, type: 'focusSpan', layer: 'place', paragraph: -1, start: 0, end: 1 }, { lede: 1, type: 'runCommand', command: 'eval' },
      { lede: 1, type: '__proto__' }, JSON.parse('{"lede":1,"type":"annotatePage","__proto__":{"url":"x"}}'),
    ];
    for (const m of bad) {
      expect(parseContentToBackground(m)).toBeNull();
      if (m && typeof m === 'object' && (m as { type?: string }).type !== 'annotatePage') expect(parseToContent(m)).toBeNull();
    }
  });

  it('never throws on arbitrary input and only passes known types', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (raw) => {
        const a = parseContentToBackground(raw);
        const b = parseToContent(raw);
        expect(a === null || a.type === 'annotatePage').toBe(true);
        expect(b === null || ['getPageState', 'focusSpan', 'runCommand'].includes(b.type)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
