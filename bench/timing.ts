/**
 * Timing for the benchmark: warm-up runs, then the median of several measured runs (in-process).
 */
import { performance } from 'node:perf_hooks';

export type Timing = {
  /** Wall-clock median. */
  readonly median: number;
  /** Median CPU time of this process (user + system): less sensitive to a busy machine than wall time. */
  readonly cpuMedian: number;
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
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const mid = Math.floor(runs / 2);
  return { median: times[mid] ?? 0, cpuMedian: cpu[mid] ?? 0, min: times[0] ?? 0, max: times[times.length - 1] ?? 0, runs };
}

/** "12,3 ms" with one decimal. */
export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}
