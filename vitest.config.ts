import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Core tests that replace a module with vi.mock: a mock must not meet a copy of the module another test file
 * already loaded in the same worker, so these run isolated like the shells' tests.
 */
const CORE_WITH_MOCKS = ['test/unit/core/limits/rules-linear.test.ts'];

export default defineConfig({
  resolve: {
    alias: {
      '@core': `${root}core`,
      '@common': `${root}electron/common`,
      '@services': `${root}electron/services`,
    },
  },
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        // The pure core's tests (two thirds of the files) share their workers' module cache: no fresh module graph per
        // file (isolate: false). Core has no global state a test file could leave behind but the id counter, which the
        // builders' tests reset themselves. Measured on 2 busy cores: the core files' CPU time 59 s → 27 s.
        extends: true,
        test: { name: 'core', include: ['test/unit/core/**/*.test.ts'], exclude: CORE_WITH_MOCKS, isolate: false },
      },
      {
        // Everything that touches the DOM (happy-dom), timers, globals, mocks, processes or files: one module graph per file.
        extends: true,
        test: {
          name: 'isolated',
          include: [
            'test/unit/{cli,corpus,electron,lint,renderer,templates}/**/*.test.{ts,tsx}',
            'test/golden/**/*.test.ts',
            'test/static/**/*.test.ts',
            ...CORE_WITH_MOCKS,
          ],
        },
      },
    ],
  },
});
