/**
 * Calls into the checker and quick fixes, guarded: a rule bug or a failing fix shows nothing (and a
 * console warning) instead of breaking the page. Live checks run in a Web Worker (checks.worker.ts) so
 * that checking a long plan never holds up typing; where workers are missing (jsdom) or fail to start,
 * on this thread.
 */
import type { PlanDocument } from '@core/model';
import { applyFix, checkDocument, type CheckResult, type QuickFix } from '@core/rules';
import type { Profile } from '@core/templates';

/** The checker's result, or null when the checker failed. */
export function runChecks(doc: PlanDocument, profiles: readonly Profile[]): CheckResult | null {
  try {
    return checkDocument(doc, { profiles });
  } catch (error) {
    console.warn('Không chạy được bộ kiểm tra:', error);
    return null;
  }
}

/** The document with a quick fix applied, or null when the fix could not be applied. */
export function applyQuickFix(doc: PlanDocument, fix: QuickFix): PlanDocument | null {
  try {
    return applyFix(doc, fix.edit);
  } catch (error) {
    console.warn('Không áp dụng được cách sửa:', error);
    return null;
  }
}

/** A check sent to the checks worker. */
export type CheckRequest = { readonly id: number; readonly doc: PlanDocument; readonly profiles: readonly Profile[] };
/** The checks worker's answer. */
export type CheckReply = { readonly id: number; readonly result: CheckResult | null };

/** Runs live checks one at a time, off this thread when it can. */
export type CheckRunner = {
  /**
   * Checks `doc`; `done` gets the result, unless another check is asked for before this one starts
   * (only the latest waiting check runs). Synchronous when there is no worker.
   */
  check(doc: PlanDocument, profiles: readonly Profile[], done: (result: CheckResult | null) => void): void;
  /** Whether checks run in a worker (false: on this thread). */
  readonly inWorker: boolean;
  dispose(): void;
};

type Pending = { readonly doc: PlanDocument; readonly profiles: readonly Profile[]; readonly done: (result: CheckResult | null) => void };

/** The checks worker, or null where there are no workers (jsdom) or it cannot be made. */
export function startChecksWorker(): Worker | null {
  if (typeof Worker === 'undefined') {
    return null;
  }
  try {
    // Vite finds this exact form and builds checks.worker.ts as its own module file ('self' in the CSP).
    return new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module', name: 'kiem-tra' });
  } catch (error) {
    console.warn('Không chạy được bộ kiểm tra trong luồng riêng:', error);
    return null;
  }
}

/** A check runner over the given worker (null: on this thread). A worker that fails hands over to this thread. */
export function createCheckRunner(worker: Worker | null = startChecksWorker()): CheckRunner {
  let live = worker;
  let nextId = 1;
  let running: (Pending & { readonly id: number }) | null = null;
  let waiting: Pending | null = null;
  const send = (pending: Pending): void => {
    const id = nextId++;
    running = { ...pending, id };
    const request: CheckRequest = { id, doc: pending.doc, profiles: pending.profiles };
    live?.postMessage(request);
  };
  const onMessage = (event: MessageEvent<CheckReply>): void => {
    if (running === null || event.data.id !== running.id) {
      return;
    }
    const { done } = running;
    running = null;
    done(event.data.result);
    if (waiting !== null) {
      const next = waiting;
      waiting = null;
      send(next);
    }
  };
  // The worker could not load (a policy, a broken build) or died: the latest check runs here instead.
  const onError = (event: Event): void => {
    event.preventDefault();
    console.warn('Bộ kiểm tra trong luồng riêng không chạy được; kiểm tra trên luồng chính.');
    stop();
    const latest = waiting ?? running;
    running = null;
    waiting = null;
    if (latest !== null) {
      latest.done(runChecks(latest.doc, latest.profiles));
    }
  };
  const stop = (): void => {
    live?.removeEventListener('message', onMessage);
    live?.removeEventListener('error', onError);
    live?.terminate();
    live = null;
  };
  live?.addEventListener('message', onMessage);
  live?.addEventListener('error', onError);
  return {
    check(doc, profiles, done) {
      if (live === null) {
        done(runChecks(doc, profiles));
      } else if (running !== null) {
        waiting = { doc, profiles, done };
      } else {
        send({ doc, profiles, done });
      }
    },
    get inWorker() {
      return live !== null;
    },
    dispose() {
      stop();
      running = null;
      waiting = null;
    },
  };
}
