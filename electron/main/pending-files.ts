/**
 * Files the app was asked to open from outside (command line, second instance, macOS open-file),
 * queued until the renderer takes them.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const OPENABLE = /\.(kehoach|txt|docx)$/i;

/** The openable files named on a command line (skipping the executable and its own flags). */
export function filesFromArgv(argv: readonly string[], cwd: string): readonly string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && OPENABLE.test(arg))
    .map((arg) => resolve(cwd, arg))
    .filter((path) => existsSync(path));
}

/** A FIFO of paths to open. */
export class PendingFiles {
  private readonly queue: string[] = [];

  push(paths: readonly string[]): void {
    this.queue.push(...paths);
  }

  take(): string | null {
    return this.queue.shift() ?? null;
  }
}
