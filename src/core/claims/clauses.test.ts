import { describe, expect, it } from 'vitest';
import { clauseStarts } from './clauses.ts';
import { numberShape, tokenize } from './tokens.ts';

const cutWords = (s: string): string[] => {
  const t = tokenize(s);
  return clauseStarts(s, t).map((i) => t[i]!.text);
};

describe('tokenize', () => {
  it('keeps numbers, contractions, hyphenated words and dotted acronyms whole', () => {
    const s = "The U.S. didn't spend $1,200.50 on Japan-China talks; 3.5% rose.";
    expect(tokenize(s).map((t) => t.text)).toEqual(
      ['The', 'U.S', 'didn\'t', 'spend', '$', '1,200.50', 'on', 'Japan-China', 'talks', ';', '3.5', '%', 'rose'],
    );
    for (const t of tokenize(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
  });

  it('folds curly apostrophes in the lowercased form', () => {
    expect(tokenize('Japan’s')[0]!.lower).toBe("japan's");
  });

  it('gives numbers a shape instead of a value', () => {
    expect(numberShape('1990')).toBe('dddd');
    expect(numberShape('1,200')).toBe('d,ddd');
    expect(numberShape('12-nation')).toBe('dd-a');
    expect(numberShape('nation')).toBeNull();
  });
});

describe('clauseStarts', () => {
  it('cuts an opinion lead from the clause introduced by "as"', () => {
    expect(cutWords('The outcome is hardly surprising as prices have risen sharply this year.')).toEqual(['as']);
  });

  it('cuts a leading "While …," clause at its comma', () => {
    expect(cutWords('While 40 states have passed such laws, the federal rules remain unchanged since 2010.')).toEqual(['the']);
  });

  it('does not cut at "as" used as a preposition or in fixed phrases', () => {
    expect(cutWords('The country was classified as a developing economy by the bank.')).toEqual([]);
    expect(cutWords('Exports such as steel and aluminium fell by a tenth last year.')).toEqual([]);
    expect(cutWords('Wages rose as well as prices in most of the regions surveyed.')).toEqual([]);
  });

  it('leaves short sentences whole', () => {
    expect(cutWords('Prices rose as wages fell.')).toEqual([]);
  });
});
