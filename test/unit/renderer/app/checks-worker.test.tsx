// @vitest-environment happy-dom
/**
 * Live checks off the page's main thread (renderer/app/services/core-calls.ts createCheckRunner, use-checks.ts):
 * the worker gets one check at a time and only the latest waiting one; a worker that fails hands over to
 * the main thread; without workers the checks run on the main thread; a result that comes back after
 * the document changed again is never shown.
 */
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkDocument, type CheckResult } from '../../../../core/rules/index';
import type { PlanDocument } from '../../../../core/model/plan-document';
import type { Profile } from '../../../../core/templates/profile';
import { createCheckRunner, type CheckReply, type CheckRequest } from '../../../../renderer/app/services/core-calls';
import { useChecks } from '../../../../renderer/app/hooks/use-checks';
import { samplePlan } from '../../../helpers/shell-fixtures';

const PROFILES: readonly Profile[] = [];

/** A stand-in Web Worker: records what it is sent and answers when told (with the real checker). */
class FakeWorker extends EventTarget {
  static last: FakeWorker | null = null;
  readonly sent: CheckRequest[] = [];
  terminated = false;

  constructor() {
    super();
    FakeWorker.last = this;
  }

  postMessage(request: CheckRequest): void {
    this.sent.push(request);
  }

  /** Answers the oldest unanswered request. */
  answer(): void {
    const request = this.sent.find((r) => !this.answered.has(r.id));
    if (request === undefined) {
      throw new Error('nothing to answer');
    }
    this.answered.add(request.id);
    const reply: CheckReply = { id: request.id, result: checkDocument(request.doc, { profiles: request.profiles }) };
    this.dispatchEvent(new MessageEvent('message', { data: reply }));
  }

  fail(): void {
    this.dispatchEvent(new Event('error', { cancelable: true }));
  }

  terminate(): void {
    this.terminated = true;
  }

  private readonly answered = new Set<number>();
}

function plan(summary: string): PlanDocument {
  return samplePlan(summary);
}

function summaries(results: readonly (CheckResult | null)[]): string[] {
  return results.map((r) => (r === null ? 'null' : String(r.findings.length)));
}

describe('check runner', () => {
  it('runs on the main thread, at once, when there is no worker', () => {
    const runner = createCheckRunner(null);
    const got: (CheckResult | null)[] = [];
    runner.check(plan('A'), PROFILES, (r) => got.push(r));
    expect([runner.inWorker, got]).toEqual([false, [checkDocument(plan('A'), { profiles: PROFILES })]]);
  });

  it('sends one check at a time and, of those asked meanwhile, only the latest', () => {
    const worker = new FakeWorker();
    const runner = createCheckRunner(worker as unknown as Worker);
    const done: string[] = [];
    const record = (name: string) => (r: CheckResult | null) => done.push(`${name}:${summaries([r]).join('')}`);
    runner.check(plan('A'), PROFILES, record('A'));
    runner.check(plan('B'), PROFILES, record('B'));
    runner.check(plan('C'), PROFILES, record('C'));
    const sentBefore = worker.sent.map((r) => r.doc.header.summary);
    worker.answer();
    worker.answer();
    const expected = (s: string): string => `${s}:${checkDocument(plan(s), { profiles: PROFILES }).findings.length}`;
    expect({ sentBefore, sent: worker.sent.map((r) => r.doc.header.summary), done, inWorker: runner.inWorker }).toEqual({
      sentBefore: ['A'],
      sent: ['A', 'C'],
      done: [expected('A'), expected('C')],
      inWorker: true,
    });
  });

  it('hands over to the main thread when the worker fails: the latest check is answered there, and so are the next', () => {
    const worker = new FakeWorker();
    const runner = createCheckRunner(worker as unknown as Worker);
    const done: string[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    runner.check(plan('A'), PROFILES, () => done.push('A'));
    runner.check(plan('B'), PROFILES, () => done.push('B'));
    worker.fail();
    runner.check(plan('C'), PROFILES, () => done.push('C'));
    warn.mockRestore();
    expect({ done, terminated: worker.terminated, inWorker: runner.inWorker, sent: worker.sent.length }).toEqual({ done: ['B', 'C'], terminated: true, inWorker: false, sent: 1 });
  });
});

describe('useChecks with a worker', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('shows only the result of the current document: a late result for an older one is dropped', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeWorker);
    const a = plan('Kế hoạch A có {chỗ trống}');
    const b = plan('Kế hoạch B');
    const hook = renderHook(({ doc }: { readonly doc: PlanDocument }) => useChecks(doc, PROFILES, 300), { initialProps: { doc: a } });
    await act(async () => vi.advanceTimersByTimeAsync(300));
    const worker = FakeWorker.last as FakeWorker;
    // The user types: B replaces A before A's result comes back.
    hook.rerender({ doc: b });
    await act(async () => vi.advanceTimersByTimeAsync(300));
    act(() => worker.answer());
    const afterStale = hook.result.current;
    act(() => worker.answer());
    expect({
      sent: worker.sent.map((r) => r.doc.header.summary),
      afterStale,
      shown: hook.result.current,
    }).toEqual({
      sent: ['Kế hoạch A có {chỗ trống}', 'Kế hoạch B'],
      afterStale: null,
      shown: checkDocument(b, { profiles: PROFILES }),
    });
  });

  it('keeps the same result object when a new check finds the same (no re-render for a keystroke that changes no finding)', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeWorker);
    const hook = renderHook(({ doc }: { readonly doc: PlanDocument }) => useChecks(doc, PROFILES, 300), { initialProps: { doc: plan('Kế hoạch A') } });
    await act(async () => vi.advanceTimersByTimeAsync(300));
    const worker = FakeWorker.last as FakeWorker;
    act(() => worker.answer());
    const first = hook.result.current;
    hook.rerender({ doc: plan('Kế hoạch A') });
    await act(async () => vi.advanceTimersByTimeAsync(300));
    act(() => worker.answer());
    const again = hook.result.current;
    hook.rerender({ doc: plan('Kế hoạch A có {chỗ trống}') });
    await act(async () => vi.advanceTimersByTimeAsync(300));
    act(() => worker.answer());
    const changed = hook.result.current;
    expect({ sent: worker.sent.length, first: first !== null, same: again === first, changed: changed !== first && changed !== null }).toEqual({ sent: 3, first: true, same: true, changed: true });
  });
});
