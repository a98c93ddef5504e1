/**
 * `npm run bench:browser`: speed as a reader feels it, in real Chromium and Firefox ESR with the built
 * extension on the sample article: DOMContentLoaded → highlights painted, warm (background running,
 * models loaded) and cold (background stopped or just started, model load included), and the longest
 * piece of work Lede did on the page's main thread. Updates its section of BENCHMARKS.md.
 */
import { resolve } from 'node:path';
import { launch, waitFor, type BrowserName } from '../test/e2e/browsers.ts';
import { startServer } from '../test/e2e/server.ts';
import { ledeStatus } from '../test/e2e/page-probes.ts';
import { writeSection } from './section.ts';

const RUNS = Number(process.env.RUNS ?? 10);

function timings() {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const mark = performance.getEntriesByName('lede:annotated')[0];
  const task = performance.getEntriesByName('lede:longest-task')[0];
  return nav && mark ? { paintMs: mark.startTime - nav.domContentLoadedEventStart, longestTaskMs: task?.duration ?? NaN } : null;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const max = (xs: number[]) => Math.max(...xs);

async function measure(name: BrowserName) {
  const server = await startServer(resolve('test/fixtures'));
  const h = await launch(name, server.port);
  const url = `${server.origin}/seed/page.html`;
  const one = async () => {
    const page = await h.newPage(url);
    await waitFor(page, ledeStatus, 30_000, 'annotation');
    const t = await page.evaluate(timings);
    await page.close();
    if (!t) throw new Error('no timing marks');
    return t;
  };
  await one(); // the extension's first start (install) is not what readers meet every day
  const colds = [];
  for (let i = 0; i < 3; i++) {
    await h.stopBackground();
    colds.push(await one()); // background stopped: waking it and loading the models is included
  }
  const cold = colds.sort((a, b) => a.paintMs - b.paintMs)[1]!; // median of three
  const warm = [];
  for (let i = 0; i < RUNS; i++) warm.push(await one());
  await h.close();
  await server.close();
  return { cold, warm };
}

const rows: string[] = [];
for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  const { cold, warm } = await measure(name);
  rows.push(`| ${name} | ${median(warm.map((w) => w.paintMs)).toFixed(0)} | ${max(warm.map((w) => w.paintMs)).toFixed(0)} | ${cold.paintMs.toFixed(0)} | ${max([cold, ...warm].map((w) => w.longestTaskMs)).toFixed(1)} |`);
  process.stderr.write(`${rows.at(-1)}\n`);
}

const section = `## Reading speed in the browsers

Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:browser\` (built extension, sample article on localhost, headless, ${RUNS} warm runs).
Paint = from DOMContentLoaded to Lede's \`lede:annotated\` user-timing mark (highlights painted). Cold = median of three pages each loaded right after the background was stopped (Chromium: service worker closed over CDP, woken by the page; Firefox: extension reloaded, since its event page cannot be suspended on demand), so waking the background and loading the models are included. Longest task = the longest stretch of Lede's work on the page's main thread between yields (extraction slices and painting).

| browser | warm paint, median ms (goal ≤ 150) | warm paint, worst ms | cold paint ms (goal ≤ 400) | longest task ms (goal ≤ 50) |
| --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
await writeSection('browser', section);
console.log(section);
