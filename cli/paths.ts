/**
 * Where the command finds the project's data files, from the sources (cli/…) or from the bundle
 * (packages/kehoach-cli/dist/…, built by scripts/build-cli.mjs with __KEHOACH_BUNDLE__ defined).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

declare const __KEHOACH_BUNDLE__: boolean | undefined;

/** Whether this code runs from the bundle rather than from the TypeScript sources. */
export const BUNDLED = typeof __KEHOACH_BUNDLE__ !== 'undefined' && __KEHOACH_BUNDLE__ === true;

/** The folder of this file: cli/ in the sources, packages/kehoach-cli/dist/ in the bundle. */
function here(): string {
  return dirname(fileURLToPath(import.meta.url));
}

/** Where the command keeps what it caches (packages/kehoach-cli/dist/cache), or null from the sources. */
export function cacheDir(): string | null {
  return BUNDLED ? join(here(), 'cache') : null;
}

/** The project root (where templates/ and out/web are). */
export function projectRoot(): string {
  return BUNDLED ? resolve(here(), '..', '..', '..') : resolve(here(), '..');
}

/** The templates folder: KEHOACH_TEMPLATES_DIR when set (packaged apps pass their own), else the project's. */
export function templatesDir(): string {
  const fromEnv = process.env['KEHOACH_TEMPLATES_DIR'];
  return fromEnv ? resolve(fromEnv) : join(projectRoot(), 'templates');
}

/**
 * The script a batch worker thread runs: the bundled worker beside the bundle, or, from the sources, a
 * small module that registers tsx and then loads cli/batch/check-worker.ts.
 */
export function checkWorkerUrl(): URL {
  return BUNDLED
    ? pathToFileURL(join(here(), 'check-worker.cjs'))
    : pathToFileURL(join(projectRoot(), 'packages', 'kehoach-cli', 'dev-worker.mjs'));
}
