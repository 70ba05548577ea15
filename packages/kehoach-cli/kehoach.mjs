#!/usr/bin/env node
// The `kehoach` command. Runs the bundle in dist/ (built at install by `prepare`, and by `npm run build`
// or `npm run build:cli`): one CommonJS file per verb, compiled with V8's code cache. In a development
// checkout where the bundle is missing or older than its sources, runs cli/main.ts through tsx instead
// and says so in one line on stderr: a stale bundle is never run.
import { realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleState, runBundle } from './launch.mjs';

const here = dirname(realpathSync(fileURLToPath(import.meta.url)));
const root = join(here, '..', '..');
const argv = process.argv.slice(2);
const state = bundleState(root, join(here, 'dist'), argv);
if (state.fresh) {
  process.exitCode = await runBundle(join(here, 'dist'), state.bundle, argv);
} else {
  process.stderr.write(`kehoach: ${state.note}\n`);
  const { register } = await import('tsx/esm/api');
  register({ tsconfig: join(root, 'tsconfig.node.json') });
  const { main } = await import(pathToFileURL(join(root, 'cli', 'main.ts')).href);
  process.exitCode = await main(argv);
}
