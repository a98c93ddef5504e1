import { describe, expect, it } from 'vitest';
import { scanCues } from './cues.ts';
import { isReportedEvent, type NameSpan } from './reported-event.ts';
import { tokenize } from './tokens.ts';

/** Names given as the entity layer would: each listed word's offsets in the text, with a type. */
function names(text: string, spans: Array<[string, NameSpan['type']]>): NameSpan[] {
  return spans.map(([w, type]) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, type }));
}

function reported(text: string, spans: Array<[string, NameSpan['type']]> | null): boolean {
  const toks = tokenize(text);
  return isReportedEvent(toks, scanCues(toks), spans ? names(text, spans) : null);
}

describe('reported events', () => {
  it('takes a third-person event with a named person and place as a report', () => {
    const s = 'The meeting comes just after Morales’ trip to Lima';
    expect(reported(s, [['Morales', 'person'], ['Lima', 'place']])).toBe(true);
    expect(reported(s, null)).toBe(true);
  });

  it('takes one named actor pinned to a date', () => {
    expect(reported('The senator resigned from Acme Corp on Tuesday.', [['Acme Corp', 'organization']])).toBe(true);
  });

  it('leaves first- and second-person anecdotes to the model', () => {
    expect(reported('I went to Beijing and met with President Xi.', [['Beijing', 'place'], ['Xi', 'person']])).toBe(false);
    expect(reported('You visited Paris with Mr. Dupont.', [['Paris', 'place'], ['Dupont', 'person']])).toBe(false);
  });

  it('leaves questions, commentary and name-less sentences out', () => {
    expect(reported('Did Lopez meet Kim in Seoul?', [['Lopez', 'person'], ['Kim', 'person'], ['Seoul', 'place']])).toBe(false);
    expect(reported('The visit to Oslo underscores Norway’s shift.', [['Oslo', 'place'], ['Norway', 'place']])).toBe(false);
    expect(reported('The meeting ended after the vote.', [])).toBe(false);
  });

  it('wants the event anchored in a named place or a date', () => {
    expect(reported('Senator Lopez criticized Governor Kim’s record.', [['Lopez', 'person'], ['Kim', 'person']])).toBe(false);
    expect(reported('Senator Lopez criticized Governor Kim’s record.', null)).toBe(false);
    expect(reported('Senator Lopez criticized Governor Kim in Ohio.', [['Lopez', 'person'], ['Kim', 'person'], ['Ohio', 'place']])).toBe(true);
  });

  it('does not count nationality adjectives as participants', () => {
    expect(reported('Japanese officials met after the summit.', [['Japanese', 'misc']])).toBe(false);
  });
});
