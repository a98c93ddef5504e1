/** The manifest asks for nothing it does not use, allows no remote code and exposes no files to pages. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { manifestFor } from '../../manifest.config.ts';

function sources(dir: string): string {
  return readdirSync(dir).map((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? readFileSync(p, 'utf8') : '';
  }).join('\n');
}
const code = sources('src');

/** Where each permission is used: a pattern that must appear in the extension's own code. */
const USE: Record<string, RegExp> = {
  storage: /browser\.storage\./,
  scripting: /browser\.scripting\.executeScript/,
  activeTab: /browser\.scripting\.executeScript/, // injects into the current tab without site access
  unlimitedStorage: /openNotesDb|Dexie/, // the reader's notes must not be evicted for a quota
};

describe.each(['chrome', 'firefox'] as const)('%s manifest', (target) => {
  const m = manifestFor(target) as unknown as Record<string, unknown> & { permissions: string[]; content_security_policy: { extension_pages: string } };

  it('uses every permission it asks for', () => {
    for (const p of m.permissions) {
      expect(USE[p], `no known use for permission ${p}`).toBeDefined();
      expect(code).toMatch(USE[p]!);
    }
  });

  it('allows no remote code and exposes nothing to web pages', () => {
    const csp = m.content_security_policy.extension_pages;
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/https?:|unsafe-eval|unsafe-inline|\*/);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
  });
});
