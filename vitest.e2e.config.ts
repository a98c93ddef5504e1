import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium and Firefox ESR, one browser launch per file.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
