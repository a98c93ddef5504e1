import { describe, expect, it } from 'vitest';
import { extractFeatures, MAX_FEATURES, type FeatureResources } from './features.ts';
import { buildGazetteer } from './gazetteer.ts';

const res: FeatureResources = { gazetteer: buildGazetteer({}), bits: 20 };
const firstToken = (words: string[]): Set<number> => new Set(extractFeatures([words], res)[0]!.slice(0, MAX_FEATURES).filter((x) => x >= 0));

describe('capitalized-run features', () => {
  it('lets the head noun at the end of a name inform its first word', () => {
    const island = firstToken(['Stewart', 'Island', 'lies', 'south']);
    const award = firstToken(['Stewart', 'Award', 'lies', 'south']);
    const person = firstToken(['Stewart', 'Smith', 'lies', 'south']);
    const onlyIsland = [...island].filter((f) => !person.has(f));
    expect(onlyIsland.length).toBeGreaterThan(0);
    expect([...award].filter((f) => !island.has(f) && !person.has(f)).length).toBeGreaterThan(0);
  });

  it('stays linear on a long run of capitals', () => {
    const words = Array.from({ length: 200_000 }, (_, i) => (i % 7 === 6 ? 'Island' : `Name${i % 50}`));
    const t0 = performance.now();
    const f = extractFeatures([words], res);
    expect(f[0]!.length).toBe(words.length * MAX_FEATURES);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});
