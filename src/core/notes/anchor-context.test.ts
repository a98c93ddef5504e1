import { describe, expect, it } from 'vitest';
import { breaksMidSentence, contextAfter, contextBefore, exactMatches, paragraphSupport, support, wordsChanged } from './anchor-context.ts';

describe('exactMatches', () => {
  it('finds the quote where only whitespace changed (a line break, a double space, a paragraph split)', () => {
    const text = 'Intro.\n\nThe minister said\nthat talks  would resume.\n\nThe minister said that talks would resume.';
    const found = exactMatches(text, 'The minister said that talks would resume.', 10);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual([
      'The minister said\nthat talks  would resume.',
      'The minister said that talks would resume.',
    ]);
  });

  it('does not match across changed words and stops at the limit', () => {
    expect(exactMatches('the talks resumed', 'the talks would resume', 5)).toEqual([]);
    expect(exactMatches('a a a a a a', 'a', 3)).toHaveLength(3);
  });

  it('stays fast on a 200,000-word page', () => {
    const words = Array.from({ length: 200_000 }, (_, i) => ['alpha', 'beta', 'gamma'][i % 3]).join(' \n ');
    const t0 = performance.now();
    expect(exactMatches(words, 'alpha beta delta', 10)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('context support', () => {
  it('reads whitespace-normalized context next to a place', () => {
    const text = 'one  two\n\nthree QUOTE four\nfive';
    const at = text.indexOf('QUOTE');
    expect(contextBefore(text, at, 9)).toBe('wo three ');
    expect(contextAfter(text, at + 5, 10)).toBe(' four five');
  });

  it('is 1 for equal context, ~0 for unrelated text', () => {
    expect(support('the prime minister said ', 'the prime minister said ', true)).toBe(1);
    expect(support('the prime minister said ', 'rain is expected on Sunday', true)).toBeLessThan(0.2);
  });

  it('credits agreement up to a paragraph break both texts have, not a bare break', () => {
    expect(paragraphSupport('old paragraph end.\n\nThe minister ', 'inserted paragraph.\n\nThe minister ', true)).toBe(1);
    expect(paragraphSupport('\n\nNext paragraph starts', '\n\nAn inserted one', false)).toBe(0);
    expect(paragraphSupport('and more text here', 'and more text here', false)).toBe(0);
  });
});

describe('breaksMidSentence', () => {
  it('flags context that stops agreeing inside a sentence (a similar passage elsewhere)', () => {
    expect(breaksMidSentence('do eiusmod tempor incididunt ut ', ' id est laborum.\n\nincididunt ut ', 'labore', true)).toBe(true);
  });

  it('accepts a break at a sentence end or paragraph break (text inserted there)', () => {
    expect(breaksMidSentence('rates rose sharply. ', 'Advertisement ', 'Prices', true)).toBe(false);
    expect(breaksMidSentence('the end of it.\n\n', 'an inserted one.\n\n', 'Next', true)).toBe(false);
    expect(breaksMidSentence(' and then it ended.\n\nNew', ' and then it ended.\n\nAdvertisement', 'quote', false)).toBe(false);
  });

  it('accepts a local difference (a typo fixed in the context)', () => {
    expect(breaksMidSentence('he UA to be teh referrer of the ', 'he UA to be the referrer of the ', 'Request', true)).toBe(false);
  });
});

describe('wordsChanged', () => {
  it('treats fixed typos as the same words and a swapped word as a change', () => {
    expect(wordsChanged('Bartleby the Scrivener', 'Bartleby teh Scrivener')).toBe(false);
    expect(wordsChanged('the technological shocks', 'the technologcal shocks')).toBe(false);
    expect(wordsChanged('outcome of also Tokyo meeting was the', 'outcome of the Tokyo meeting was the')).toBe(true);
    expect(wordsChanged('Prime Minister also Starmer', 'Prime Minister Keir Starmer')).toBe(true);
  });
});
