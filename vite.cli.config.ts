/** Builds the `lede` command-line tool for Node: dist/cli/lede.js (dependencies stay external). */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'lede.js', format: 'es' } },
  },
});
