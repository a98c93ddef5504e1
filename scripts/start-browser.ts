/**
 * Serves the bundled sample article on localhost and opens Chromium with the built extension on it.
 * With a display the browser stays open until you close it; without one Lede says so, saves a
 * screenshot of the annotated page with a card open, and prints where.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../test/e2e/server.ts';
import { launch, waitFor } from '../test/e2e/browsers.ts';
import { ledeStatus } from '../test/e2e/page-probes.ts';

const server = await startServer(resolve('test/fixtures'));
const url = `${server.origin}/seed/page.html`;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) {
  const ext = resolve('dist/chrome');
  const profile = mkdtempSync(join(tmpdir(), 'lede-start-'));
  console.log(`Opening Chromium with Lede on ${url} (close the browser to stop).`);
  const child = spawn(chromium, [`--user-data-dir=${profile}`, '--no-first-run', '--no-sandbox', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, url], { stdio: 'ignore' });
  child.on('exit', () => void server.close());
} else {
  console.log('No display found: starting Chromium headless with Lede on the sample article instead.');
  const h = await launch('chromium', server.port);
  const page = await h.newPage(url);
  const status = await waitFor(page, ledeStatus, 30_000, 'Lede to annotate the sample article');
  // Open the card of the first person highlight, as a reader clicking it would.
  const point = await page.evaluate(() => {
    const h = (CSS.highlights as unknown as Map<string, Set<Range>>).get('lede-person');
    const r = h ? [...h][0] : undefined;
    if (!r) return null;
    r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  if (point) await page.click(point.x, point.y);
  await new Promise((r) => setTimeout(r, 400)); // let the card finish appearing
  const shot = resolve('artifacts/lede-sample-article.png');
  await page.screenshot(shot);
  console.log(`Lede ${status} the sample article. Screenshot: ${shot}`);
  await h.close();
  await server.close();
}
