/**
 * Runs the `kehoach` command in-process with captured stdout and stderr, or through the real bin.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../cli/main';

export type CliRun = { readonly code: number; readonly out: string; readonly err: string };

/** main(argv) in this process, with the working folder set to cwd. */
export async function runCli(argv: readonly string[], cwd: string): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    cwd,
  });
  return { code, out, err };
}

/** The bin a user runs after `npm ci` (packages/kehoach-cli/kehoach.cjs), as a child process. */
export const BIN = fileURLToPath(new URL('../../packages/kehoach-cli/kehoach.cjs', import.meta.url));

/** Runs the real bin with node and returns its exit status and output. */
export function runBin(argv: readonly string[], cwd: string): Promise<CliRun> {
  return new Promise((resolvePromise) => {
    execFile(process.execPath, [BIN, ...argv], { cwd, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolvePromise({ code, out: stdout, err: stderr });
    });
  });
}
