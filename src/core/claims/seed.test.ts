/**
 * The seed page (test/fixtures/seed/gold.json): gold claims flagged, commentary not flagged, gold claims
 * ranked above the commentary. Checked with empty entity/number/quote layers, as the text alone must do.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeClaimModel, findClaims } from './index.ts';

interface Gold {
  body_paragraphs: string[];
  claims_must: string[];
  claims_must_not: string[];
}

const gold = JSON.parse(readFileSync(new URL('../../../test/fixtures/seed/gold.json', import.meta.url), 'utf8')) as Gold;
const model = decodeClaimModel(new Uint8Array(readFileSync(new URL('../../../public/models/claims.bin', import.meta.url))));
const claims = findClaims(gold.body_paragraphs, { entities: [], numbers: [], quotes: [] }, model);

/** Where a gold text sits in the body: paragraph and offsets. */
function locate(text: string): { paragraph: number; start: number; end: number } {
  const paragraph = gold.body_paragraphs.findIndex((p) => p.includes(text));
  const start = gold.body_paragraphs[paragraph]!.indexOf(text);
  return { paragraph, start, end: start + text.length };
}

/** Best score of a returned claim that contains the gold text (0 when none does). */
function containing(text: string): number {
  const at = locate(text);
  const hits = claims.filter((c) => c.paragraph === at.paragraph && c.start <= at.start && c.end >= at.end);
  return Math.max(0, ...hits.map((c) => c.score));
}

/** Best score of a returned claim that overlaps the gold text (0 when none does). */
function overlapping(text: string): number {
  const at = locate(text);
  const hits = claims.filter((c) => c.paragraph === at.paragraph && c.start < at.end && c.end > at.start);
  return Math.max(0, ...hits.map((c) => c.score));
}

describe('seed page claims', () => {
  for (const text of gold.claims_must) {
    it(`flags "${text}"`, () => {
      expect(containing(text)).toBeGreaterThanOrEqual(0.5);
    });
  }

  for (const text of gold.claims_must_not) {
    it(`does not flag "${text}"`, () => {
      expect(overlapping(text)).toBeLessThan(0.5);
    });
  }

  it('ranks every flagged gold claim above anything that overlaps commentary', () => {
    const worstGold = Math.min(...gold.claims_must.map(containing).filter((s) => s >= 0.5));
    const bestCommentary = Math.max(...gold.claims_must_not.map(overlapping));
    expect(worstGold).toBeGreaterThan(bestCommentary);
  });

  it('ranks the gold claims above the page average', () => {
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    const goldMean = mean(gold.claims_must.map(containing).filter((s) => s > 0));
    const restMean = mean(claims.filter((c) => !gold.claims_must.some((t) => c.text.includes(t))).map((c) => c.score));
    expect(goldMean).toBeGreaterThan(restMean);
  });
});
