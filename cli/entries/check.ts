/**
 * The bundle of `kehoach check` (scripts/build-cli.mjs): the dispatcher with this one verb, and the batch
 * worker thread. dist/check-worker.cjs starts a worker by loading this same bundle with its code cache
 * (warmed by the build's check runs) and calling startWorker: a worker then compiles almost nothing,
 * where a bundle of its own had no cache and compiled the reader and every rule again in each thread.
 */
import { checkCommand } from '../commands/check-command';
import { verbMain } from '../run-main';
import { useNodeInflater } from '../services/zlib';

useNodeInflater();

export const main = verbMain('check', checkCommand);

/** Makes this thread a batch worker (cli/batch/check-worker.ts runs when it is first imported). */
export async function startWorker(): Promise<void> {
  await import('../batch/check-worker');
}
