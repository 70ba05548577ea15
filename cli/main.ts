/**
 * The `kehoach` command: dispatches verbs. Exit 0 ok, 1 errors found, 2 unreadable input or bad usage.
 * Nothing escapes as a stack trace: an unexpected failure becomes one Vietnamese line on stderr.
 *
 * Each verb is imported when it is asked for, so a verb loads only what it needs (`templates` no reader,
 * `check` no .docx writer). The bin runs the one-verb bundles of cli/entries (scripts/build-cli.mjs);
 * this module is what runs from the sources (tsx) and in tests.
 */
import { processIo, type CliIo } from './io';
import { runMain, type Verb } from './run-main';

/** The verbs, each loaded on demand (scripts/build-cli.mjs builds one bundle per verb, from cli/entries). */
const VERBS: Readonly<Record<string, () => Promise<Verb>>> = {
  templates: async () => (await import('./commands/templates-command')).templatesCommand,
  new: async () => (await import('./commands/new-command')).newCommand,
  check: async () => (await import('./commands/check-command')).checkCommand,
  export: async () => (await import('./commands/export-command')).exportCommand,
  import: async () => (await import('./commands/import-command')).importCommand,
  serve: async () => (await import('./serve/serve-verb')).serveVerb,
};

/** Runs the command with argv (without "node" and the script) and returns the exit status. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  return runMain(argv, io, async (name) => (Object.hasOwn(VERBS, name) ? VERBS[name]?.() : undefined));
}
