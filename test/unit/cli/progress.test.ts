/**
 * The batch progress bar: on stderr only when it is a terminal and the batch has more than ten files;
 * nothing extra when piped (the real bin, stderr a pipe).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProgress, PROGRESS_THRESHOLD } from '../../../cli/batch/progress';
import type { CliIo } from '../../../cli/io';
import { main } from '../../../cli/main';
import { runBinQuiet } from './build-note';

/** An io that records stderr, as a terminal or not. */
function recorder(tty: boolean): { io: CliIo; err: string[]; out: string[] } {
  const err: string[] = [];
  const out: string[] = [];
  return { io: { out: (t) => void out.push(t), err: (t) => void err.push(t), cwd: '/', errIsTTY: tty, columns: 100 }, err, out };
}

describe('createProgress', () => {
  it('draws nothing when stderr is not a terminal, or for ten files or fewer', () => {
    const piped = recorder(false);
    const small = recorder(true);
    for (const [rec, total] of [
      [piped, 50],
      [small, PROGRESS_THRESHOLD],
    ] as const) {
      const progress = createProgress(rec.io, total);
      for (let i = 0; i < total; i++) {
        progress.tick('clean');
      }
      progress.around(() => rec.io.out('báo cáo\n'));
      progress.end();
    }
    expect([piped.err, small.err, piped.out, small.out]).toEqual([[], [], ['báo cáo\n'], ['báo cáo\n']]);
  });

  it('on a terminal, redraws one line with the count and clears it before other output and at the end', () => {
    const rec = recorder(true);
    let now = 0;
    const progress = createProgress(rec.io, 11, () => now);
    for (let i = 0; i < 11; i++) {
      now += 150;
      progress.tick(i === 3 ? 'errors' : i === 4 ? 'unreadable' : 'clean');
      if (i === 5) {
        progress.around(() => rec.io.err('kehoach: một dòng\n'));
      }
    }
    progress.end();
    const shown = rec.err.join('');
    expect([
      rec.err[0]?.startsWith('\r\x1b[2KĐang kiểm tra [') && rec.err[0].includes('] 0/11 tệp'),
      shown.includes('] 11/11 tệp · 1 có lỗi · 1 không đọc được · 2 giây'),
      shown.includes('\r\x1b[2Kkehoach: một dòng\n\r\x1b[2KĐang kiểm tra'),
      rec.err[rec.err.length - 1],
      shown.includes('\n\r\x1b[2KĐang') && !shown.slice(0, -4).endsWith('\n'),
    ]).toEqual([true, true, true, '\r\x1b[2K', true]);
  });
});

describe('progress of a real batch', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kehoach-progress-'));
    for (let i = 0; i < 12; i++) {
      await writeFile(join(dir, `kh-${String(i).padStart(2, '0')}.txt`), `KẾ HOẠCH\nTriển khai công việc số ${i}\n\nI. MỤC ĐÍCH\nNội dung.\n`);
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('shows on a terminal for twelve files and leaves stdout alone', async () => {
    const rec = recorder(true);
    const code = await main(['check', '.', '--format', 'csv'], { ...rec.io, cwd: dir });
    const shown = rec.err.join('');
    expect([code === 0 || code === 1, shown.includes('12/12 tệp'), shown.endsWith('\r\x1b[2K'), rec.out.join('').includes('\x1b')]).toEqual([true, true, true, false]);
  });

  it('prints nothing extra on stderr when it is piped (the bin)', async () => {
    const run = await runBinQuiet(['check', '.', '--format', 'csv'], dir);
    expect([run.code === 0 || run.code === 1, run.err, run.out.split('\r\n').length - 2]).toEqual([true, '', 12]);
  });
});
