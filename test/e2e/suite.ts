/** One browser per test file: the shared setup of the end-to-end suites (server, browser, teardown). */
import { afterAll, beforeAll } from 'vitest';
import { resolve } from 'node:path';
import { launch, type BrowserName, type Harness } from './browsers.ts';
import { startServer, type TestServer } from './server.ts';

export const browsers = (process.env.LEDE_BROWSERS ?? 'chromium,firefox').split(',') as BrowserName[];

/** Starts the fixture server (with extra routes) and the browser before the suite, stops both after. */
export function browserSuite(name: BrowserName, routes?: (server: TestServer) => void): { server: TestServer; h: Harness } {
  const ctx = {} as { server: TestServer; h: Harness };
  beforeAll(async () => {
    ctx.server = await startServer(resolve('test/fixtures'));
    routes?.(ctx.server);
    ctx.h = await launch(name, ctx.server.port);
  }, 90_000);
  afterAll(async () => {
    await ctx.h?.close();
    await ctx.server?.close();
  });
  return ctx;
}
