// electron-vite: main and preload from electron/, the renderer from renderer/index.html (the same
// renderer vite.web.config.ts builds for the web host). The preload is CommonJS: sandboxed preloads
// cannot be ES modules.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { zodEnglishOnlyVite } from './scripts/zod-english-only.mjs';

const at = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// The import aliases of tsconfig.base.json (paths), which vite does not read by itself.
const alias = { '@core': at('./core'), '@common': at('./electron/common'), '@services': at('./electron/services') };

export default defineConfig({
  main: {
    resolve: { alias },
    // zod is bundled (English locale only) rather than loaded from node_modules at start: Node's ES module
    // loader took 40–55 ms for zod's ~100 files (node 20, import of zod/index.js, 3 runs) before the window.
    plugins: [zodEnglishOnlyVite()],
    build: {
      outDir: at('./out/main'),
      externalizeDeps: { exclude: ['zod'] },
      // The document worker thread sits beside index.js (electron/services/worker/worker-script.ts).
      rolldownOptions: { input: { index: at('./electron/main/index.ts'), 'document-worker': at('./electron/services/worker/document-worker.ts') } },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: at('./out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: at('./electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: at('./renderer'),
    resolve: { alias },
    plugins: [react()],
    // Live checks run in a module Web Worker (renderer/app/services/checks.worker.ts), built as its own file.
    worker: { format: 'es' },
    build: {
      outDir: at('./out/renderer'),
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: { index: at('./renderer/index.html') } },
    },
  },
});
