/**
 * zod's `z` namespace re-exports every locale (`export * as locales`, ~45 languages), which a bundler cannot
 * drop once `z` is used as a whole: 60% of zod's bytes. The project configures no locale of its own (zod keeps
 * English, which zod sets itself from locales/en.js), so in our bundles the namespace gets only `en`: zod's
 * share of the command's check bundle goes from 454 to 193 KB. One rule, two bundlers: esbuild for the command
 * (scripts/build-cli.mjs), vite/rolldown for Electron's main process (electron.vite.config.ts).
 */
import { dirname, join } from 'node:path';

const LOCALES = /^\.\.\/locales\/index\.js$/;
const IN_ZOD = /[\\/]node_modules[\\/]zod[\\/]/;
const NAMESPACE = 'zod-english-only';

/** What stands for zod's locales/index.js at `path`: only its English locale. */
function englishOnly(path) {
  return `export { default as en } from ${JSON.stringify(join(dirname(path), 'en.js'))};\n`;
}

/** The esbuild plugin. */
export const zodEnglishOnlyEsbuild = {
  name: NAMESPACE,
  setup(build) {
    build.onResolve({ filter: LOCALES }, (args) =>
      IN_ZOD.test(args.importer) ? { path: join(dirname(args.importer), '..', 'locales', 'index.js'), namespace: NAMESPACE } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({ contents: englishOnly(args.path), resolveDir: dirname(args.path) }));
  },
};

/** The vite (rolldown) plugin. */
export function zodEnglishOnlyVite() {
  const prefix = `\0${NAMESPACE}:`;
  return {
    name: NAMESPACE,
    enforce: 'pre',
    resolveId(source, importer) {
      return LOCALES.test(source) && importer !== undefined && IN_ZOD.test(importer) ? `${prefix}${join(dirname(importer), '..', 'locales', 'index.js')}` : null;
    },
    load(id) {
      return id.startsWith(prefix) ? englishOnly(id.slice(prefix.length)) : null;
    },
  };
}
