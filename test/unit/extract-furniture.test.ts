/** Line-level furniture rules: labels go, look-alike story sentences stay. Also bounded on huge input. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DROP, isAuthorBio, isEndNote, isRightsLine, KEEP, keepBlock } from '../../src/core/extract/furniture.ts';
import type { Block } from '../../src/core/extract/walk.ts';

const el = parseHTML('<p id="p">x</p>').document.getElementById('p') as unknown as Element;
const block = (text: string, linkChars = 0, tag = 'p'): Block => ({ el, tag, text, linkChars, index: 5 });
const verdict = (text: string, linkChars = 0, position = 5) => keepBlock(block(text, linkChars), position, 'some headline');

describe('keepBlock', () => {
  it('drops labels and furniture lines', () => {
    for (const t of ['- Advertisement -', 'ADVERTISEMENT', 'Story continues below advertisement', 'Updated: March 3, 2024 10:02 a.m.',
      'June 2, 2025', 'Follow Sam Reid on Twitter: @samreid', 'Image caption, A crowd at the station']) {
      expect([t, verdict(t)]).toEqual([t, DROP]);
    }
    expect(verdict('Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC')).toBe(DROP);
    for (const t of ['Top photo by Joan Bardeletti', 'Follow Backchannel: Twitter | Facebook', 'Promoted By Zergnet', 'Powered by SmartAsset.com',
      'CNNMoney (New York) First published February 1, 2016: 1:28 AM ET', '[责任编辑:肖春芳]', '图注：奥尔德林的圣餐杯回到了地球上', '原标题：他晚于阿姆斯特朗登月']) {
      expect([t, verdict(t)]).toEqual([t, DROP]);
    }
    expect(verdict('Photos by cmgirl (Shutterstock), Macrovector (Shutterstock), J E Theriot, davidd.')).toBe(DROP);
    expect(keepBlock(block('(All photos: Atlas staff)'), 0, '')).toBe(DROP);
    expect(keepBlock(block('EXCLUSIVE'), 0, '')).toBe(DROP);
    expect(keepBlock(block('Posted by Andrew Hayden, Software Engineer on Google Play'), 0, '')).toBe(DROP);
    for (const t of ['JIM WATSON/AFP/Getty Images', '(AP Photo/Evan Vucci)', 'Jane Roe | Reuters', 'Kevin Frayer/Getty Images']) {
      expect([t, verdict(t)]).toEqual([t, DROP]);
    }
    // A caption set as a paragraph, told by the picture credit it ends with.
    for (const t of ['Netanyahu reacts at the Western Wall on March 18 after the vote. (Thomas Coex/AFP/Getty Images)',
      'The rocket on its launch pad in Baikonur on Tuesday.(Oleg Urusov/ Roscosmos Press Service photo via AP)',
      'Supporters cheer at the rally in Ohio. (AP Photo/Evan Vucci)']) {
      expect([t, verdict(t)]).toEqual([t, DROP]);
    }
    expect(verdict('The agency said the figures (released on Monday via its website) were final.')).toBe(KEEP);
    expect(verdict('The photo was sold to AP.')).toBe(KEEP);
    expect(verdict('Shares rose 4% on the news, Reuters reported / AP')).toBe(KEEP);
    for (const t of ['1 / 5', '102', '+10', '图为马素湘在澳大利亚悉尼游玩时的近影。']) expect([t, verdict(t)]).toEqual([t, DROP]);
    expect(keepBlock(block('1 / 5', 0, 'td'), 5, '')).toBe(KEEP);
    expect(keepBlock(block('NASA'), 4, '')).toBe(KEEP);
    expect(verdict('Photos by the agency showed the ship listing. Officials declined to comment.')).toBe(KEEP);
    expect(verdict('Read also: EU weighs new stockpiles', 25)).toBe(DROP);
    expect(verdict('Learn More: Seven Tips for Repurposing Video Content', 40)).toBe(DROP);
    expect(verdict('Learn more about the programme in the council’s report, published on Monday.', 20)).toBe(KEEP);
    expect(verdict('[Read: Why the vote matters]', 20)).toBe(DROP);
    expect(keepBlock(block('By Jane Doe, Reuters'), 0, '')).toBe(DROP);
    expect(keepBlock(block('Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger'), 1, '')).toBe(DROP);
    expect(keepBlock(block('The vote at 10:30 was won by Labour, officials said.'), 1, '')).toBe(KEEP);
    // The headline repeated as a heading, or as the first block.
    expect(keepBlock(block('Some Headline!', 0, 'h2'), 4, 'some headline')).toBe(DROP);
    expect(keepBlock(block('Some headline'), 0, 'some headline')).toBe(DROP);
  });
  it('keeps story sentences that merely look alike', () => {
    for (const t of ['Published in 2019, the report found that rents had doubled.', 'By Monday, the city had reopened the bridge.',
      'Shares of the company fell 5 percent.', 'Advertising revenue fell for the third quarter in a row, the company said.',
      'Watchdogs said the plan was unlawful.', 'Powered by solar panels, the ferry crossed the bay in an hour.',
      'The study, first published March 3, 2019, found that rents had doubled.', 'Photographers followed her on Twitter for years.']) {
      expect([t, verdict(t)]).toEqual([t, KEEP]);
    }
    expect(keepBlock(block('By Monday, the city had reopened the bridge.'), 0, '')).toBe(KEEP);
    // Dates in tables, lists and code are data, not time stamps.
    expect(keepBlock(block('April 2014', 0, 'td'), 5, '')).toBe(KEEP);
    // A linked cell of a kept table is data; the same words as a paragraph are a link line.
    expect(keepBlock(block('Kernel 4.2.3', 12, 'td'), 5, '')).toBe(KEEP);
    expect(keepBlock(block('Kernel 4.2.3', 12, 'p'), 5, '')).toBe(DROP);
    expect(keepBlock(block('2, 3, 5, 2, 3, 12', 0, 'pre'), 5, '')).toBe(KEEP);
    expect(verdict('On May 3, 2024, the council voted.')).toBe(KEEP);
    // A subhead that opens with a label word is a sentence, not a label.
    expect(keepBlock(block('Video is the Ultimate Engagement Tool for Marketers', 0, 'h2'), 9, '')).toBe(KEEP);
    expect(verdict('Source code is now public')).toBe(KEEP);
    for (const t of ['Video', 'Photo: Jane Roe', 'Video | 2:31', 'Watch the video']) expect([t, verdict(t)]).toEqual([t, DROP]);
  });
  it('stays fast on a 200,000-word line', () => {
    const huge = Array.from({ length: 200_000 }, (_, i) => (i % 9 === 0 ? 'Updated, 12 ' : 'word')).join(' ');
    const t0 = performance.now();
    verdict(huge);
    verdict(`[${huge}]`, 10);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe('isAuthorBio', () => {
  it('recognizes notes about the writer', () => {
    for (const t of ['Erin Cunningham is an Egypt-based correspondent for The Post. She previously covered conflicts in the region.',
      'Steven Mufson covers the White House. Since joining The Post, he has covered economics and energy.',
      'Nelson D. Schwartz has covered economics since 2012.', 'Lucas Nolan is a reporter for Breitbart Tech covering free speech.',
      'Jennifer Jett is the Asia Digital Editor for NBC News, based in Hong Kong.', 'LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR',
      'Ben Silverman is on Twitter at ben_silverman.', 'You can follow Jane Roe on Twitter @janeroe.']) {
      expect([t, isAuthorBio(t)]).toEqual([t, true]);
    }
  });
  it('leaves story sentences alone', () => {
    for (const t of ['The ministry is a key partner for the region, officials said.', 'Shares of the company fell 5 percent on Tuesday.',
      '“We have nothing to fear,” he said of himself and fellow members.', 'Heba Habib contributed to this report.',
      'Officials are worried about the number of militants who may have joined the fighting.',
      'The Prime Minister is on Twitter at all hours, aides complained.', 'The company is on Facebook and Instagram, where it posts daily.']) {
      expect([t, isAuthorBio(t)]).toEqual([t, false]);
    }
  });
  it('tells a rights notice from a sentence about licences', () => {
    expect(isRightsLine('© 2024 The Coast Courier. All rights reserved.')).toBe(true);
    expect(isRightsLine('This website is licensed under a Creative Commons Attribution-Share Alike 3.0 License.')).toBe(true);
    expect(isRightsLine('The city licensed the land to a developer in 2019.')).toBe(false);
    expect(isEndNote('A version of this article appears in print on Page A22 of the New York edition.')).toBe(true);
    expect(isEndNote('This article was originally published on The Conversation.')).toBe(false);
    expect(isEndNote('This story has been shared more than 10,000 times since Monday.')).toBe(false);
    expect(isEndNote('A version of the bill passed the Senate last year.')).toBe(false);
  });
  it('stays fast on a 200,000-word line', () => {
    const huge = Array.from({ length: 200_000 }, (_, i) => (i % 7 === 0 ? 'Anna Lee is a' : 'Word')).join(' ');
    const t0 = performance.now();
    isAuthorBio(huge);
    isAuthorBio(huge.slice(0, 600));
    expect(performance.now() - t0).toBeLessThan(200);
  });
});
