import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../text/tokenize.ts';
import { buildGazetteer, GAZ_CATEGORIES, matchGazetteer, phraseTokens } from './gazetteer.ts';

describe('gazetteer', () => {
  it('splits list entries exactly as the tokenizer splits running text', () => {
    const words = fc.stringMatching(/^[A-Za-zéÖ'.-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 4 }), (parts) => {
        const entry = parts.join(' ');
        expect(phraseTokens(entry)).toEqual(tokenize(entry).map((t) => t.text.toLowerCase()));
      }),
    );
  });

  it('marks every token of a multi-word phrase with its part and category', () => {
    const gaz = buildGazetteer({ 'geonames-city': ['Rio de Janeiro'], 'given-name': ['Sanae'] });
    const m = matchGazetteer(['sanae', 'flew', 'to', 'rio', 'de', 'janeiro'], gaz);
    const city = GAZ_CATEGORIES.indexOf('geonames-city') * 4;
    expect(m[0]).toEqual([GAZ_CATEGORIES.indexOf('given-name') * 4 + 3]);
    expect([m[3], m[4], m[5]]).toEqual([[city], [city + 1], [city + 2]]);
    expect(m[1]).toEqual([]);
  });
});
