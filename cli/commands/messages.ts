/**
 * How every verb says something went wrong: one line on stderr, exit status 2.
 */
import { ExitCode, type CliIo } from '../io';

/** Writes "kehoach: <reason>" on stderr and returns exit status 2. */
export function fail(io: CliIo, message: string): ExitCode {
  io.err(`kehoach: ${oneLine(message)}\n`);
  return ExitCode.FAILURE;
}

/** Misuse of the command: the reason, then the verb's help, on stderr; exit status 2. */
export function misuse(io: CliIo, message: string, usage: string): ExitCode {
  io.err(`kehoach: ${oneLine(message)}\n\n${usage}`);
  return ExitCode.FAILURE;
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
