/**
 * Writes the robustness results table into BENCHMARKS.md from the counts the test suite itself wrote
 * to artifacts/robustness/*.json (hostile pages per browser, fuzz cases, note durability). Run as the
 * last step of `npm test`, so the table always shows what the suite just did.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { writeSection } from '../bench/section.ts';

const dir = 'artifacts/robustness';
const read = (f: string) => (existsSync(`${dir}/${f}`) ? JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) : null);
const rows: string[] = [];
for (const f of existsSync(dir) ? readdirSync(dir).sort() : []) {
  const r = read(f);
  if (!r) continue;
  if (f === 'fuzz.json') rows.push(`| unit (Node) | fuzz cases (fast-check: extractor, tokenizer, taggers, anchoring, messages, importer) | ${r.cases} | ${r.crashes} | ${r.hangs} | ${r.acceptedForeign} foreign messages accepted, ${r.badOffsets} bad offsets | – |`);
  else if (f.startsWith('notes-')) rows.push(`| ${r.browser} | note durability (restart, two tabs, bad imports) | ${r.cases} | ${r.crashes} | ${r.hangs} | – | ${r.notesLost} |`);
  else rows.push(`| ${r.browser} | hostile pages (test/fixtures/hostile) | ${r.pages} | ${r.crashes} | ${r.hangs} | ${r.leaks} | – |`);
}
const section = `## Robustness: hostile pages, fuzzing, notes

Written by \`npm test\` (${new Date().toISOString().slice(0, 10)}) from the counts its own tests recorded. Crash = an error escaped or Lede reported one; hang = no result within the time limit (40 s per page, 2 s per fuzz case); leak = page text executed, a web page reached notes, or a foreign message was accepted.

| where | what | tried | crashes | hangs | leaks | notes lost |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
await writeSection('robustness', section);
console.log(section);
