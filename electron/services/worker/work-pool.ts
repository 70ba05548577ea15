/**
 * A small pool of document worker threads for the hosts (the web host and Electron's main): each worker
 * has a bounded heap, each task a time budget. A task over its budget stops its worker and answers
 * 'work/timeout'; a worker out of memory answers 'work/out-of-memory'; either way the worker is replaced,
 * so one hostile file never freezes the host or the other requests. Workers are reused (one stays warm)
 * and never outnumber the cores. Never runs document code on the caller's thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { HostResult } from '../../common/host-api';
import { hostError } from '../host/host-error';
import { failureMessage, type WorkFailure } from './work-messages';
import type { WorkKind, WorkMessage, WorkRequest, WorkTask, WorkValue } from './work-protocol';

export type WorkPoolOptions = {
  /** The worker script (worker-script.ts documentWorkerUrl). */
  readonly script: URL;
  /** Most workers at once; the number of cores by default. */
  readonly maxWorkers?: number;
  /** Old-generation heap of each worker, in MB. */
  readonly heapMb?: number;
  /** How long one task may take (from the moment it is handed to a worker). */
  readonly timeoutMs?: number;
};

/** Heap of each worker: several times what the largest file the readers accept needs. */
export const WORK_HEAP_MB = 512;
/** A real plan reads, checks and exports in well under a second; 20 s means a file built to hang. */
export const WORK_TIMEOUT_MS = 20_000;

type Job = {
  readonly id: number;
  readonly task: WorkTask;
  readonly label: string;
  readonly resolve: (result: HostResult<WorkValue[WorkKind]>) => void;
};

type Slot = {
  readonly worker: Worker;
  /** The worker loaded its script and said so: only ready workers take tasks (startup is not billed). */
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | undefined;
  /** Why the worker is going away, if it is: the answer its job gets. */
  failure: WorkFailure | null;
};

/** Loading the worker's script takes ~0.1 s from a bundle, ~1 s through tsx; 30 s means it never will. */
const STARTUP_TIMEOUT_MS = 30_000;
/** Workers in a row that may die before they are ready before the pool stops starting new ones for waiting tasks. */
const MAX_FAILED_STARTS = 3;

/** Runs document tasks in worker threads under a heap and time budget. */
export class WorkPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private disposed = false;
  /** Workers in a row that died before they were ready (a broken install). */
  private failedStarts = 0;
  private readonly maxWorkers: number;
  private readonly heapMb: number;
  private readonly timeoutMs: number;

  constructor(private readonly options: WorkPoolOptions) {
    this.maxWorkers = Math.max(1, options.maxWorkers ?? availableParallelism());
    this.heapMb = options.heapMb ?? WORK_HEAP_MB;
    this.timeoutMs = options.timeoutMs ?? WORK_TIMEOUT_MS;
  }

  /** Starts one worker ahead of the first task, so the first file opens as fast as the next. */
  warm(): void {
    if (!this.disposed && this.slots.size === 0) {
      this.spawn();
    }
  }

  /**
   * Runs a task in a worker; `label` names the file or plan in the failure messages. Never rejects:
   * budget overruns and worker deaths are error results.
   */
  run<K extends WorkKind>(task: Extract<WorkTask, { kind: K }>, label: string): Promise<HostResult<WorkValue[K]>> {
    if (this.disposed) {
      return Promise.resolve(hostError('work/stopped', failureMessage('stopped', task.kind, label, this.budget())));
    }
    return new Promise((resolve) => {
      const job: Job = { id: this.nextId++, task, label, resolve: resolve as Job['resolve'] };
      this.queue.push(job);
      this.dispatch();
    });
  }

  /** How many workers are alive or starting (tests). */
  get size(): number {
    return this.slots.size;
  }

  /** Stops every worker; queued and running tasks answer 'work/stopped'. */
  async dispose(): Promise<void> {
    this.disposed = true;
    this.failQueue('stopped');
    const stopping = [...this.slots].map((slot) => {
      slot.failure = 'stopped';
      return slot.worker.terminate();
    });
    await Promise.all(stopping);
  }

  private budget(): { readonly heapMb: number; readonly timeoutMs: number } {
    return { heapMb: this.heapMb, timeoutMs: this.timeoutMs };
  }

  private failQueue(failure: WorkFailure): void {
    for (const job of this.queue.splice(0)) {
      job.resolve(hostError(`work/${failureCode(failure)}`, failureMessage(failure, job.task.kind, job.label, this.budget())));
    }
  }

  /** Hands waiting tasks to ready idle workers, and starts workers (up to the limit) for the rest. */
  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) {
        return;
      }
      if (slot.ready && slot.job === null && slot.failure === null) {
        this.give(slot, this.queue.shift() as Job);
      }
    }
    const starting = [...this.slots].filter((slot) => !slot.ready).length;
    for (let i = starting; i < this.queue.length && this.slots.size < this.maxWorkers; i++) {
      this.spawn();
    }
  }

  private give(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      slot.failure ??= 'timeout';
      void slot.worker.terminate();
    }, this.timeoutMs);
    const request: WorkRequest = { id: job.id, task: job.task };
    // Uploaded bytes are copied rather than moved: the caller may still hold them.
    slot.worker.postMessage(request);
  }

  private spawn(): void {
    const worker = new Worker(this.options.script, { resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    const slot: Slot = { worker, ready: false, job: null, timer: undefined, failure: null };
    this.slots.add(slot);
    // An idle worker never keeps the process alive; a busy one does until it answers.
    worker.unref();
    // A worker that cannot even load its script is stopped.
    slot.timer = setTimeout(() => {
      slot.failure ??= 'crashed';
      void worker.terminate();
    }, STARTUP_TIMEOUT_MS);
    worker.on('message', (message: WorkMessage) => {
      if ('ready' in message) {
        clearTimeout(slot.timer);
        slot.ready = true;
        this.failedStarts = 0;
        this.dispatch();
        return;
      }
      const job = slot.job;
      if (job === null || message.id !== job.id) {
        return;
      }
      clearTimeout(slot.timer);
      slot.job = null;
      worker.unref();
      job.resolve(message.result);
      this.dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      slot.failure ??= error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crashed';
    });
    worker.on('exit', () => this.exited(slot));
  }

  private exited(slot: Slot): void {
    clearTimeout(slot.timer);
    this.slots.delete(slot);
    const job = slot.job;
    slot.job = null;
    if (job !== null) {
      const failure = slot.failure ?? 'crashed';
      job.resolve(hostError(`work/${failureCode(failure)}`, failureMessage(failure, job.task.kind, job.label, this.budget())));
    }
    if (this.disposed) {
      return;
    }
    if (!slot.ready && slot.failure !== 'stopped') {
      this.failedStarts += 1;
      // A broken install: the waiting tasks are answered instead of starting workers over and over.
      if (this.failedStarts >= MAX_FAILED_STARTS && [...this.slots].every((s) => !s.ready)) {
        this.failQueue('crashed');
        return;
      }
    }
    // A worker that died or was stopped is replaced: the next task finds one ready.
    if (this.queue.length > 0) {
      this.dispatch();
    } else {
      this.warm();
    }
  }
}

function failureCode(failure: WorkFailure): 'timeout' | 'out-of-memory' | 'failed' | 'stopped' {
  return failure === 'memory' ? 'out-of-memory' : failure === 'crashed' ? 'failed' : failure;
}
