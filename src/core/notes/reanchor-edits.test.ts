/**
 * Re-anchoring under page edits with known answers (test/fixtures/notes/page-edits.ts) on the seed
 * article: the same measurement as bench/notes.bench.ts at a smaller scale, so a change that starts
 * drawing notes in the wrong place fails here before it reaches the bench.
 */
import { describe, expect, it } from 'vitest';
import gold from '../../../test/fixtures/seed/gold.json' with { type: 'json' };
import { editTrial, type Tally } from '../../../test/fixtures/notes/page-edits.ts';
import { reanchor } from './reanchor.ts';

const seed = (gold as { body_paragraphs: string[] }).body_paragraphs;
// Insertions come from the seed page's own non-body text (share buttons, promos, comments).
const boilerplate = (gold as { not_body: string[] }).not_body.filter((t) => t.length >= 20);

const count = (t: Tally, ...keys: string[]) => keys.reduce((s, k) => s + (t[k] ?? 0), 0);

describe('re-anchoring after page edits (seed article)', () => {
  for (const trialSeed of [1, 2, 3]) {
    it(`run ${trialSeed}: nothing misplaced, ≥ 97% re-anchored`, () => {
      const { byEdit } = editTrial([seed, boilerplate.length ? boilerplate : ['A new paragraph.']], 40, { Lede: reanchor }, trialSeed);
      const total: Tally = {};
      for (const t of Object.values(byEdit.Lede!)) for (const [k, v] of Object.entries(t)) total[k] = (total[k] ?? 0) + v;
      const expected = count(total, 'reanchored', 'orphaned', 'misplaced', 'partial');
      expect(expected).toBeGreaterThan(200);
      expect(count(total, 'misplaced', 'removed-misplaced')).toBe(0);
      expect(count(total, 'reanchored') / expected).toBeGreaterThanOrEqual(0.97);
    });
  }

  // Near-duplicate passages (lorem-ipsum pages, syndicated copies): some paragraphs stand twice, once
  // with one word changed, so removing a note's paragraph leaves a look-alike it must not be drawn on.
  const twins = seed.flatMap((p, i) => {
    if (i % 3 !== 1) return [p];
    const w = p.split(' ');
    return w.length < 8 ? [p] : [p, [...w.slice(0, 4), 'also', ...w.slice(5)].join(' ')];
  });
  for (const trialSeed of [4, 5]) {
    // Look-alikes cost some re-anchoring: an edited match next to a twin is left an orphan.
    it(`run ${trialSeed} with near-duplicate paragraphs: nothing misplaced, ≥ 93% re-anchored`, () => {
      const { byEdit } = editTrial([twins, boilerplate.length ? boilerplate : ['A new paragraph.']], 40, { Lede: reanchor }, trialSeed);
      const total: Tally = {};
      for (const t of Object.values(byEdit.Lede!)) for (const [k, v] of Object.entries(t)) total[k] = (total[k] ?? 0) + v;
      const expected = count(total, 'reanchored', 'orphaned', 'misplaced', 'partial');
      expect(count(total, 'misplaced', 'removed-misplaced')).toBe(0);
      expect(count(total, 'reanchored') / expected).toBeGreaterThanOrEqual(0.93);
    });
  }
});
