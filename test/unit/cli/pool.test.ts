/**
 * The batch worker threads when a file cannot be finished: a worker that runs out of its heap, or takes
 * longer than allowed, is replaced, its file becomes a row with the reason, and the run still ends with
 * an outcome for every file.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileOutcome } from '../../../cli/batch/check-file';
import { checkInWorkers, type PoolOptions } from '../../../cli/batch/pool';
import { checkWorkerUrl, templatesDir } from '../../../cli/paths';

let dir: string;
let items: { file: string; path: string }[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-pool-'));
  items = [];
  for (const name of ['a.txt', 'b.txt', 'c.txt']) {
    await writeFile(join(dir, name), 'KẾ HOẠCH\nTriển khai công việc\n\nI. MỤC ĐÍCH\nNội dung.\n');
    items.push({ file: name, path: join(dir, name) });
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(heapMb: number, fileTimeoutMs: number): Promise<(string | null)[]> {
  const options: PoolOptions = {
    jobs: 2,
    script: checkWorkerUrl(),
    setup: { templatesDir: templatesDir(), want: { text: false, json: false, html: false }, checkedAt: 0 },
    heapMb,
    fileTimeoutMs,
  };
  const reasons: (string | null)[] = items.map(() => 'no outcome');
  await checkInWorkers(items, options, (index: number, outcome: FileOutcome) => {
    reasons[index] = outcome.row.reason;
  });
  return reasons;
}

describe('checkInWorkers', () => {
  it('checks every file when the workers have room and time', async () => {
    expect(await run(256, 60_000)).toEqual([null, null, null]);
  });

  it('gives each file a reason when its worker runs out of memory, and ends', async () => {
    expect(await run(2, 60_000)).toEqual(items.map((i) => `Tệp "${i.file}" cần nhiều bộ nhớ hơn mức cho phép khi kiểm tra (2 MB) nên đã bỏ qua.`));
  });

  it('gives each file a reason when its worker takes too long, and ends', async () => {
    const reasons = await run(256, 1);
    expect(reasons.map((r) => /^Kiểm tra tệp "[abc]\.txt" quá \d+ giây nên đã dừng\.$/.test(r ?? ''))).toEqual([true, true, true]);
  });
});
