/**
 * Where the `kehoach` command writes and which folder it resolves paths against; tests pass fakes.
 */
import { resolve } from 'node:path';

export type CliIo = {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** The folder relative paths are resolved against. */
  readonly cwd: string;
  /** Whether stderr is a terminal (a batch shows its progress bar there only then). */
  readonly errIsTTY?: boolean;
  /** The terminal's width in columns, when known. */
  readonly columns?: number;
};

/** The real process streams and working folder. */
export function processIo(): CliIo {
  quietBrokenPipe();
  return {
    out: (text) => {
      process.stdout.write(text);
    },
    err: (text) => {
      process.stderr.write(text);
    },
    cwd: process.cwd(),
    errIsTTY: process.stderr.isTTY === true,
    ...(process.stderr.columns ? { columns: process.stderr.columns } : {}),
  };
}

let pipeGuarded = false;

/** `kehoach check … | head` closes stdout early: stop quietly instead of dying with a stack trace. */
function quietBrokenPipe(): void {
  if (pipeGuarded) {
    return;
  }
  pipeGuarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    }
    throw error;
  });
}

/** An absolute path for a path the user typed. */
export function resolvePath(io: CliIo, path: string): string {
  return resolve(io.cwd, path);
}

/** Exit statuses (docs/rules.md, command-line contract). */
export const ExitCode = {
  OK: 0,
  FINDINGS: 1,
  FAILURE: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
