/**
 * Finds files that ship with Lede (the trained models in `public/models/`) from the CLI, whether it runs
 * from source (tsx, vitest) or from the built `dist/cli/lede.js`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The project root: the nearest folder above this module that holds Lede's package.json. */
export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"lede"/.test(readFileSync(pkg, 'utf8'))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('Lede install is incomplete: package.json not found above the CLI.');
    dir = up;
  }
}

/** Bytes of a file under `public/`, e.g. `readAsset('models/ner.bin')`. */
export function readAsset(relPath: string): Uint8Array {
  return new Uint8Array(readFileSync(join(projectRoot(), 'public', relPath)));
}
