/**
 * When autosaves happen: after a short quiet time, and within the maximum wait whatever the rhythm.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveScheduler } from '../../../../renderer/app/state/autosave-scheduler';

describe('AutosaveScheduler', () => {
  let writes: number[];
  let scheduler: AutosaveScheduler;
  beforeEach(() => {
    vi.useFakeTimers();
    writes = [];
    scheduler = new AutosaveScheduler(
      async () => {
        writes.push(Date.now());
      },
      1000,
      3000,
    );
  });
  afterEach(() => vi.useRealTimers());

  /** Changes every stepMs for totalMs (typing), then lets the timers run out. */
  async function typeFor(totalMs: number, stepMs: number, pauseEvery = 0, pauseMs = 0): Promise<number> {
    const start = Date.now();
    let sinceBurst = 0;
    while (Date.now() - start < totalMs) {
      scheduler.changed();
      await vi.advanceTimersByTimeAsync(stepMs);
      sinceBurst += stepMs;
      if (pauseEvery > 0 && sinceBurst >= pauseEvery) {
        await vi.advanceTimersByTimeAsync(pauseMs);
        sinceBurst = 0;
      }
    }
    return start;
  }

  it('writes continuous typing at least every 3 s (the old debounce never wrote it)', async () => {
    const start = await typeFor(25_000, 100);
    const gaps = [writes[0]! - start, ...writes.slice(1).map((t, i) => t - writes[i]!)];
    expect({ count: writes.length >= 8, longestGap: Math.max(...gaps) <= 3000 }).toEqual({ count: true, longestGap: true });
  });

  it('writes bursts with 1.8 s pauses in each pause', async () => {
    await typeFor(20_000, 100, 1500, 1800);
    expect(writes.length).toBeGreaterThanOrEqual(6);
  });

  it('writes once a second after a single change, and nothing when nothing changed', async () => {
    scheduler.changed();
    await vi.advanceTimersByTimeAsync(999);
    const before = writes.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect({ before, after: writes.length }).toEqual({ before: 0, after: 1 });
  });

  it('flushes at once on demand (window hidden, page closing) and cancels cleanly', async () => {
    scheduler.changed();
    await scheduler.flush();
    const flushed = writes.length;
    scheduler.changed();
    scheduler.cancel();
    await vi.advanceTimersByTimeAsync(5000);
    expect({ flushed, total: writes.length }).toEqual({ flushed: 1, total: 1 });
  });

  it('a change during a slow write makes exactly one more write after it', async () => {
    let release: () => void = () => undefined;
    const started: string[] = [];
    const slow = new AutosaveScheduler(
      () => {
        started.push('write');
        return new Promise<void>((done) => {
          release = done;
        });
      },
      1000,
      3000,
    );
    slow.changed();
    const first = slow.flush();
    slow.changed();
    slow.changed();
    const second = slow.flush();
    release();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    release();
    await second;
    await vi.advanceTimersByTimeAsync(5000);
    expect(started).toEqual(['write', 'write']);
  });
});
