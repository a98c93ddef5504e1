import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.ts';
import { bestLongForm, findAcronyms } from './acronyms.ts';

const defs = (text: string): string[] => {
  const toks = tokenize(text);
  return findAcronyms(toks, text).map((d) => `${text.slice(toks[d.first]!.start, toks[d.last - 1]!.end)} = ${toks[d.acronym]!.text}`);
};

describe('findAcronyms', () => {
  it('finds long forms with skipped words and hyphenated parts', () => {
    expect(defs('to expand the 12-nation Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) and more')).toEqual([
      'Comprehensive and Progressive Agreement for Trans-Pacific Partnership = CPTPP',
    ]);
    expect(defs('the World Health Organization (WHO) said')).toEqual(['World Health Organization = WHO']);
  });

  it('ignores parentheses that do not define an acronym', () => {
    expect(defs('the company (IBM) said')).toEqual([]);
    expect(defs('a figure (2024) rose')).toEqual([]);
    expect(defs('(AB)')).toEqual([]);
  });

  it('returns -1 when letters cannot be matched', () => {
    expect(bestLongForm('XYZ', 'World Health Organization')).toBe(-1);
  });
});
