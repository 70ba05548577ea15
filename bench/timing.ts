/**
 * Timing for the benchmark: warm-up runs, then the median of several measured runs (in-process).
 */
import { performance } from 'node:perf_hooks';

export type Timing = {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
};

/** Runs fn `warmup` times unmeasured, then `runs` times measured; milliseconds. */
export async function measure(fn: () => unknown, warmup = 3, runs = 9): Promise<Timing> {
  for (let i = 0; i < warmup; i++) {
    await fn();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? 0, min: times[0] ?? 0, max: times[times.length - 1] ?? 0, runs };
}

/** "12,3 ms" with one decimal. */
export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}
