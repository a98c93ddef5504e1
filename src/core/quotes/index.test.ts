import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findQuotes } from './index.ts';
import { ents as people, said } from './test-helpers.ts';
import type { Entity, Quote } from '../types.ts';

const seed = JSON.parse(readFileSync(new URL('../../../test/fixtures/seed/gold.json', import.meta.url), 'utf8')) as {
  body_paragraphs: string[];
  quotes: { quote: string; speaker: string }[];
};


function valid(paragraphs: string[], quotes: Quote[]): void {
  for (const q of quotes) {
    const p = paragraphs[q.paragraph]!;
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(p.length);
    expect(q.end).toBeGreaterThan(q.start);
    expect(q.text).toBe(p.slice(q.start, q.end));
  }
}

describe('findQuotes on the seed page', () => {
  const gold = seed.quotes.map((q) => `${q.speaker} <= ${q.quote}`);

  it('finds the four gold quotes with their speakers, and no scare quote', () => {
    const ents = people(seed.body_paragraphs, ['Keir Starmer', 'Starmer'], ['Sanae Takaichi', 'Takaichi'], ['Xi Jinping']);
    const quotes = findQuotes(seed.body_paragraphs, ents);
    expect(said(quotes)).toEqual(gold);
    valid(seed.body_paragraphs, quotes);
  });

  it('still names the full speakers when the entity tagger gave nothing', () => {
    expect(said(findQuotes(seed.body_paragraphs, []))).toEqual(gold);
  });
});

describe('findQuotes attribution', () => {
  it('reads "said X", "X said", pronouns and titles', () => {
    const ps = [
      'Prime Minister Keiko Tanabe met Opposition leader Hiroshi Mori on Monday.',
      '“We will not resign over this,” said Tanabe, speaking in Osaka.',
      '“Responsibility means resigning, not apologising,” Mori told reporters.',
      'Mr. Mori then left. “The public deserves better,” he said.',
      '“I take full responsibility for my office,” the prime minister added.',
    ];
    const ents = people(ps, ['Keiko Tanabe', 'Tanabe'], ['Hiroshi Mori', 'Mori']);
    expect(findQuotes(ps, ents).map((q) => q.speaker)).toEqual(['Keiko Tanabe', 'Hiroshi Mori', 'Hiroshi Mori', 'Keiko Tanabe']);
  });

  it('names a speaker introduced by lowercase role words after the quote, but not in a relative clause', () => {
    const ps = [
      'Mayor Ann Cole spoke first.',
      '‘This is a historic day,’ council member Dana Whitfield told the Gazette.',
      '“The plan is a mess,” a remark which Ann Cole said was unfair.',
    ];
    const speakers = findQuotes(ps, []).map((q) => q.speaker);
    expect(speakers[0]).toBe('Dana Whitfield');
    expect(speakers[1]).not.toBe('Ann Cole');
  });

  it('reads a capitalized role before the name, and gives an unnamed spokesperson no one', () => {
    const ps = [
      'Chancellor Olaf Scholz met reporters in Berlin.',
      '“These are empty words,” Kremlin spokesman Dmitry Peskov told reporters.',
      '“The decision is his to make,” a government spokesperson said.',
    ];
    expect(findQuotes(ps, []).map((q) => q.speaker)).toEqual(['Dmitry Peskov', null]);
  });

  it('keeps a short quote from an unnamed source, with no speaker, and no adjective as a name', () => {
    const ps = [
      'Democratic leaders met on Tuesday.',
      '“It’s a disgrace,” said one senior Democratic aide, who asked not to be named.',
      '“We are close,” said senior White House officials.',
    ];
    expect(said(findQuotes(ps, []))).toEqual(['null <= It’s a disgrace', 'null <= We are close']);
  });

  it('reads "according to X", colons and split quotes', () => {
    const ps = [
      'According to Health Secretary Omar Siddiqui, “waiting lists will be halved within two years.”',
      'Siddiqui wrote on social media: “We have the money and the plan.”',
      '“The ceasefire is holding,” General Samuel Okafor said, “but it is fragile.”',
    ];
    const qs = findQuotes(ps, []);
    expect(said(qs)).toEqual([
      'Omar Siddiqui <= waiting lists will be halved within two years',
      'Omar Siddiqui <= We have the money and the plan',
      'Samuel Okafor <= The ceasefire is holding',
      'Samuel Okafor <= but it is fragile',
    ]);
  });

  it('gives every paragraph of a multi-paragraph quote to one speaker', () => {
    const ps = [
      'Senator James Whitaker spoke on Thursday.',
      '“This bill was written by lobbyists, for lobbyists.',
      '“It will raise costs for every family in my state.',
      '“I urge my colleagues to vote no,” Whitaker said.',
    ];
    const qs = findQuotes(ps, people(ps, ['James Whitaker', 'Whitaker']));
    expect(qs.map((q) => [q.paragraph, q.speaker])).toEqual([[1, 'James Whitaker'], [2, 'James Whitaker'], [3, 'James Whitaker']]);
    expect(qs[0]!.text).toBe('This bill was written by lobbyists, for lobbyists.'.replace(/\.$/, ''));
  });

  it('handles straight, guillemet and single quote marks and quotes inside quotes', () => {
    const ps = [
      '"Nobody likes paying more," Mayor Tom Alvarez said.',
      '«The door remains open», said Laurent Mercier.',
      '‘We will fight this in the courts,’ said Sarah Kimber, who doesn’t give up.',
      '“When a customer tells me ‘you saved my business’, that is why we do this,” Maria Lindqvist said.',
    ];
    expect(said(findQuotes(ps, []))).toEqual([
      'Tom Alvarez <= Nobody likes paying more',
      'Laurent Mercier <= The door remains open',
      'Sarah Kimber <= We will fight this in the courts',
      'Maria Lindqvist <= When a customer tells me ‘you saved my business’, that is why we do this',
    ]);
  });

  it('gives a second quoted piece joined by "and" the speaker of the first, and reads "Mr Hunt" as the full name', () => {
    const ps = [
      'Chancellor Jeremy Hunt hit back.',
      'He said the plans would “wreck” public finances and “take us back to square one”.',
      'Mr Hunt added: “We will not gamble with people’s mortgages.”',
    ];
    const ents = people(ps, ['Jeremy Hunt', 'Hunt']);
    ents.push({ id: 'mr', name: 'Mr Hunt', type: 'person', mentions: [{ text: 'Mr Hunt', paragraph: 2, start: 0, end: 7 }] });
    expect(findQuotes(ps, ents).map((q) => q.speaker)).toEqual(['Jeremy Hunt', 'Jeremy Hunt', 'Jeremy Hunt']);
  });

  it('names a surname shared by relatives after the person introduced first', () => {
    const ps = [
      'Former president Donald Trump campaigned in Ohio with his son Donald Trump Jr. and Eric Trump.',
      '“We are going to win big,” Trump said.',
    ];
    const ents = people(ps, ['Donald Trump'], ['Donald Trump Jr.'], ['Eric Trump'], ['Trump']);
    expect(findQuotes(ps, ents).map((q) => q.speaker)).toEqual(['Donald Trump']);
  });

  it('resolves a pronoun to a name before it, not to a name later in its sentence', () => {
    const ps = [
      'Chancellor Jeremy Hunt hit back on Sunday.',
      'Writing in the Telegraph, he said Labour’s plans would “wreck the public finances”.',
    ];
    expect(findQuotes(ps, people(ps, ['Jeremy Hunt', 'Hunt'])).map((q) => q.speaker)).toEqual(['Jeremy Hunt']);
  });

  it('keeps a partial quote in an institution’s reported speech, and drops one after "so-called"', () => {
    const ps = [
      'The foreign ministry said in a statement that it “strongly condemns” the attacks.',
      'The government defended the so-called “reform” on Monday.',
    ];
    expect(said(findQuotes(ps, []))).toEqual(['null <= strongly condemns']);
  });

  it('keeps partial quotes with a speech verb and drops scare quotes', () => {
    const ps = ['Dawson said the talks were “very productive” and signed a “strategic partnership” with the firm’s “green” label.'];
    expect(said(findQuotes(ps, people(ps, ['Claire Dawson', 'Dawson'])))).toEqual(['Claire Dawson <= very productive']);
  });

  it('leaves unattributed quotes with a null speaker', () => {
    const ps = ['The sign on the door read “closed until further notice, by order of the council.”'];
    expect(findQuotes(ps, []).map((q) => q.speaker)).toEqual([null]);
  });
});

describe('findQuotes on bad input', () => {
  it('never throws on unbalanced marks and keeps offsets valid', () => {
    const marks = fc.constantFrom('“', '”', '"', '‘', '’', "'", '«', '»', '„', ' said ', ' Starmer', ' he', ', ', '. ', 'word', ' ', 'Ab Cd', ':');
    fc.assert(fc.property(fc.array(fc.array(marks, { maxLength: 40 }).map((a) => a.join('')), { maxLength: 6 }), (ps) => {
      const qs = findQuotes(ps, []);
      valid(ps, qs);
    }), { numRuns: 300 });
  });

  it('keeps offsets valid on any code points, lone surrogates included', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 80 }), { maxLength: 4 }), (ps) => {
      valid(ps, findQuotes(ps, []));
    }), { numRuns: 300 });
  });

  it('ends on a straight mark whose partner another mark took (was an endless loop)', () => {
    expect(findQuotes(['«"»"'], [])).toBeInstanceOf(Array);
  });

  it('accepts junk entities and arguments', () => {
    const bad = [{ id: 'x', name: '', type: 'person', mentions: [{ paragraph: 9, start: 5, end: 2, text: '' }] }] as unknown as Entity[];
    expect(() => findQuotes(['“Hello there, friends and neighbours,” he said.'], bad)).not.toThrow();
    expect(findQuotes(null as unknown as string[], null as unknown as Entity[])).toEqual([]);
  });

  it('handles a text of only quotes and mixed scripts', () => {
    const ps = ['“a b c d” “e f g h” “i j k l” “m n o p', '„Wir schaffen das“, sagte Angela Merkel. «Это правда», — сказал он. 「東京」'];
    valid(ps, findQuotes(ps, []));
  });

  it('runs in linear, bounded time on a 200,000-word page', () => {
    const chunk = '“We are meeting at a time of shocks,” Starmer said. He added: “This will help.” The ‘strategic’ plan isn’t "done" yet ';
    const make = (words: number): string[] => Array.from({ length: Math.ceil(words / 25 / 40) }, () => chunk.repeat(40));
    const time = (words: number): number => {
      const ps = make(words);
      const t0 = performance.now();
      findQuotes(ps, []);
      return performance.now() - t0;
    };
    time(20_000);
    const small = time(50_000);
    const big = time(200_000);
    expect(big).toBeLessThan(5_000);
    expect(big / Math.max(small, 1)).toBeLessThan(10);
    const t0 = performance.now();
    findQuotes([`“${'word '.repeat(200_000)}`, "'a ".repeat(50_000)], []);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
