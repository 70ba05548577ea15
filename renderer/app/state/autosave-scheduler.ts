/**
 * When to autosave: shortly after the typing stops, and never later than maxWaitMs after the first
 * unsaved change, whatever the rhythm (continuous typing, bursts with short pauses). One write at a
 * time; a change during a write makes one more write after it. Pure timing: no React, no host.
 */

export type SchedulerTimers = {
  readonly set: (run: () => void, ms: number) => unknown;
  readonly clear: (handle: unknown) => void;
};

const DEFAULT_TIMERS: SchedulerTimers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Debounced writes with a maximum wait. */
export class AutosaveScheduler {
  private quiet: unknown = null;
  private deadline: unknown = null;
  private writing: Promise<void> | null = null;
  private pending = false;

  constructor(
    /** Writes the latest state; resolves when done (failures are the writer's to report). */
    private readonly write: () => Promise<void>,
    private readonly delayMs: number,
    private readonly maxWaitMs: number,
    private readonly timers: SchedulerTimers = DEFAULT_TIMERS,
  ) {}

  /** Something changed: write after delayMs of quiet, or at the latest maxWaitMs after the first change. */
  changed(): void {
    this.pending = true;
    if (this.quiet !== null) {
      this.timers.clear(this.quiet);
    }
    this.quiet = this.timers.set(() => void this.flush(), this.delayMs);
    if (this.deadline === null) {
      this.deadline = this.timers.set(() => void this.flush(), this.maxWaitMs);
    }
  }

  /** Writes now if anything changed since the last write (window hidden, page closing, timers). */
  async flush(): Promise<void> {
    this.stopTimers();
    if (!this.pending) {
      return this.writing ?? undefined;
    }
    if (this.writing !== null) {
      // A change arrived during a write: write again as soon as it ends (the latest state wins).
      await this.writing;
      return this.flush();
    }
    this.pending = false;
    const run = this.write().finally(() => {
      this.writing = null;
    });
    this.writing = run;
    return run;
  }

  /** Nothing left to write (saved, closed): drop the timers and the pending change. */
  cancel(): void {
    this.stopTimers();
    this.pending = false;
  }

  private stopTimers(): void {
    if (this.quiet !== null) {
      this.timers.clear(this.quiet);
      this.quiet = null;
    }
    if (this.deadline !== null) {
      this.timers.clear(this.deadline);
      this.deadline = null;
    }
  }
}
