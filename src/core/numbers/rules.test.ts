/**
 * Boundary and type rules added after the fresh3 first look: each case states an OntoNotes convention
 * in a sentence of its own (none is a fixture sentence), so the rule is tested, not the fixture.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers } from './index.ts';

const pick = (text: string): string[] => findNumbers([text], { published: '2026-01-31' }).map((n) => `${n.text}|${n.kind}`);

describe('clock times and durations', () => {
  it('keeps an approximator with the clock time it modifies', () => {
    expect(pick('The blast was heard at about 11:40 p.m. on Saturday.')).toEqual(['about 11:40 p.m.|time', 'Saturday|date']);
    expect(pick('Doors open around 9 a.m.')).toEqual(['around 9 a.m.|time']);
    expect(pick('It collapsed at roughly 6:15am.')).toEqual(['roughly 6:15am|time']);
  });

  it('reads a duration in falling units as one span', () => {
    expect(pick('She won in 2 hours, 14 minutes and 4 seconds.')).toEqual(['2 hours, 14 minutes and 4 seconds|time']);
    expect(pick('The climb took three hours, then 20 hours more.')).toEqual(['three hours|time', '20 hours|time']);
  });

  it('takes "an hour" before "before"/"after" or after a preposition of time', () => {
    expect(pick('Crowds gathered an hour before the speech.')).toEqual(['an hour|time']);
    expect(pick('The talks ended in an hour.')).toEqual(['an hour|time']);
    expect(pick('Nurses earn too little an hour.')).toEqual([]);
  });
});

describe('periods written "X to Y"', () => {
  it('joins two dates or two clock times into one period, leaving "from" out', () => {
    expect(pick('From 1998 to 2004 he ran the bank.')).toEqual(['1998 to 2004|date']);
    expect(pick('The office is open from 9am to 1pm, Monday to Friday.')).toEqual(['9am to 1pm|time', 'Monday to Friday|date']);
  });

  it('keeps two dates apart after a verb that moves one to the other', () => {
    expect(pick('The vote was moved from May 4 to May 18.')).toEqual(['May 4|date', 'May 18|date']);
  });

  it('does not join durations', () => {
    expect(pick('Sentences range from five years to life.')).toEqual(['five years|date']);
  });
});

describe('identifiers that are not values', () => {
  it('skips phone numbers, written with hyphens, spaces or after "call"/"text"', () => {
    expect(pick('Call 1-888-555-0123 for details.')).toEqual([]);
    expect(pick('Ring 0161 496 0000 or text 80088.')).toEqual([]);
  });

  it('skips case and reference codes but keeps hyphenated ages and dates', () => {
    expect(pick('The file, 3:19-cv-00456, was sealed.')).toEqual([]);
    expect(pick('Invoice 5521-8830-204 is unpaid.')).toEqual([]);
    expect(pick('A 45-year-old was held on 2025-11-03.')).toEqual(['45-year-old|date', '2025-11-03|date']);
  });

  it('skips a street block number', () => {
    expect(pick('Shots were fired in the 2300 block of Oak Avenue.')).toEqual([]);
  });

  it('keeps two plain numbers in a row', () => {
    expect(pick('In 2020 500 people died.')).toEqual(['2020|date', '500|count']);
  });
});

describe('bare ages are dates', () => {
  it('reads an age after "turned", "aged", "at age", "then" and "she was"', () => {
    expect(pick('The senator, who turned 71 last week, said no.')).toEqual(['71|date', 'last week|date']);
    expect(pick('A woman aged 64 was hurt.')).toEqual(['64|date']);
    expect(pick('He left school at age 15.')).toEqual(['15|date']);
    expect(pick('Her brother, then 22, was driving.')).toEqual(['22|date']);
    expect(pick('She was 8 when the war began.')).toEqual(['8|date']);
  });

  it('keeps counts that only look like ages', () => {
    expect(pick('He turned 3 shots into goals.')).toEqual(['3|count']);
    expect(pick('The team was 4 points clear.')).toEqual(['4|count']);
    expect(pick('It was one of many.')).toEqual(['one|count']);
  });
});

describe('dates framed by "the" and tokenized ranges', () => {
  it('reads fiscal quarters and years with their determiner', () => {
    expect(pick('Profit fell in the fiscal second quarter.')).toEqual(['the fiscal second quarter|date']);
    expect(pick('It will close by the end of the fiscal year.')).toEqual(['the end of the fiscal year|date']);
    expect(pick('Sales rose in the July-September quarter.')).toEqual(['the July-September quarter|date']);
  });

  it('reads "the 9th of May" and a bare "the 21st" after a month', () => {
    expect(pick('He was born on the 9th of October.')).toEqual(['the 9th of October|date']);
    expect(pick('The hearing went from January 4 to the 21st.')).toEqual(['January 4|date', 'the 21st|date']);
    expect(pick('She birdied the 17th.')).toEqual(['17th|ordinal']);
  });

  it('reads day and year ranges with a spaced hyphen', () => {
    expect(pick('The poll was taken Nov. 2 - 5 .')).toEqual(['Nov. 2 - 5|date']);
    expect(pick('The 1986 - 89 program ended .')).toEqual(['1986 - 89|date']);
  });

  it('counts quarters after "the last"/"the past" and reads a year before a results noun', () => {
    expect(pick('Margins fell in the past two quarters.')).toEqual(['the past two quarters|date']);
    expect(pick('Three quarters of voters agreed.')).toEqual(['Three quarters|count']);
    expect(pick('Analysts cut their 2027 forecasts.')).toEqual(['2027|date']);
  });
});

describe('money, measurements and modifiers', () => {
  it('reads Korean won after a scale word but not the verb', () => {
    expect(pick('Profit hit 3.1 trillion won.')).toEqual(['3.1 trillion won|money']);
    expect(pick('The party won 2 million votes.')).toEqual(['2 million|count']);
  });

  it('keeps an hourly wage whole', () => {
    expect(pick('Cleaners earn $ 12.50 an hour .')).toEqual(['$ 12.50 an hour|money']);
  });

  it('reads feet and inches, stones, glued temperatures and "minus"', () => {
    expect(pick('He stands 6ft 2in and weighs 15 stone.')).toEqual(['6ft 2in|quantity', '15 stone|quantity']);
    expect(pick('It reached 38.5C, or 101F.')).toEqual(['38.5C|quantity', '101F|quantity']);
    expect(pick('Nights fell to minus 12 degrees.')).toEqual(['minus 12 degrees|quantity']);
    expect(pick('Seat 14C was empty.')).toEqual([]);
  });

  it('reads a race distance with a glued "m" as metres, not millions', () => {
    expect(pick('She won the 200m at the trials.')).toEqual(['200m|quantity']);
    expect(pick('It raised the 200m it needed.')).toEqual(['200m|count']);
  });

  it('tells "a third to roads" (a share) from "a third to win" (a rank)', () => {
    expect(pick('A fifth went to roads and a third to schools.')).toEqual(['A fifth|count', 'a third|count']);
    expect(pick('She is a third to finish.')).toEqual(['third|ordinal']);
  });

  it('keeps "another" with a period and "over" out when it means "during"', () => {
    expect(pick('They may stay another two years.')).toEqual(['another two years|date']);
    expect(pick('The firm will hire another 300 staff.')).toEqual(['300|count']);
    expect(pick('Costs are spread over ten years.')).toEqual(['ten years|date']);
    expect(pick('The job took over ten years.')).toEqual(['over ten years|date']);
    expect(pick('He served over two decades in the navy.')).toEqual(['over two decades|date']);
  });

  it('reads "2 March" and a tokenized set score after a name', () => {
    expect(pick('Fares rise from 2 March.')).toEqual(['2 March|date']);
    expect(pick('Nadal beat Ruud 6 - 3 , 6 - 4 .')).toEqual(['6 - 3|count', '6 - 4|count']);
  });

  it('leaves an ordinal inside a name', () => {
    expect(pick('The 9th Circuit agreed.')).toEqual([]);
    expect(pick('It was her 9th title.')).toEqual(['9th|ordinal']);
  });
});

describe('wire-style finance text', () => {
  it('reads Deutsche marks only after a decimal or a scale word', () => {
    expect(pick('The dollar closed at 1.8350 marks .')).toEqual(['1.8350 marks|money']);
    expect(pick('She scored 80 marks in the test.')).toEqual(['80|count']);
  });

  it('keeps "the" with a counted period', () => {
    expect(pick('For the nine months , profit fell .')).toEqual(['the nine months|date']);
  });

  it('reads a year before a singular noun but not before a plural', () => {
    expect(pick('Shares fell after the 1987 crash .')).toEqual(['1987|date']);
    expect(pick('Officials moved the 2000 people out.')).toEqual(['2000|count']);
    expect(pick('They filed 1500 forms.')).toEqual(['1500|count']);
  });

  it('leaves a capitalized number word that closes a name', () => {
    expect(pick('Sales at the Big Three fell.')).toEqual([]);
    expect(pick('Ministers of the Group of Seven met.')).toEqual([]);
  });
});

describe('signs, clocks and South Asian scales', () => {
  it('keeps a glued minus sign with the value', () => {
    expect(pick('It fell to -5C overnight.')).toEqual(['-5C|quantity', 'overnight|time']);
    expect(pick('Output shrank -0.4% on the year.')).toEqual(['-0.4%|percent']);
    expect(pick('They won 3-2.')).toEqual(['3-2|count']);
  });

  it('reads clock times with a leading zero and four-digit times with a zone', () => {
    expect(pick('It landed at 06:45 GMT.')).toEqual(['06:45 GMT|time']);
    expect(pick('The 0800 GMT deadline passed.')).toEqual(['0800 GMT|time']);
  });

  it('reads crore and lakh, and a rate after a money range', () => {
    expect(pick('The scheme costs Rs 1,200 crore.')).toEqual(['Rs 1,200 crore|money']);
    expect(pick('Diesel sold for $4-$5 a gallon.')).toEqual(['$4-$5 a gallon|money']);
  });
});

describe('compound periods and period codes', () => {
  it('reads a period in falling calendar units as one span', () => {
    expect(pick('She served 3 years and 6 months.')).toEqual(['3 years and 6 months|date']);
    expect(pick('It lasted 40 days and 40 nights.')).toEqual(['40 days and 40 nights|date']);
    expect(pick('They spent three days and two years there.')).toEqual(['three days|date', 'two years|date']);
  });

  it('reads quarter and half-year codes but not product codes', () => {
    expect(pick('Sales rose in Q2 2025 and H2.')).toEqual(['Q2 2025|date', 'H2|date']);
    expect(pick('The H5N1 strain and the Q7 model.')).toEqual([]);
  });

  it('joins "from X until Y"', () => {
    expect(pick('He ruled from 1979 until 1990.')).toEqual(['1979 until 1990|date']);
  });
});

describe('counted periods of a year', () => {
  it('reads "the first nine months of 1989" as one date', () => {
    expect(pick('Sales for the first nine months of 2024 rose .')).toEqual(['the first nine months of 2024|date']);
    expect(pick('He left in the last two weeks of the year.')).toEqual(['the last two weeks of the year|date']);
  });
});

describe('ages, decades of life and clock-unit periods (from the fresh4 first look)', () => {
  it('reads ages after a person noun, "who is", and an earlier "age"', () => {
    expect(pick('The widow , 74 , lives alone .')).toEqual(['74|date']);
    expect(pick('The judge, who is 70, retired.')).toEqual(['70|date']);
    expect(pick('The voting age fell to 16 in 2020.')).toEqual(['16|date', '2020|date']);
    expect(pick('The winner, 2, and the loser, 3, met.')).toEqual(['2|count', '3|count']);
    expect(pick('The total rose to 67 by May.')).toEqual(['67|count', 'May|date']);
  });

  it('reads "his 40s" with the possessive', () => {
    expect(pick('A man in his 50s was arrested.')).toEqual(['his 50s|date']);
    expect(pick('She is in her late twenties.')).toEqual(['her late twenties|date']);
  });

  it('types a counted period in hours as TIME and reads "the December quarter"', () => {
    expect(pick('Snow is due over the next 36 hours.')).toEqual(['the next 36 hours|time']);
    expect(pick('Profit rose in the June quarter.')).toEqual(['the June quarter|date']);
  });

  it('reads "the year" after a superlative and a period ending at midnight', () => {
    expect(pick('It was the hottest day of the year.')).toEqual(['the year|date']);
    expect(pick('He was named Person of the Year.')).toEqual([]);
    expect(pick('Bars stay open from 6pm until midnight.')).toEqual(['6pm until midnight|time']);
  });
});
