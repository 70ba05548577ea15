/**
 * The `kehoach` command: dispatches verbs. Exit 0 ok, 1 errors found, 2 unreadable input or bad usage.
 * Nothing escapes as a stack trace: an unexpected failure becomes one Vietnamese line on stderr.
 */
import { checkCommand } from './commands/check-command';
import { exportCommand } from './commands/export-command';
import { importCommand } from './commands/import-command';
import { newCommand } from './commands/new-command';
import { templatesCommand } from './commands/templates-command';
import { ExitCode, processIo, type CliIo } from './io';
import { USAGE, VERB_USAGE } from './usage';

type Verb = (args: readonly string[], io: CliIo) => Promise<number>;

const VERBS: Readonly<Record<string, Verb>> = {
  templates: templatesCommand,
  new: newCommand,
  check: checkCommand,
  export: exportCommand,
  import: importCommand,
  serve: serveVerb,
};

/** Runs the command with argv (without "node" and the script) and returns the exit status. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [verb, ...args] = argv;
  if (verb === undefined) {
    io.err(USAGE);
    return ExitCode.FAILURE;
  }
  if (verb === '--help' || verb === '-h' || verb === 'help') {
    io.out(USAGE);
    return ExitCode.OK;
  }
  const run = Object.hasOwn(VERBS, verb) ? VERBS[verb] : undefined;
  if (!run) {
    io.err(`kehoach: không có lệnh "${verb}".\n\n${USAGE}`);
    return ExitCode.FAILURE;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(VERB_USAGE[verb] ?? USAGE);
    return ExitCode.OK;
  }
  try {
    return await run(args, io);
  } catch (error) {
    return internalFailure(io, error);
  }
}

/** `serve` belongs to the web host (cli/serve); loaded by a path string so the CLI runs without it. */
async function serveVerb(args: readonly string[], io: CliIo): Promise<number> {
  const specifier = './serve/serve-command';
  let mod: { serveCommand?: (args: readonly string[]) => Promise<number> };
  try {
    mod = (await import(/* @vite-ignore */ specifier)) as typeof mod;
  } catch {
    mod = {};
  }
  if (typeof mod.serveCommand !== 'function') {
    io.err('kehoach: lệnh serve (giao diện web cục bộ) chưa có trong bản này.\n');
    return ExitCode.FAILURE;
  }
  return mod.serveCommand(args);
}

function internalFailure(io: CliIo, error: unknown): number {
  const reason = error instanceof Error ? error.message : String(error);
  io.err(`kehoach: lỗi nội bộ, không hoàn thành được lệnh (${reason.split('\n')[0]}).\n`);
  if (process.env['KEHOACH_DEBUG'] && error instanceof Error && error.stack) {
    io.err(`${error.stack}\n`);
  }
  return ExitCode.FAILURE;
}
