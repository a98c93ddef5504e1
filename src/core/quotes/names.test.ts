import { describe, expect, it } from 'vitest';
import { findQuotes } from './index.ts';
import { ents, said } from './test-helpers.ts';
import type { Entity } from '../types.ts';


describe('names from the tagger', () => {
  it('drops the title of a titled name the tagger typed as an organization', () => {
    const ps = ['Justice Maria Olsen wrote in dissent: “This is wrong.”'];
    expect(said(findQuotes(ps, ents(ps, ['org:Justice Maria Olsen'])))).toEqual(['Maria Olsen <= This is wrong']);
  });

  it('reads a capitalized word before a person mention as a title ("the Tánaiste")', () => {
    const ps = ['Tánaiste Liam Doyle met unions.', '“We will pay,” the Tánaiste said.'];
    expect(said(findQuotes(ps, ents(ps, ['Liam Doyle'])))).toEqual(['Liam Doyle <= We will pay']);
  });

  it('drops a leading word the text also uses after "the" from a tagger name', () => {
    const ps = ['Tánaiste Liam Doyle met unions.', '“We will pay,” the Tánaiste said.'];
    expect(said(findQuotes(ps, ents(ps, ['Tánaiste Liam Doyle'])))).toEqual(['Liam Doyle <= We will pay']);
  });

  it('gives a two-word surname entity the full name that ends with it', () => {
    const ps = ['President Juan Carlos Ruiz Soto spoke.', '“We won,” Ruiz Soto said.'];
    expect(said(findQuotes(ps, ents(ps, ['Juan Carlos Ruiz Soto'], ['org:Ruiz Soto'])))).toEqual(['Juan Carlos Ruiz Soto <= We won']);
  });

  it('reads "Secretary of State" and "Minister for Health" as titles before the name', () => {
    const ps = ['U.S. Secretary of State Dana Whitlock said the talks would cover “every open question.”', 'Minister for Health Orla Byrne said beds were “on the way.”'];
    expect(said(findQuotes(ps, ents(ps, ['Dana Whitlock'], ['Orla Byrne'])))).toEqual(['Dana Whitlock <= every open question', 'Orla Byrne <= on the way']);
  });

  it('picks the person of a shared surname that the honorific fits', () => {
    const ps = [
      'Senator Rita Sandoval and her husband, Hugo Sandoval, a builder, face questions.',
      'Ms. Sandoval said she had done nothing wrong.',
      '“My wife never helped my firm,” Mr. Sandoval said.',
    ];
    // The tagger gave every bare "Sandoval" to the senator.
    const at = (paragraph: number, text: string, from = 0): Entity['mentions'][number] => {
      const start = ps[paragraph]!.indexOf(text, from);
      return { text, paragraph, start, end: start + text.length };
    };
    const es: Entity[] = [
      { id: 'a', name: 'Rita Sandoval', type: 'person', mentions: [at(0, 'Rita Sandoval'), at(1, 'Sandoval'), at(2, 'Sandoval')] },
      { id: 'b', name: 'Hugo Sandoval', type: 'person', mentions: [at(0, 'Hugo Sandoval')] },
    ];
    expect(said(findQuotes(ps, es))).toEqual(['Hugo Sandoval <= My wife never helped my firm']);
  });
});

describe('couples who share a surname', () => {
  it('reads Mr. and Mrs. apart, and takes no gender from pronouns inside quotes', () => {
    const ps = [
      'Helen Marsh and former Governor Carl Marsh campaigned together on Saturday.',
      '“This election is about the future,” Mrs. Marsh told the crowd.',
      '“I have never seen stakes this high,” Mr. Marsh said later.',
      'Carl Marsh added that the race was “too close to call.”',
      '“She is ready,” the former governor said.',
      'Ms. Marsh, asked about the polls, said: “I don’t read them.”',
    ];
    // The tagger gives every bare "Marsh" to the first Marsh it met.
    const at = (paragraph: number, text: string): Entity['mentions'][number] => {
      const start = ps[paragraph]!.indexOf(text);
      return { text, paragraph, start, end: start + text.length };
    };
    const es: Entity[] = [
      { id: 'a', name: 'Helen Marsh', type: 'person', mentions: [at(0, 'Helen Marsh'), at(1, 'Marsh'), at(2, 'Marsh'), at(5, 'Marsh')] },
      { id: 'b', name: 'Carl Marsh', type: 'person', mentions: [at(0, 'Carl Marsh'), at(3, 'Carl Marsh')] },
    ];
    expect(said(findQuotes(ps, es)).map((x) => x.split(' <= ')[0])).toEqual(['Helen Marsh', 'Carl Marsh', 'Carl Marsh', 'Carl Marsh', 'Helen Marsh']);
  });
});

describe('datelines and honorifics', () => {
  it('gives ", saying" the sentence subject past a dateline dash', () => {
    const ps = ['ACCRA — President Kofi Mensah on Monday defended the budget, saying it would save the country “billions of cedis.”'];
    expect(said(findQuotes(ps, ents(ps, ['Kofi Mensah'])))).toEqual(['Kofi Mensah <= billions of cedis']);
  });

  it('drops an honorific such as Alhaji from a tagger name', () => {
    const ps = ['Alhaji Sani Bello, a trader in Kano, said prices had tripled. “We cannot cope,” he said.'];
    expect(said(findQuotes(ps, ents(ps, ['Alhaji Sani Bello'])))).toEqual(['Sani Bello <= We cannot cope']);
  });
});

describe('titles the cast records', () => {
  it('does not give the words before a name to it unless a title stands next to it', () => {
    const ps = [
      'President-elect Dana Holt named Rita Voss as her chief of staff.',
      'Voss, who ran the campaign, said she was “honored.”',
      'The president-elect added that Voss would “keep the trains running.”',
    ];
    expect(said(findQuotes(ps, ents(ps, ['Dana Holt'], ['Rita Voss', 'Voss'])))).toEqual(['Rita Voss <= honored', 'Dana Holt <= keep the trains running']);
  });
});
