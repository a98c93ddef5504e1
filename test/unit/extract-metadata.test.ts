/** Article metadata from JSON-LD, OpenGraph, meta tags and the visible page, and the language guess. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract/index.ts';
import { checkDeclaredLanguage, guessLanguage } from '../../src/core/extract/language.ts';
import { readMetadata, toIsoDate } from '../../src/core/extract/metadata.ts';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const story = (p: string) => `<article>${Array.from({ length: 4 }, () => `<p>${p}</p>`).join('')}</article>`;

describe('readMetadata', () => {
  it('prefers JSON-LD (including @graph and author arrays)', () => {
    const m = readMetadata(
      doc(`<html><head><title>Wrong - Site</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"The Site"},
      {"@type":["NewsArticle"],"headline":"Real headline","datePublished":"2024-03-05T10:00:00+0100",
       "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chen"}],"publisher":{"name":"The Site"}}]}</script>
      </head><body></body></html>`),
    );
    expect(m).toMatchObject({ title: 'Real headline', byline: 'Ann Lee, Bo Chen', published: '2024-03-05T10:00:00+01:00', site: 'The Site', declaresArticle: true });
  });

  it('falls back to OpenGraph and meta tags, then the visible page', () => {
    const m = readMetadata(
      doc(`<html lang="de-de"><head><title>Der Titel | Zeitung</title><meta property="og:site_name" content="Zeitung">
      <meta name="author" content="Von Max Muster"></head><body><time datetime="2023-11-02">2. November</time></body></html>`),
    );
    expect(m).toMatchObject({ title: 'Der Titel', byline: 'Max Muster', published: '2023-11-02', site: 'Zeitung', language: 'de-DE' });
  });

  it('reads a visible byline and ignores @handles and profile URLs', () => {
    const m = readMetadata(
      doc(`<html><head><meta name="twitter:creator" content="@someone"><meta property="article:author" content="https://x.example/u/1">
      </head><body><div class="byline">By Jane Q. Writer —</div></body></html>`),
    );
    expect(m.byline).toBe('Jane Q. Writer');
  });

  it('survives malformed JSON-LD', () => {
    const m = readMetadata(doc(`<html><head><script type="application/ld+json">{"headline": "x",</script><meta property="og:title" content="OG"></head></html>`));
    expect(m.title).toBe('OG');
  });

  it('normalizes dates to ISO 8601 or gives null', () => {
    expect(toIsoDate('2026-01-31T09:12:00+00:00')).toBe('2026-01-31T09:12:00+00:00');
    expect(toIsoDate('2015-07-24T05:36:09+0100')).toBe('2015-07-24T05:36:09+01:00');
    expect(toIsoDate('2015-07-24 05:36Z')).toBe('2015-07-24T05:36Z');
    expect(toIsoDate('March 3, 2024 10:00 UTC')).toBe('2024-03-03T10:00:00.000Z');
    expect(toIsoDate('yesterday')).toBeNull();
    expect(toIsoDate('')).toBeNull();
  });
});

describe('language', () => {
  const de = 'Die Regierung hat am Montag angekündigt, dass sie die Steuern für kleine Unternehmen senken wird, und der Minister sagte, es sei ein wichtiger Schritt für die Wirtschaft.';
  const en = 'The government said on Monday that it would cut taxes for small businesses, and the minister called it an important step for the economy of the country.';
  it('guesses from stopwords when the page does not declare one', () => {
    expect(guessLanguage([en])).toBe('en');
    expect(guessLanguage([de])).toBe('de');
    expect(guessLanguage(['東京都は月曜日、新しい計画を発表しました。ひらがなとカタカナ'])).toBe('ja');
    expect(guessLanguage(['12 34 56'])).toBe('und');
  });
  it('overrides a template-default lang="en" when the text is plainly another language', () => {
    expect(checkDeclaredLanguage('en', [de])).toBe('de');
    expect(checkDeclaredLanguage('en-GB', [en])).toBe('en-GB');
    expect(checkDeclaredLanguage('pt-BR', [en])).toBe('en');
  });
  it('is always set on an extracted article', () => {
    expect(extractArticle(doc(`<html><body>${story(en)}</body></html>`))?.article.language).toBe('en');
    expect(extractArticle(doc(`<html lang="en"><body>${story(de)}</body></html>`))?.article.language).toBe('de');
  });
});

describe('site', () => {
  it('falls back to the URL host when the page names no site', () => {
    const en = 'The government said on Monday that it would cut taxes for small businesses, and the minister called it an important step for the economy of the country.';
    const html = `<html><body><article>${`<p>${en}</p>`.repeat(4)}</article></body></html>`;
    expect(extractArticle(doc(html), { url: 'https://www.example.co.uk/news/1' })?.article.site).toBe('example.co.uk');
    expect(extractArticle(doc(html), { url: 'not a url' })?.article.site).toBeNull();
    expect(extractArticle(doc(html))?.article.site).toBeNull();
  });
});
