#!/usr/bin/env node
// The `lede` command: runs the built CLI (npm run build makes dist/cli/lede.js).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/lede.js', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('lede: not built yet; run `npm run build` in the Lede folder first.\n');
  process.exit(2);
}
await import(built);
