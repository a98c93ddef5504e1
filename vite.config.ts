/**
 * Builds the extension: `vite build --mode chrome` → dist/chrome, `--mode firefox` → dist/firefox,
 * from the same sources and manifest (manifest.config.ts).
 */
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { existsSync } from 'node:fs';
import { manifestFor, type Target } from './manifest.config.ts';

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(target),
        browser: target,
        // A self-contained content script: no loader chunks exposed to pages as web-accessible resources.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: existsSync('src/library/index.html') ? { input: { library: 'src/library/index.html' } } : {},
    },
    server: { cors: false },
  };
});
