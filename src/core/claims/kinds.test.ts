import { describe, expect, it } from 'vitest';
import type { NumberKind } from '../types.ts';
import { scanCues } from './cues.ts';
import { figureKinds, kindOf } from './kinds.ts';
import { tokenize } from './tokens.ts';

const kind = (text: string, numbers: NumberKind[] | null = null, inQuote = false, reported = false): string => {
  const toks = tokenize(text);
  return kindOf(toks, scanCues(toks), numbers, inQuote, reported);
};

describe('claim kinds', () => {
  it('calls a sentence about a figure a statistic', () => {
    expect(kind('Unemployment stood at 4.2 percent in March.')).toBe('statistic');
    expect(kind('The program cost $3 billion.', ['money'])).toBe('statistic');
    expect(kind('Half of the firms closed.')).toBe('statistic');
  });

  it('does not take a lone "one" from the number layer for a figure', () => {
    const text = 'Arkansas is one of the few states without such a law.';
    const toks = tokenize(text);
    const kinds = figureKinds([{ kind: 'count', value: 1, text: 'one' }]);
    expect(kindOf(toks, scanCues(toks), kinds, false, false)).not.toBe('statistic');
    expect(figureKinds([{ kind: 'count', value: 12, text: '12' }, { kind: 'date', value: null, text: 'May' }])).toEqual(['count', 'date']);
  });

  it('does not take a date or a year for a figure', () => {
    expect(kind('The treaty was signed in 1992.')).toBe('event');
    expect(kind('The minister resigned on Saturday.', ['date'])).toBe('event');
  });

  it('calls rankings, dominance and change comparisons', () => {
    expect(kind('China dominates the global production of rare earths.')).toBe('comparison');
    expect(kind('Canada remains the country’s only ally in the region.')).toBe('comparison');
    expect(kind('Crime is lower than it was under the last government.')).toBe('comparison');
    expect(kind('The largest employer in the state is the university.')).toBe('comparison');
    expect(kind('Exports fell sharply after the ban.')).toBe('comparison');
    expect(kind('They not only met but agreed a plan.')).toBe('event');
  });

  it('calls explicit causes causal, not every "led"', () => {
    expect(kind('The drought caused food prices to climb.')).toBe('causal');
    expect(kind('The tariffs led to job losses in the region.')).toBe('causal');
    expect(kind('She led the delegation to Geneva.')).toBe('event');
  });

  it('calls forecasts predictions, and travel is not a forecast', () => {
    expect(kind('The central bank will cut rates next month.')).toBe('prediction');
    expect(kind('Analysts expect inflation to ease.')).toBe('prediction');
    expect(kind('Analysts expected inflation to ease.')).toBe('prediction');
    expect(kind('He is going to Paris.')).toBe('other');
  });

  it('calls words inside a quote a quote, and reported events events', () => {
    expect(kind('We will win this election by 10 points.', null, true)).toBe('quote');
    expect(kind('The meeting comes after her trip to Lima.', null, false, true)).toBe('event');
  });
});

describe('claim kinds on irregular verbs', () => {
  it('takes "cut" after a subject as a past action and after "will" as a forecast', () => {
    expect(kind('Both parties in Washington have cut Medicare.')).toBe('event');
    expect(kind('The government will cut Medicare.')).toBe('prediction');
  });
});
