/**
 * The dispatcher every form of the command shares: usage and --help, unknown verbs, and the one-line
 * Vietnamese message that replaces any unexpected failure. cli/main.ts passes every verb (loaded on
 * demand); each bundle of scripts/build-cli.mjs passes only its own, so that it carries nothing else.
 */
import { ExitCode, processIo, type CliIo } from './io';
import { USAGE, VERB_USAGE } from './usage';

/** One verb: its arguments (after the verb) and the io; resolves with the exit status. */
export type Verb = (args: readonly string[], io: CliIo) => Promise<number>;

/** The verb of this name, or undefined when there is none (loaded on demand). */
export type FindVerb = (name: string) => Promise<Verb | undefined>;

/** Runs argv (without "node" and the script) with the verbs `find` knows; resolves with the exit status. */
export async function runMain(argv: readonly string[], io: CliIo, find: FindVerb): Promise<number> {
  const [verb, ...args] = argv;
  if (verb === undefined) {
    io.err(USAGE);
    return ExitCode.FAILURE;
  }
  if (verb === '--help' || verb === '-h' || verb === 'help') {
    io.out(USAGE);
    return ExitCode.OK;
  }
  try {
    const run = await find(verb);
    if (!run) {
      io.err(`kehoach: không có lệnh "${verb}".\n\n${USAGE}`);
      return ExitCode.FAILURE;
    }
    if (args.includes('--help') || args.includes('-h')) {
      io.out(VERB_USAGE[verb] ?? USAGE);
      return ExitCode.OK;
    }
    return await run(args, io);
  } catch (error) {
    return internalFailure(io, error);
  }
}

/** The entry of a one-verb bundle: `main(argv, io)` that knows this verb only. */
export function verbMain(name: string, verb: Verb): (argv: readonly string[], io?: CliIo) => Promise<number> {
  return (argv, io = processIo()) => runMain(argv, io, async (asked) => (asked === name ? verb : undefined));
}

function internalFailure(io: CliIo, error: unknown): number {
  const reason = error instanceof Error ? error.message : String(error);
  io.err(`kehoach: lỗi nội bộ, không hoàn thành được lệnh (${reason.split('\n')[0]}).\n`);
  if (process.env['KEHOACH_DEBUG'] && error instanceof Error && error.stack) {
    io.err(`${error.stack}\n`);
  }
  return ExitCode.FAILURE;
}
