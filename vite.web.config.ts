// Builds the renderer (renderer/index.html) into out/web for the web host (`kehoach serve`).
// Relative base so the built files work wherever the host serves them from.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./out/web', import.meta.url));

export default defineConfig({
  root,
  base: './',
  // The import aliases of tsconfig.base.json (paths), which vite does not read by itself.
  resolve: {
    alias: {
      '@core': fileURLToPath(new URL('./core', import.meta.url)),
      '@common': fileURLToPath(new URL('./electron/common', import.meta.url)),
      '@services': fileURLToPath(new URL('./electron/services', import.meta.url)),
    },
  },
  plugins: [react()],
  // Live checks run in a module Web Worker (renderer/app/services/checks.worker.ts), built as its own file.
  worker: { format: 'es' },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
});
