/**
 * blockText / rangePoints: a paragraph's text and the way back to the page's Text nodes. The property
 * tests build random inline markup (nested tags, whitespace runs, <br>, hidden spans, scripts, nested
 * blocks), then check that every slice of the text maps to a DOM Range holding exactly that text.
 */
import fc from 'fast-check';
// @ts-expect-error jsdom ships no types and @types/jsdom is not installed; JSDOM is used only to build test DOMs.
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockText, collectBlock, rangePoints } from '../../src/core/extract/block-text.ts';

const WORDS = ['Starmer', 'said', '“quoted”', 'a', 'café', '12,5 %', 'naïve', '😀', 'Tōkyō', 'x'];
const SPACES = [' ', '  ', '\n   ', '\t', '\u00a0', ' \n '];

/** Random inline HTML. `hiddenOk` adds parts a reader never sees, marked with § so tests can drop them. */
function inline(depth: number, hiddenOk: boolean): fc.Arbitrary<string> {
  const word = fc.constantFrom(...WORDS);
  const space = fc.constantFrom(...SPACES);
  const leaf = fc.oneof(
    { weight: 5, arbitrary: word },
    { weight: 3, arbitrary: space },
    ...(hiddenOk
      ? [
          { weight: 1, arbitrary: fc.constant('<br>') },
          { weight: 1, arbitrary: fc.constant('<span hidden>§§</span>') },
          { weight: 1, arbitrary: fc.constant('<script>§§</script>') },
        ]
      : []),
  );
  if (depth <= 0) return leaf;
  const tag = fc.constantFrom('b', 'i', 'a href="#"', 'span', 'em');
  const nested = fc
    .tuple(tag, fc.array(inline(depth - 1, hiddenOk), { minLength: 1, maxLength: 4 }))
    .map(([t, kids]) => `<${t}>${kids.join('')}</${t.split(' ')[0]}>`);
  return fc.oneof({ weight: 3, arbitrary: leaf }, { weight: 1, arbitrary: nested });
}

const paragraph = (hiddenOk: boolean) => fc.array(inline(3, hiddenOk), { minLength: 1, maxLength: 25 }).map((xs) => xs.join(''));

function rangeText(doc: Document, el: Element, s: number, e: number): string | null {
  const { segments } = blockText(el);
  const pts = rangePoints(segments, s, e);
  if (!pts) return null;
  const r = doc.createRange();
  r.setStart(pts.startNode, pts.startOffset);
  r.setEnd(pts.endNode, pts.endOffset);
  return r.toString();
}

describe('blockText', () => {
  it('collapses whitespace, trims, skips hidden parts and nested blocks', () => {
    const { document } = parseHTML(
      '<div id="d">  Hello <b>big\n\n  world</b><span aria-hidden="true">icon</span>!<br>Next&nbsp;line<p>own block</p> tail <script>x()</script></div>',
    );
    const el = document.getElementById('d') as unknown as Element;
    expect(blockText(el).text).toBe('Hello big world! Next line tail');
  });

  it('leaves out a picture caption or credit set inline, and icon labels, but not text merely beside an icon', () => {
    const { document } = parseHTML(
      '<p id="p"><span class="storyimage"><img src="a.jpg"><span class="caption truncate"><span>© Provided by Example Inc</span> Nintendo/Apple</span></span>' +
        ' Nintendo and Apple <a href="/x">said<span class="external-link-icon">Opens a new window</span></a> it would launch.' +
        ' <i class="material-icons">arrow_forward</i><span class="has-icon">Shares</span> rose <span class="no-caption">sharply</span>.</p>',
    );
    const el = document.getElementById('p') as unknown as Element;
    expect(blockText(el).text).toBe('Nintendo and Apple said it would launch. Shares rose sharply.');
  });

  it('gives the same text on linkedom and jsdom', () => {
    fc.assert(
      fc.property(paragraph(true), (html) => {
        const a = parseHTML(`<p id="p">${html}</p>`).document.getElementById('p') as unknown as Element;
        const b = new JSDOM(`<p id="p">${html}</p>`).window.document.getElementById('p')!;
        expect(blockText(a).text).toBe(blockText(b).text);
      }),
      { numRuns: 150 },
    );
  });

  it('never yields leading, trailing or doubled spaces', () => {
    fc.assert(
      fc.property(paragraph(true), (html) => {
        const el = new JSDOM(`<p id="p">${html}</p>`).window.document.getElementById('p')!;
        const { text } = blockText(el);
        expect(text).toBe(text.trim());
        expect(text).not.toMatch(/\s\s|[\t\n\u00a0]/);
        expect(text).not.toContain('§');
      }),
      { numRuns: 200 },
    );
  });
});

describe('rangePoints round trip', () => {
  it('text.slice(s, e) equals the Range text (whitespace collapsed) for random s < e', () => {
    fc.assert(
      fc.property(paragraph(false), fc.nat(), fc.nat(), (html, x, y) => {
        const doc = new JSDOM(`<p id="p">${html}</p>`).window.document;
        const el = doc.getElementById('p')!;
        const { text } = blockText(el);
        fc.pre(text.length >= 2);
        let s = x % text.length;
        let e = y % (text.length + 1);
        if (s > e) [s, e] = [e, s];
        fc.pre(s < e);
        const got = rangeText(doc, el, s, e);
        const want = text.slice(s, e);
        if (want.trim() === '') return; // a lone collapsed space may have no page character of its own
        expect(got?.replace(/\s+/g, ' ')).toBe(want);
      }),
      { numRuns: 200 },
    );
  });

  it('with <br>, hidden parts and scripts, the Range covers exactly the slice’s visible characters', () => {
    fc.assert(
      fc.property(paragraph(true), fc.nat(), fc.nat(), (html, x, y) => {
        const doc = new JSDOM(`<p id="p">${html}</p>`).window.document;
        const el = doc.getElementById('p')!;
        const { text } = blockText(el);
        fc.pre(text.length >= 2);
        let s = x % text.length;
        let e = y % (text.length + 1);
        if (s > e) [s, e] = [e, s];
        fc.pre(s < e);
        const want = text.slice(s, e).replace(/\s+/g, '');
        const got = rangeText(doc, el, s, e);
        if (want === '') return;
        // Hidden text and script source lying between two visible characters are inside the Range but
        // never highlighted (the highlighter wraps only segment nodes); drop them to compare.
        expect(got?.replace(/\s+/g, '').replace(/§+/g, '')).toBe(want);
      }),
      { numRuns: 200 },
    );
  });

  it('returns null for empty or out-of-range spans', () => {
    const doc = new JSDOM('<p id="p">Hello <b>world</b></p>').window.document;
    const { segments, text } = blockText(doc.getElementById('p')!);
    expect(rangePoints(segments, 3, 3)).toBeNull();
    expect(rangePoints(segments, 5, 2)).toBeNull();
    expect(rangePoints(segments, text.length + 1, text.length + 5)).toBeNull();
    expect(rangePoints([], 0, 1)).toBeNull();
  });

  it('is fast on a 200,000-word paragraph', () => {
    const words = Array.from({ length: 200_000 }, (_, i) => (i % 7 === 0 ? `<b>w${i}</b>` : `w${i}`)).join('  \n ');
    const { document } = parseHTML(`<p id="p">${words}</p>`);
    const t0 = performance.now();
    const { text, segments } = blockText(document.getElementById('p') as unknown as Element);
    expect(performance.now() - t0).toBeLessThan(3000);
    const pts = rangePoints(segments, text.length - 10, text.length);
    expect(pts).not.toBeNull();
  });
});

describe('collectBlock link share', () => {
  it('counts links into the page (#note, javascript:) at 0.3 of what the same links away would count', () => {
    const share = (a: string, b: string) => {
      const doc = parseHTML(`<p id="p">See <a href="${a}">note 1</a> and <a href="${b}">more</a> here</p>`).document;
      return collectBlock(doc.getElementById('p') as unknown as Element);
    };
    const inPage = share('#n1', 'javascript:void(0)');
    const away = share('/n1', 'https://example.com/more');
    expect(inPage.text).toBe(away.text);
    expect(away.linkChars).toBeGreaterThan(0);
    expect(inPage.linkChars).toBeCloseTo(away.linkChars * 0.3, 5);
  });
});
