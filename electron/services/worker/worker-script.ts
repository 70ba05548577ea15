/**
 * Where the document worker's script is, found from this module's own URL: from the TypeScript sources
 * (tsx, vitest) a loader that registers tsx first; from a bundle the compiled worker beside it, with the
 * bundle's own extension (the CLI's dist/serve.cjs → dist/document-worker.cjs; Electron's
 * out/main/index.js → out/main/document-worker.js), or one folder up if the bundler put this module in
 * a chunk folder.
 */
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The script a document worker thread runs. */
export function documentWorkerUrl(moduleUrl: string = import.meta.url, exists: (path: string) => boolean = existsSync): URL {
  const extension = extname(fileURLToPath(moduleUrl));
  if (extension === '.ts' || extension === '.mts' || extension === '.cts') {
    return new URL('./dev-worker.mjs', moduleUrl);
  }
  const beside = new URL(`./document-worker${extension}`, moduleUrl);
  const above = new URL(`../document-worker${extension}`, moduleUrl);
  return exists(fileURLToPath(beside)) || !exists(fileURLToPath(above)) ? beside : above;
}
