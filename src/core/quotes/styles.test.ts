import { describe, expect, it } from 'vitest';
import { findQuotes } from './index.ts';
import { ents, said } from './test-helpers.ts';


describe('wording of political news', () => {
  it('does not read a capitalized verb form inside a name as a speech verb', () => {
    const ps = ['Mr. Ito, speaking through an interpreter, said that Japan and the United States “must stay close allies,” he added nothing more.'];
    expect(said(findQuotes(ps, ents(ps, ['Ken Ito', 'Ito'])))[0]).toBe('Ken Ito <= must stay close allies');
  });

  it('reads denounced … as “…” as attribution', () => {
    const ps = ['The ministry’s chief, Lena Voss, denounced the sanctions on Friday as “pure theatre.”'];
    expect(said(findQuotes(ps, ents(ps, ['Lena Voss'])))).toEqual(['Lena Voss <= pure theatre']);
  });

  it('keeps "Another was blunter:" an unnamed source', () => {
    const ps = ['“It will pass,” one aide said. Another was blunter: “It’s dead.”'];
    expect(said(findQuotes(ps, []))).toEqual(['null <= It will pass', 'null <= It’s dead']);
  });

  it('does not end a sentence at the dots of p.m.', () => {
    const ps = ['Governor Ruth Adler weighed in after 9 p.m., posting that lawmakers should “go home and rest.”'];
    expect(said(findQuotes(ps, ents(ps, ['Ruth Adler'])))).toEqual(['Ruth Adler <= go home and rest']);
  });

  it('reads a dash and a name after a whole-sentence quote as its signature', () => {
    const ps = ['QUOTE OF THE DAY: “Nobody here has read the bill.” — Sen. Paul Hinton, to reporters.'];
    expect(said(findQuotes(ps, ents(ps, ['Paul Hinton'])))).toEqual(['Paul Hinton <= Nobody here has read the bill']);
  });

  it('keeps "One Labour MP, who asked not to be named, told …" unnamed', () => {
    const ps = ['Alan Brook spoke first. One Labour MP, who asked not to be named, told the BBC: “The mood is grim.”'];
    expect(said(findQuotes(ps, ents(ps, ['Alan Brook'])))).toEqual(['null <= The mood is grim']);
  });

  it('gives a piece after a second verb of the same sentence to the same speaker', () => {
    const ps = [
      'Judge Ada Kerr wrote that the order “ignores the statute” and would leave tenants “with no remedy at all.” Others agreed.',
      'Mayor Tom Reyes said the council should “stop stalling” and pass the budget “TODAY!”',
    ];
    expect(said(findQuotes(ps, ents(ps, ['Ada Kerr'], ['Tom Reyes'])))).toEqual([
      'Ada Kerr <= ignores the statute',
      'Ada Kerr <= with no remedy at all',
      'Tom Reyes <= stop stalling',
      'Tom Reyes <= TODAY!',
    ]);
  });

  it('reads a quote followed by "of" as a phrase someone said, not the label of a thing', () => {
    const ps = ['Minister Joan Hale said she backed the “broad thrust” of the plan.'];
    expect(said(findQuotes(ps, ents(ps, ['Joan Hale'])))).toEqual(['Joan Hale <= broad thrust']);
  });
});

describe('sources that are not the people named', () => {
  it('keeps a spokesman apart from the person he speaks for', () => {
    const ps = ['The prime minister’s official spokesman said Sir Alan Pryce “fully backs” the plan.', 'Asked again, the spokesman said: “Absolutely.”'];
    expect(said(findQuotes(ps, ents(ps, ['Alan Pryce', 'Sir Alan Pryce'])))).toEqual(['null <= fully backs', 'null <= Absolutely']);
  });

  it('gives no person to a quote an institution said, and keeps its one-word quote', () => {
    const ps = ['Downing Street has said the policy “will not change”.', 'The White House defended the pause, saying the review was “routine”.'];
    expect(said(findQuotes(ps, []))).toEqual(['null <= will not change', 'null <= routine']);
  });

  it('reads a speech verb after a preposition as a noun', () => {
    const ps = ['The charity’s director, Nora Quill, said staff had been “swamped” with calls from older people.'];
    expect(said(findQuotes(ps, ents(ps, ['Nora Quill'])))).toEqual(['Nora Quill <= swamped']);
  });

  it('keeps a short partial quote an unnamed source said', () => {
    const ps = ['A senior party official said the two leaders would “find a way” before the vote.'];
    expect(said(findQuotes(ps, []))).toEqual(['null <= find a way']);
  });
});

describe('pronouns', () => {
  it('skips a possessive name that follows the sentence’s own subject pronoun', () => {
    const ps = [
      'Elena Ruiz won the vote, ending the long rule of Tomás Vidal.',
      'Asked whether she would keep Vidal’s weekly briefings, she smiled. “Yes, but shorter,” she said.',
    ];
    expect(said(findQuotes(ps, ents(ps, ['Elena Ruiz', 'Ruiz'], ['Tomás Vidal', 'Vidal'])))).toEqual(['Elena Ruiz <= Yes, but shorter']);
  });

  it('still reads a possessive pronoun before the name as the same person', () => {
    const ps = ['In her first speech as leader, Ana Moss was defiant. “I am staying,” she said.'];
    expect(said(findQuotes(ps, ents(ps, ['Ana Moss'])))).toEqual(['Ana Moss <= I am staying']);
  });
});

describe('US and institutional conventions', () => {
  it('keeps a person whose name holds an institution-like word', () => {
    const ps = ['“We will fix it,” said Sen. Bill Oakes, the Iowa Republican.', '“It was a mistake,” Dana West said.'];
    expect(said(findQuotes(ps, ents(ps, ['Bill Oakes'], ['Dana West'])))).toEqual(['Bill Oakes <= We will fix it', 'Dana West <= It was a mistake']);
  });

  it('reads past a party and state tag with a dot ("Jane Roe, D-Calif., said")', () => {
    const ps = ['Rep. Jane Roe, D-Calif., said Republicans were “playing games.”', '“It is done,” said Sen. Tom Pike, R-Texas, in a statement.'];
    expect(said(findQuotes(ps, ents(ps, ['Jane Roe'], ['Tom Pike'])))).toEqual(['Jane Roe <= playing games', 'Tom Pike <= It is done']);
  });

  it('reads past a bracketed party tag before the verb ("Chuck Rowe (D-N.Y.) said")', () => {
    const ps = ['Sen. Chuck Rowe (D-N.Y.) said the bill would “lower costs for families.”', 'Rep. Ann Lutz (R-Colo.) told reporters: “We are not done.”'];
    expect(said(findQuotes(ps, ents(ps, ['Chuck Rowe'], ['Ann Lutz'])))).toEqual(['Chuck Rowe <= lower costs for families', 'Ann Lutz <= We are not done']);
  });
});

describe('French attribution in bilingual news', () => {
  it('reads "a déclaré", "a répondu X" and "a-t-il lancé"', () => {
    const ps = [
      'Le ministre Paul Girard a déclaré: «Nous tiendrons bon.»',
      '« C’est une faute », a répondu Claire Dumas, cheffe de l’opposition.',
      'Girard left the chamber. « C’est faux », a-t-il lancé.',
    ];
    expect(said(findQuotes(ps, ents(ps, ['Paul Girard', 'Girard'], ['Claire Dumas'])))).toEqual([
      'Paul Girard <= Nous tiendrons bon',
      'Claire Dumas <= C’est une faute',
      'Paul Girard <= C’est faux',
    ]);
  });
});

describe('Spanish and German attribution verbs', () => {
  it('reads "dijo X" and "sagte X" like "said X"', () => {
    const ps = ['“No vamos a ceder”, dijo Lucía Ortega en su conferencia.', '„Wir halten zusammen“, sagte Jonas Weber am Montag.'];
    expect(said(findQuotes(ps, ents(ps, ['Lucía Ortega'], ['Jonas Weber'])))).toEqual(['Lucía Ortega <= No vamos a ceder', 'Jonas Weber <= Wir halten zusammen']);
  });
});

describe('clauses about a quote', () => {
  it('does not take the subject of "a claim Labour called …" as the speaker of the quote before it', () => {
    const ps = ['Party leader Ned Fairly said the unrest came from “fear and unease”, a claim Labour called “disgraceful”.'];
    expect(said(findQuotes(ps, [...ents(ps, ['Ned Fairly']), ...ents(ps, ['org:Labour'])]))).toEqual(['Ned Fairly <= fear and unease', 'null <= disgraceful']);
  });
});

describe('titles of works', () => {
  it('skips a quoted show or book title and still reads the quote after it', () => {
    const ps = [
      'Sen. Amy Lund said on CBS’s “Face the Nation” that the deal was “dead on arrival.”',
      'Her new book, “The Road to Yes,” comes out next week.',
    ];
    expect(said(findQuotes(ps, ents(ps, ['Amy Lund'])))).toEqual(['Amy Lund <= dead on arrival']);
  });

  it('reads "…”, telling parliament …" as the sentence subject speaking, not the audience', () => {
    const ps = ['Premier Jo Kerr rejected the plan as “a fantasy”, telling parliament the Coalition had “no costings”.'];
    expect(said(findQuotes(ps, ents(ps, ['Jo Kerr'])))).toEqual(['Jo Kerr <= a fantasy', 'Jo Kerr <= no costings']);
  });

  it('names the speaker in "“…,” X’s former chief of staff, Y, said"', () => {
    const ps = ['Governor Ann Pace declined to comment.', '“She is unfit,” Pace’s former chief of staff, Mark Toll, said.'];
    expect(said(findQuotes(ps, ents(ps, ['Ann Pace', 'Pace'], ['Mark Toll'])))).toEqual(['Mark Toll <= She is unfit']);
  });
});

describe('verbs after modals', () => {
  it('reads "would respond" as reported content, so the attribution is the "said" before it', () => {
    const ps = ['Commission President Eva Lind said the bloc would respond “firmly and proportionately.”'];
    expect(said(findQuotes(ps, ents(ps, ['Eva Lind'])))).toEqual(['Eva Lind <= firmly and proportionately']);
  });
});

describe('quote paragraphs with no attribution', () => {
  it('gives a lone quote paragraph to the person the paragraph before it opens on', () => {
    const ps = [
      '“We need more buses,” council member Laura Pell said at the meeting.',
      'Mayor Brian Oakes disagreed sharply with the plan.',
      '“We cannot afford it. Not this year.”',
    ];
    expect(said(findQuotes(ps, ents(ps, ['Laura Pell'], ['Brian Oakes'])))[1]).toBe('Brian Oakes <= We cannot afford it. Not this year');
  });

  it('keeps the last speaker when the paragraph before names someone only in passing', () => {
    const ps = [
      '“We need more buses,” council member Laura Pell said at the meeting.',
      'The plan was first proposed by Mayor Brian Oakes in 2019.',
      '“It is long overdue.”',
    ];
    expect(said(findQuotes(ps, ents(ps, ['Laura Pell'], ['Brian Oakes'])))[1]).toBe('Laura Pell <= It is long overdue');
  });

  it('gives a quote sentence to the person the sentence before it in the paragraph opens on', () => {
    const ps = ['Sen. Jo Barr did not mince words. “This is a disaster.”', 'The plan was proposed by Mayor Ann Lutz. “It is overdue.”'];
    expect(said(findQuotes(ps, ents(ps, ['Jo Barr'], ['Ann Lutz'])))).toEqual(['Jo Barr <= This is a disaster', 'null <= It is overdue']);
  });

  it('grows a lone surname the tagger cut to the given name before it ("Rep. Summer Lee")', () => {
    const ps = ['Rep. Summer Vale was blunt: “They lied.”'];
    expect(said(findQuotes(ps, ents(ps, ['Vale'])))).toEqual(['Summer Vale <= They lied']);
  });
});
