/** The whole annotation of the seed page through the CLI, held to its gold answers. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { seedMisses, type SeedGold } from '../seed-gold.ts';

const gold = JSON.parse(readFileSync('test/fixtures/seed/gold.json', 'utf8')) as SeedGold;

describe('seed page through `lede annotate`', () => {
  it('finds the article, its entities, numbers, quotes and claims as the gold says', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'annotate', 'test/fixtures/seed/page.html'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.article.title).toBe(gold.metadata.title);
    expect(seedMisses(a, gold)).toEqual([]);
  });
});
