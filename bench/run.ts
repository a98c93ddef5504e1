/**
 * `npm run bench`: runs every bench/*.bench.ts in one process, one after the other (so figures are not
 * skewed by each other), and rewrites BENCHMARKS.md with what this run measured.
 * `npm run bench -- ner extract` runs only the named modules and updates only their sections.
 */
import { readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { writeSection, type BenchSection } from './section.ts';

const only = process.argv.slice(2);
const files = readdirSync('bench').filter((f) => f.endsWith('.bench.ts')).sort();
const picked = files.filter((f) => !only.length || only.some((o) => f.startsWith(o)));

const machine = `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB`;
for (const file of picked) {
  const name = file.replace(/\.bench\.ts$/, '');
  process.stderr.write(`bench: ${name}…\n`);
  const t0 = performance.now();
  let section: BenchSection;
  try {
    section = await (await import(`./${file}`)).default();
  } catch (e) {
    section = { title: name, markdown: `**Failed:** ${e instanceof Error ? e.message : String(e)}`, figures: {} };
  }
  await writeSection(name, `## ${section.title}\n\nMeasured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` (${machine}; ${((performance.now() - t0) / 1000).toFixed(1)} s).\n\n${section.markdown.trim()}`);
  process.stderr.write(`bench: ${name} done: ${JSON.stringify(section.figures)}\n`);
}
