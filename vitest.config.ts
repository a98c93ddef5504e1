import { defineConfig } from 'vitest/config';

// Unit tests sit next to their modules (`name.test.ts`); cross-module tests live in test/unit.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
