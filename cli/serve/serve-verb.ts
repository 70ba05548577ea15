/**
 * `kehoach serve` as a verb of the dispatcher: the web host prints its own usage errors (cli/serve).
 */
import type { CliIo } from '../io';
import { serveCommand } from './serve-command';

/** Runs the local web host until a termination signal. */
export async function serveVerb(args: readonly string[], _io: CliIo): Promise<number> {
  return serveCommand(args);
}
