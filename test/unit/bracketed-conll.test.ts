import { describe, expect, it } from 'vitest';
import { parseBracketed, toConll } from '../../scripts/ner/bracketed-to-conll.ts';

describe('bracketed entity text to CoNLL', () => {
  it('strips the marks and keeps each entity on its own characters', () => {
    const { text, spans } = parseBracketed('[PER Abel Tasman] reached [LOC New Zealand].');
    expect(text).toBe('Abel Tasman reached New Zealand.');
    expect(spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`)).toEqual(['PER:Abel Tasman', 'LOC:New Zealand']);
  });

  it('writes IOB2 tags per token, sentences apart, and leaves part-token entities out', () => {
    const conll = toConll('-DOCSTART-\n[LOC New Zealand]\'s capital is [LOC Wellington]. Non-[MISC Māori] art grew.');
    expect(conll.split('\n')).toEqual([
      '-DOCSTART- O', '',
      'New B-LOC', 'Zealand I-LOC', "'s O", 'capital O', 'is O', 'Wellington B-LOC', '. O', '',
      'Non-Māori O', 'art O', 'grew O', '. O', '',
    ]);
  });
});
