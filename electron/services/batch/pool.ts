/**
 * The worker threads of a batch check: as many as asked (one per core by default), each with a bounded
 * heap, each checking one file at a time and taking the next when it is done. A worker that runs out of
 * memory, fails, or takes too long on a file is replaced; that file becomes a row with the reason.
 */
import { Worker } from 'node:worker_threads';
import { failedOutcome, type FileOutcome, type Wanted } from './check-file';

/** What every worker is started with. */
export type WorkerSetup = {
  readonly templatesDir: string;
  readonly profileId?: string;
  readonly want: Wanted;
  readonly checkedAt: number;
};

/** A file sent to a worker. */
export type WorkerTask = { readonly index: number; readonly file: string; readonly path: string };

/** A worker's answer. */
export type WorkerReply = { readonly index: number; readonly outcome: FileOutcome };

export type PoolOptions = {
  readonly jobs: number;
  /** The worker script (cli/paths.ts checkWorkerUrl). */
  readonly script: URL;
  readonly setup: WorkerSetup;
  /** Old-generation heap of each worker, in MB. */
  readonly heapMb: number;
  /** How long one file may take before its worker is stopped. */
  readonly fileTimeoutMs: number;
  /** Stops the run: no file is started after it fires, the workers are stopped, and the promise resolves. */
  readonly signal?: AbortSignal;
};

/** Heap of each worker: ample for the largest .docx the reader accepts, and a bound on the whole run. */
export const WORKER_HEAP_MB = 768;
/** A real plan is checked in well under a second; two minutes means a file the reader cannot finish. */
export const FILE_TIMEOUT_MS = 120_000;

/**
 * Checks the files in worker threads, calling `done` for each as it finishes (in any order);
 * resolves when every file has its outcome.
 */
export function checkInWorkers(
  items: readonly { readonly file: string; readonly path: string }[],
  options: PoolOptions,
  done: (index: number, outcome: FileOutcome) => void,
): Promise<void> {
  const total = items.length;
  if (total === 0) {
    return Promise.resolve();
  }
  return new Promise((resolveAll) => {
    let next = 0;
    let finished = 0;
    let ended = false;
    const workers = new Set<Worker>();
    const end = (): void => {
      if (!ended) {
        ended = true;
        options.signal?.removeEventListener('abort', stop);
        resolveAll();
      }
    };
    // Cancelled: files in progress get no outcome; the workers are stopped and the run ends now.
    const stop = (): void => {
      next = total;
      workers.forEach((w) => void w.terminate());
      end();
    };
    const finish = (index: number, outcome: FileOutcome): void => {
      if (ended) {
        return;
      }
      finished += 1;
      done(index, outcome);
      if (finished === total) {
        end();
      }
    };
    const spawn = (): void => {
      const worker = new Worker(options.script, {
        workerData: options.setup,
        resourceLimits: { maxOldGenerationSizeMb: options.heapMb },
      });
      workers.add(worker);
      let current: number | null = null;
      let failure: string | null = null;
      let timer: NodeJS.Timeout | undefined;
      const give = (): void => {
        if (next >= total) {
          void worker.terminate();
          return;
        }
        const index = next;
        next += 1;
        current = index;
        const item = items[index] as { file: string; path: string };
        const task: WorkerTask = { index, file: item.file, path: item.path };
        worker.postMessage(task);
        timer = setTimeout(() => {
          failure = `Kiểm tra tệp "${item.file}" quá ${Math.round(options.fileTimeoutMs / 1000)} giây nên đã dừng.`;
          void worker.terminate();
        }, options.fileTimeoutMs);
      };
      worker.on('message', (reply: WorkerReply) => {
        clearTimeout(timer);
        current = null;
        finish(reply.index, reply.outcome);
        if (failure === null) {
          give();
        }
      });
      worker.on('error', (error: Error & { code?: string }) => {
        failure ??= error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : error.message.split('\n')[0] ?? String(error);
      });
      worker.on('exit', () => {
        clearTimeout(timer);
        workers.delete(worker);
        if (ended) {
          return;
        }
        if (current !== null) {
          const item = items[current] as { file: string };
          finish(current, failedOutcome(item.file, failureReason(item.file, failure, options.heapMb)));
          current = null;
        }
        // A worker stopped before the work ran out (it failed, or was stopped on a file): replace it.
        if (next < total) {
          spawn();
        }
      });
      give();
    };
    if (options.signal?.aborted) {
      stop();
      return;
    }
    options.signal?.addEventListener('abort', stop, { once: true });
    for (let i = 0; i < Math.max(1, Math.min(options.jobs, total)); i++) {
      spawn();
    }
  });
}

function failureReason(file: string, failure: string | null, heapMb: number): string {
  if (failure === 'memory') {
    return `Tệp "${file}" cần nhiều bộ nhớ hơn mức cho phép khi kiểm tra (${heapMb} MB) nên đã bỏ qua.`;
  }
  if (failure !== null && failure.startsWith('Kiểm tra tệp')) {
    return failure;
  }
  return `Không kiểm tra được tệp "${file}" (lỗi nội bộ${failure ? `: ${failure}` : ''}).`;
}
