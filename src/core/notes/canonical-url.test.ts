import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, siteOf } from './canonical-url.ts';

describe('canonicalizeUrl', () => {
  it('drops tracking parameters, fragments and trailing slashes, keeps real parameters', () => {
    expect(canonicalizeUrl('https://News.Example.org/a/b/?utm_source=x&utm_medium=y&fbclid=1&gclid=2&id=7#comments'))
      .toBe('https://news.example.org/a/b?id=7');
    expect(canonicalizeUrl('https://example.org/story?page=2&mc_cid=9&CMP=share_btn_tw&ref_src=twsrc')).toBe('https://example.org/story?page=2');
  });

  it('prefers the page\'s <link rel=canonical>, resolved against the page', () => {
    expect(canonicalizeUrl('https://m.example.org/x?utm_campaign=a', 'https://www.example.org/x')).toBe('https://www.example.org/x');
    expect(canonicalizeUrl('https://example.org/a/b?utm_source=n', '/canonical/story')).toBe('https://example.org/canonical/story');
  });

  it('ignores a canonical link that is not an http(s) address', () => {
    expect(canonicalizeUrl('https://example.org/a', 'javascript:alert(1)')).toBe('https://example.org/a');
  });

  it('gives the same key whatever the parameter order', () => {
    expect(canonicalizeUrl('https://e.org/?b=2&a=1')).toBe(canonicalizeUrl('https://e.org/?a=1&b=2'));
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), fc.option(fc.string()), (url, canonical) => {
      expect(typeof canonicalizeUrl(url, canonical)).toBe('string');
      expect(typeof siteOf(url)).toBe('string');
    }));
  });
});

describe('siteOf', () => {
  it('gives the host without www', () => {
    expect(siteOf('https://www.theguardian.com/politics/x')).toBe('theguardian.com');
    expect(siteOf('not a url')).toBe('');
  });
});
