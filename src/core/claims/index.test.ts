import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../types.ts';
import { CLAIM_FLOOR, decodeClaimModel, findClaims, scoreParagraph } from './index.ts';

const model = decodeClaimModel(new Uint8Array(readFileSync(new URL('../../../public/models/claims.bin', import.meta.url))));
const none = { entities: [], numbers: [], quotes: [] };

function checkSpans(paragraphs: string[], claims: Claim[]): void {
  claims.forEach((c, i) => {
    const prev = claims[i - 1];
    // Spans of a paragraph never overlap: a line's score is then the best of its sentences or clauses.
    if (prev && prev.paragraph === c.paragraph) expect(c.start).toBeGreaterThanOrEqual(prev.end);
    const p = paragraphs[c.paragraph];
    expect(typeof p).toBe('string');
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeLessThanOrEqual(p!.length);
    expect(c.start).toBeLessThan(c.end);
    expect(c.text).toBe(p!.slice(c.start, c.end));
    expect(c.score).toBeGreaterThanOrEqual(CLAIM_FLOOR);
    expect(c.score).toBeLessThanOrEqual(1);
  });
}

describe('findClaims', () => {
  it('flags factual sentences with figures and explains why', () => {
    const text = 'Unemployment fell to 3.9 percent in March, the lowest level since 2000. I think we can do better.';
    const claims = findClaims([text], none, model);
    const top = claims.find((c) => c.text.startsWith('Unemployment'));
    expect(top?.score).toBeGreaterThanOrEqual(0.5);
    expect(top?.kind).toBe('statistic');
    expect(top?.cues).toContain('number');
    expect(claims.find((c) => c.text.startsWith('I think'))?.score ?? 0).toBeLessThan(0.5);
  });

  it('does not flag questions, greetings or opinions', () => {
    const lines = ['Thank you very much.', 'What would you do about it?', 'I believe in this country and its people.'];
    for (const c of findClaims(lines, none, model)) expect(c.score).toBeLessThan(0.5);
  });

  it('uses the other layers as cues without needing them', () => {
    const text = '“Exports rose by a fifth last year,” Ms. Ito said.';
    const quote = { text: text.slice(1, 35), paragraph: 0, start: 1, end: 35, speaker: 'Aiko Ito' };
    const withQuote = findClaims([text], { ...none, quotes: [quote] }, model);
    for (const c of withQuote) if (c.start < 35) expect(c.cues).toContain('quote');
    expect(findClaims([text], none, model).map((c) => c.score)).toEqual(withQuote.map((c) => c.score));
  });

  it('cuts an opinion lead off the fact it introduces', () => {
    const text = 'The timing is particularly notable as the central bank raised rates three times last year.';
    const spans = scoreParagraph(text, model).map((s) => ({ text: text.slice(s.start, s.end), score: s.score }));
    const lead = spans.find((s) => s.text.startsWith('The timing'));
    expect(lead?.score ?? 0).toBeLessThan(0.5);
    expect(spans.find((s) => s.text.startsWith('as the central bank'))?.score).toBeGreaterThanOrEqual(0.5);
  });

  it('keeps a concessive clause that states a comparison or a figure with its sentence', () => {
    const text = 'While Norway remains Sweden’s largest trading partner, Oslo has been expanding its trade with Asia.';
    const spans = scoreParagraph(text, model);
    expect(spans.some((s) => s.start === 0 && s.end >= text.indexOf('Oslo'))).toBe(true);
  });

  it('lifts a third-person report of an event with named people and places from the entity layer', () => {
    const text = 'The meeting comes just after Alvarez’s trip to Lima, where he and President Boric agreed to talk.';
    const at = (w: string) => ({ text: w, paragraph: 0, start: text.indexOf(w), end: text.indexOf(w) + w.length });
    const entities = [
      { id: 'person:alvarez', name: 'Alvarez', type: 'person' as const, mentions: [at('Alvarez')] },
      { id: 'place:lima', name: 'Lima', type: 'place' as const, mentions: [at('Lima')] },
      { id: 'person:boric', name: 'Boric', type: 'person' as const, mentions: [at('Boric')] },
    ];
    const withNames = findClaims([text], { entities, numbers: [], quotes: [] }, model);
    expect(withNames[0]?.score ?? 0).toBeGreaterThanOrEqual(0.5);
    expect(withNames[0]?.kind).toBe('event');
    expect(withNames[0]?.cues).toContain('event');
    // The same report in the first person is a debater's anecdote: left to the model.
    const mine = 'My meeting comes just after my trip to Lima, where I and President Boric agreed to talk.';
    const anecdote = scoreParagraph(mine, model, undefined, []);
    expect(Math.max(0, ...anecdote.map((s) => s.score))).toBeLessThan(withNames[0]?.score ?? 0);
  });

  it('holds its invariants on arbitrary text', () => {
    const words = fc.constantFrom('the', 'rose', '3.5%', '$12', 'said', '“', '”', '"', 'as', 'while', ',', ';', '.', '?', 'Japan', '東京', 'مرحبا', '\n', ' ', '-', '\u2029', '\ud83d\ude00', '\ud800');
    const para = fc.array(words, { maxLength: 60 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(fc.oneof(para, fc.string()), { maxLength: 4 }), (paragraphs) => {
        checkSpans(paragraphs, findClaims(paragraphs, none, model));
      }),
      { numRuns: 300 },
    );
  });

  it('tolerates context spans that point anywhere', () => {
    const span = fc.record({
      text: fc.string({ maxLength: 5 }), paragraph: fc.integer({ min: -2, max: 5 }),
      start: fc.integer({ min: -10, max: 500 }), end: fc.integer({ min: -10, max: 500 }),
    });
    const ctx = fc.record({
      entities: fc.array(fc.record({ id: fc.string(), name: fc.string(), type: fc.constant('person' as const), mentions: fc.array(span, { maxLength: 3 }) }), { maxLength: 3 }),
      numbers: fc.array(span.map((s) => ({ ...s, kind: 'count' as const })), { maxLength: 3 }),
      quotes: fc.array(span.map((s) => ({ ...s, speaker: null })), { maxLength: 3 }),
    });
    const text = 'Exports rose 12 percent in 2023, the ministry said. “We will win,” she said.';
    fc.assert(fc.property(ctx, (c) => checkSpans([text, text], findClaims([text, text], c, model))), { numRuns: 200 });
  });
});

describe('findClaims on bad input', () => {
  it('handles 200,000 words in bounded time', () => {
    const sentence = 'Officials said exports rose 12 percent as demand grew while costs fell; critics disagreed ';
    const words = sentence.split(' ').length;
    const huge = sentence.repeat(Math.ceil(200_000 / words));
    const unpunctuated = 'word '.repeat(200_000);
    const t0 = performance.now();
    const a = findClaims([huge], none, model);
    const b = findClaims([unpunctuated], none, model);
    expect(performance.now() - t0).toBeLessThan(10_000);
    checkSpans([huge], a);
    checkSpans([unpunctuated], b);
  });

  it('stays fast on one huge paragraph dense with entities and numbers', () => {
    const sentence = 'Maria Lopez visited Lima on Tuesday and spent 12 dollars there. ';
    const n = 20_000;
    const text = sentence.repeat(n);
    const mentions = Array.from({ length: n }, (_, i) => ({ text: 'Maria Lopez', paragraph: 0, start: i * sentence.length, end: i * sentence.length + 11 }));
    const numbers = mentions.map((m) => ({ text: '12', paragraph: 0, start: m.start + 46, end: m.start + 48, kind: 'count' as const }));
    const t0 = performance.now();
    const claims = findClaims([text], { entities: [{ id: 'p', name: 'Maria Lopez', type: 'person', mentions }], numbers, quotes: [] }, model);
    expect(performance.now() - t0).toBeLessThan(10_000);
    checkSpans([text], claims);
  });

  it('handles only numbers, only quotes, mixed scripts and empty paragraphs', () => {
    const paragraphs = [
      '1 2 3 4 5 6 7 8 9 10 3.5 % $ 1,000,000 2024',
      '“ ” " " « » ‘ ’ “““ ”””',
      '東京で会談が行われた。 Путин сказал, что 50 процентов. مرحبا بالعالم The GDP grew 2% in 2023.',
      '',
      '   ',
      '.',
    ];
    const claims = findClaims(paragraphs, none, model);
    checkSpans(paragraphs, claims);
  });

  it('never throws on malformed arguments', () => {
    const bad = [null, undefined, 42, { x: 1 }] as unknown as string[];
    expect(() => findClaims(bad, none, model)).not.toThrow();
    expect(findClaims(null as unknown as string[], none, model)).toEqual([]);
    expect(() => findClaims(['Prices rose 5%.'], null as never, model)).not.toThrow();
  });
});
