#!/usr/bin/env node
// The `kehoach` command. Runs the bundle in dist/ (built at install by `prepare`, and by `npm run build`
// or `npm run build:cli`): one CommonJS file per verb, compiled with V8's code cache. In a development
// checkout where the bundle is missing or older than its sources, runs cli/main.ts through tsx instead
// and says so in one line on stderr: a stale bundle is never run.
// CommonJS, like the launcher: an ES module entry would start Node's ES module loader first, about 4 ms of
// every run (node of an empty .mjs against an empty .cjs, 21 runs each).
'use strict';
const { realpathSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { bundleState, runBundle } = require('./launch.cjs');

const here = dirname(realpathSync(__filename));
const root = join(here, '..', '..');
const argv = process.argv.slice(2);

async function fromSources(note) {
  process.stderr.write(`kehoach: ${note}\n`);
  const { register } = await import('tsx/esm/api');
  register({ tsconfig: join(root, 'tsconfig.node.json') });
  const { main } = await import(pathToFileURL(join(root, 'cli', 'main.ts')).href);
  return main(argv);
}

const state = bundleState(root, join(here, 'dist'), argv);
(state.fresh ? runBundle(join(here, 'dist'), state.bundle, argv) : fromSources(state.note)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`kehoach: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
