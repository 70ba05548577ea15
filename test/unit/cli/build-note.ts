/**
 * The bin's one line on stderr when it runs the TypeScript sources because the bundle is missing or
 * older than them (packages/kehoach-cli/launch.cjs). Tests of what a verb prints set it aside, so they
 * hold both in a fresh install and in a checkout being edited.
 */
import { runBin, type CliRun } from '../../helpers/cli-run';

/** Matches the note, with its line end. */
export const BUILD_NOTE = /^kehoach: (?:chưa có bản dựng|bản dựng của lệnh đã cũ)[^\n]*\n/;

/** stderr without the note. */
export function withoutBuildNote(err: string): string {
  return err.replace(BUILD_NOTE, '');
}

/** The real bin (runBin), with the note set aside. */
export async function runBinQuiet(argv: readonly string[], cwd: string): Promise<CliRun> {
  const run = await runBin(argv, cwd);
  return { ...run, err: withoutBuildNote(run.err) };
}
