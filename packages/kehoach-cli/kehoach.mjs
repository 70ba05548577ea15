#!/usr/bin/env node
// The `kehoach` command: runs cli/main.ts through tsx so it works right after `npm ci`, with no build step.
import { register } from 'tsx/esm/api';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { realpathSync } from 'node:fs';

const here = dirname(realpathSync(fileURLToPath(import.meta.url)));
const root = join(here, '..', '..');
register({ tsconfig: join(root, 'tsconfig.node.json') });
const { main } = await import(pathToFileURL(join(root, 'cli', 'main.ts')).href);
process.exitCode = await main(process.argv.slice(2));
