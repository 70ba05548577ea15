/** The bundle the bin runs when no verb is named, for --help, and for an unknown verb: usage only. */
import { processIo, type CliIo } from '../io';
import { runMain } from '../run-main';

/** Prints the usage, or names the unknown verb; knows no verb. */
export function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  return runMain(argv, io, async () => undefined);
}
