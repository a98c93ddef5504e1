import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findNumbers } from './index.ts';
import type { NumberSpan } from '../types.ts';

const seed = JSON.parse(readFileSync(new URL('../../../test/fixtures/seed/gold.json', import.meta.url), 'utf8')) as {
  body_paragraphs: string[];
  numbers_must: string[];
  metadata: { published: string };
};

const one = (text: string, published: string | null = '2026-01-31T09:12:00+00:00'): NumberSpan[] => findNumbers([text], { published });
const pick = (text: string, published?: string | null): string[] => one(text, published).map((n) => `${n.text}|${n.kind}`);

function valid(paragraphs: string[], spans: NumberSpan[]): void {
  let last = { paragraph: -1, end: 0 };
  for (const s of spans) {
    const p = paragraphs[s.paragraph]!;
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(p.length);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.text).toBe(p.slice(s.start, s.end));
    if (s.paragraph === last.paragraph) expect(s.start).toBeGreaterThanOrEqual(last.end);
    else expect(s.paragraph).toBeGreaterThan(last.paragraph);
    last = { paragraph: s.paragraph, end: s.end };
  }
}

describe('findNumbers on the seed page', () => {
  it('finds every number the gold requires', () => {
    const found = findNumbers(seed.body_paragraphs, { published: seed.metadata.published }).map((n) => n.text);
    for (const must of seed.numbers_must) expect(found).toContain(must);
  });

  it('resolves "on Saturday" to the publication Saturday', () => {
    const sat = findNumbers(seed.body_paragraphs, { published: seed.metadata.published }).find((n) => n.text === 'Saturday');
    expect(sat?.value).toBe('2026-01-31');
  });
});

describe('findNumbers spans and kinds', () => {
  it.each([
    ['The U.S. has approximately 50 materials on its list.', 'approximately 50|count'],
    ['The 12-nation pact was signed.', '12-nation|count'],
    ['The deal is worth $5.3 billion.', '$5.3 billion|money'],
    ['Growth slowed to 3.5 per cent.', '3.5 per cent|percent'],
    ['Two-thirds of voters agreed.', 'Two-thirds|count'],
    ['A third said they had no savings.', 'A third|count'],
    ['He returned the same day.', 'the same day|date'],
    ['Even this past January was mild.', 'this past January|date'],
    ['It can pop a 300-pound manhole cover.', '300-pound|quantity'],
    ['He is 5 feet 10 inches tall.', '5 feet 10 inches|quantity'],
    ['He weighs 180 pounds.', '180 pounds|quantity'],
    ['Police seized 20 pounds of cocaine.', '20 pounds|quantity'],
    ['She was paid 300 pounds for the job.', '300 pounds|money'],
    ['Rates rose by a quarter of a percentage point.', 'a quarter of a percentage point|percent'],
    ['The coach was fired a day after the loss.', 'a day|date'],
    ['Third-quarter profit rose.', 'Third-quarter|date'],
    ['First-half sales were flat.', 'First-half|date'],
    ['The car was doing 90 miles per hour.', '90 miles per hour|quantity'],
    ['They met on January 31, 2026, in Tokyo.', 'January 31, 2026|date'],
    ['Prices rose last year.', 'last year|date'],
    ['Cases doubled over the past two weeks.', 'the past two weeks|date'],
    ['The convoy stopped 10 km from the border.', '10 km|quantity'],
    ['It was the first visit by a leader.', 'first|ordinal'],
    ['Crime fell sharply in the 1990s.', 'the 1990s|date'],
    ['The plant closed three years ago.', 'three years ago|date'],
    ['About 200 people gathered outside.', 'About 200|count'],
    ['He answered forty-two questions.', 'forty-two|count'],
    ['A dozen officers were injured.', 'A dozen|count'],
    ['Millions of people watched.', 'Millions|count'],
    ['The flight left at 10:30 a.m. on Friday.', '10:30 a.m.|time'],
    ['The 45-year-old was arrested.', '45-year-old|date'],
    ['It has cost more than £1bn so far.', 'more than £1bn|money'],
    ['Tens of thousands marched.', 'Tens of thousands|count'],
    ['Temperatures hit 42 degrees Celsius.', '42 degrees Celsius|quantity'],
  ])('%s', (text, expected) => {
    expect(pick(text)).toContain(expected);
  });

  it('normalizes values', () => {
    const [money] = one('The deal is worth $5.3 billion.');
    expect(money).toMatchObject({ value: 5_300_000_000, unit: 'USD' });
    expect(one('Growth slowed to 3.5 per cent.')[0]).toMatchObject({ value: 3.5, unit: '%' });
    expect(one('It stopped 10 km away.')[0]).toMatchObject({ value: 10, unit: 'km' });
    expect(one('It was worth £200m.')[0]).toMatchObject({ value: 200_000_000, unit: 'GBP' });
  });

  it('resolves relative dates against the published date', () => {
    expect(one('Prices rose last year.')[0]!.value).toBe('2025');
    expect(one('The plant closed three years ago.')[0]!.value).toBe('2023');
    expect(one('They met on Thursday.')[0]!.value).toBe('2026-01-29');
    expect(one('They will meet again on Tuesday.')[0]!.value).toBe('2026-02-03');
    expect(one('Talks resume on March 3.')[0]!.value).toBe('2026-03-03');
    expect(one('Prices rose last year.', null)[0]!.value).toBeNull();
  });

  it('leaves numbers that belong to names alone', () => {
    expect(pick('COVID-19 spread quickly.')).toEqual([]);
    expect(pick('Ukraine wants more F-35 jets.')).toEqual([]);
    expect(pick('A Boeing 737 landed safely.')).toEqual([]);
    expect(pick('The G7 met in Italy.')).toEqual([]);
    expect(pick('Ten whales beached on Ninety Mile Beach near the Three Gorges Dam.')).toEqual(['Ten|count']);
  });

  it('tells a rank from a share and match time from a business period', () => {
    expect(pick('He won a third term.')).toEqual(['third|ordinal']);
    expect(pick('Her first-half goal stood.')).toEqual(['first|ordinal']);
  });

  it('tags the numeral "one" but not the pronoun', () => {
    expect(pick('One of the suspects fled.')).toEqual(['One|count']);
    expect(pick('No one was hurt, and the one who called left.')).toEqual([]);
  });

  it('keeps two amounts apart after a verb of change, and joins a range', () => {
    expect(pick('Inflation rose from 2% to 3%.')).toEqual(['2%|percent', '3%|percent']);
    expect(pick('Growth of 5% to 7% is expected.')).toEqual(['5% to 7%|percent']);
  });
});

describe('findNumbers on bad input', () => {
  it('never throws and keeps spans valid on arbitrary text', () => {
    const alphabet = fc.constantFrom(...'0123456789 ,.-–$£€%:/\'’"“”abcAZ年月日한글مرحبا\n\t'.split(''), ' million', ' per cent', ' January', ' last year', ' the past', ' one', ' a dozen');
    fc.assert(fc.property(fc.array(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), { maxLength: 5 }), (paras) => {
      const spans = findNumbers(paras, { published: '2026-01-31' });
      valid(paras, spans);
    }), { numRuns: 300 });
  });

  it('keeps spans valid on any code points, lone surrogates included', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 80 }), { maxLength: 4 }), (paras) => {
      valid(paras, findNumbers(paras, { published: '2026-01-31' }));
    }), { numRuns: 300 });
  });

  it('accepts junk arguments', () => {
    expect(findNumbers(null as unknown as string[])).toEqual([]);
    expect(findNumbers([undefined as unknown as string, '5 km'], { published: 'not a date' })).toHaveLength(1);
  });

  it('handles a text of only numbers and mixed scripts', () => {
    const paras = ['1 2 3 4.5 6,000 7% $8 9th 10:30', '東京で 2026年 1月 の会議、 5 km، ٣ أيام 12 nations'];
    valid(paras, findNumbers(paras));
    expect(findNumbers(paras).length).toBeGreaterThan(5);
  });

  it('runs in linear, bounded time on a 200,000-word page', () => {
    const sentence = 'On Saturday about 200 people paid $5.3 billion, or 3.5 per cent, over the past two weeks and one of the 12-nation ';
    const para = (words: number): string[] => {
      const unit = sentence.split(' ').length;
      return Array.from({ length: Math.ceil(words / unit / 50) }, () => sentence.repeat(50));
    };
    const time = (words: number): number => {
      const p = para(words);
      const t0 = performance.now();
      findNumbers(p, { published: '2026-01-31' });
      return performance.now() - t0;
    };
    time(20_000);
    const small = time(50_000);
    const big = time(200_000);
    expect(big).toBeLessThan(5_000);
    expect(big / Math.max(small, 1)).toBeLessThan(10);
    // One huge paragraph, too.
    const t0 = performance.now();
    findNumbers([sentence.repeat(10_000)]);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
