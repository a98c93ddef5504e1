/**
 * Checks one annotation of the seed page against its gold answers (test/fixtures/seed/gold.json) and
 * lists every miss in words. Shared by the CLI test and the end-to-end tests, so both hold Lede to the
 * same bar.
 */
import type { Annotation } from '../src/core/types.ts';

export interface SeedGold {
  body_paragraphs: string[];
  metadata: { title: string; byline: string; published: string; site: string };
  entities_must: { text: string; type: string; mentions_also?: string[] }[];
  entities_must_not: string[];
  numbers_must: string[];
  quotes: { quote: string; speaker: string }[];
  claims_must: string[];
  claims_must_not: string[];
}

/** A flagged claim: what a reader is told to check. */
export const FLAG = 0.5;

export function seedMisses(a: Annotation, gold: SeedGold): string[] {
  const misses: string[] = [];
  const paragraphs = a.article?.paragraphs ?? [];
  if (JSON.stringify(paragraphs) !== JSON.stringify(gold.body_paragraphs)) misses.push(`paragraphs differ (${paragraphs.length} vs ${gold.body_paragraphs.length})`);
  for (const g of gold.entities_must) {
    const okTypes = g.text.includes('Agreement') ? ['misc', 'organization'] : [g.type];
    const e = a.entities.find((x) => x.name === g.text && okTypes.includes(x.type));
    if (!e) {
      const seen = a.entities.filter((x) => x.mentions.some((m) => m.text === g.text)).map((x) => `${x.name}/${x.type}`);
      misses.push(`entity ${g.text} (${g.type}) not found${seen.length ? `; got ${seen.join(', ')}` : ''}`);
      continue;
    }
    for (const m of g.mentions_also ?? []) if (!e.mentions.some((x) => x.text === m)) misses.push(`entity ${g.text}: mention ${m} not linked`);
  }
  for (const bad of gold.entities_must_not) if (a.entities.some((e) => e.name === bad || e.mentions.some((m) => m.text === bad))) misses.push(`entity ${bad} must not be found`);
  for (const n of gold.numbers_must) if (!a.numbers.some((x) => x.text === n)) misses.push(`number ${n} not found`);
  for (const q of gold.quotes) {
    const found = a.quotes.find((x) => x.text.replace(/[,.]$/, '') === q.quote);
    if (!found) misses.push(`quote "${q.quote.slice(0, 30)}…" not found`);
    else if (found.speaker !== q.speaker) misses.push(`quote "${q.quote.slice(0, 30)}…" speaker ${found.speaker} ≠ ${q.speaker}`);
  }
  const flagged = a.claims.filter((c) => c.score >= FLAG);
  for (const c of gold.claims_must) if (!flagged.some((x) => x.text.includes(c))) misses.push(`claim "${c.slice(0, 40)}…" not flagged`);
  for (const c of gold.claims_must_not) if (flagged.some((x) => x.text.includes(c))) misses.push(`claim "${c.slice(0, 40)}…" must not be flagged`);
  return misses;
}
