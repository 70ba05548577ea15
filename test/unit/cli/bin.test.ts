import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializePlan } from '../../../core/model/serialize';
import { templatePlan } from '../../helpers/templates-builders';
import type { CliRun } from '../../helpers/cli-run';
import { runBinQuiet as runBin } from './build-note';

const plan = await templatePlan('ke-hoach-trien-khai', { archiveCode: 'VX' });

let dir: string;

/** One line on stderr, no stack frame, and the exit status. */
function shape(run: CliRun): { code: number; lines: number; stack: boolean; first: string } {
  const lines = run.err.trimEnd().split('\n');
  return { code: run.code, lines: lines.length, stack: /\n\s+at /.test(run.err), first: lines[0] ?? '' };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-bin-'));
  await writeFile(join(dir, 'trong.txt'), '');
  await writeFile(join(dir, 'tcvn3.txt'), Buffer.from('K\xb8 ho\xb9ch\n', 'latin1'));
  await writeFile(join(dir, 'cu.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  await mkdir(join(dir, 'thu-muc'));
  await writeFile(join(dir, 'kh.kehoach'), serializePlan(plan));
  // A 50 MB text file, written in 1 MB chunks of plain lines.
  const handle = await open(join(dir, 'lon.txt'), 'w');
  const chunk = Buffer.from('Nội dung kế hoạch dòng dài để làm đầy tệp.\n'.repeat(24_000)).subarray(0, 1024 * 1024);
  for (let i = 0; i < 50; i++) {
    await handle.write(chunk);
  }
  await handle.close();
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the kehoach bin (node packages/kehoach-cli/kehoach.cjs)', () => {
  it('exits 0 with the usage for --help', async () => {
    const run = await runBin(['--help'], dir);
    expect([run.code, run.out.startsWith('Cách dùng: kehoach'), run.err]).toEqual([0, true, '']);
  });

  it('exits 2 with a one-line Vietnamese reason and no stack trace for each kind of bad input', async () => {
    const runs = await Promise.all(
      [['khong-co.txt'], ['trong.txt'], ['tcvn3.txt'], ['lon.txt'], ['thu-muc'], ['cu.doc']].map((args) => runBin(['check', ...args], dir)),
    );
    expect(runs.map(shape)).toEqual([
      { code: 2, lines: 1, stack: false, first: `kehoach: Không tìm thấy tệp "${join(dir, 'khong-co.txt')}".` },
      { code: 2, lines: 1, stack: false, first: 'kehoach: Tệp "trong.txt" trống.' },
      {
        code: 2,
        lines: 1,
        stack: false,
        first: 'kehoach: Tệp "tcvn3.txt" không phải văn bản UTF-8 (có thể là mã TCVN3 hoặc VNI); hãy lưu lại với bảng mã Unicode UTF-8.',
      },
      { code: 2, lines: 1, stack: false, first: 'kehoach: Tệp "lon.txt" quá lớn (50,0 MB); chỉ đọc tệp đến 20,0 MB.' },
      { code: 2, lines: 1, stack: false, first: 'kehoach: Thư mục "thu-muc" không có tệp .docx, .txt hay .kehoach nào.' },
      { code: 2, lines: 1, stack: false, first: 'kehoach: Tệp "cu.doc" là định dạng Word cũ (.doc); hãy mở bằng Word và lưu thành .docx rồi thử lại.' },
    ]);
  });

  it('exits 2 on an unknown verb with the usage on stderr', async () => {
    const run = await runBin(['xoa', 'a.txt'], dir);
    expect([run.code, run.out, run.err.split('\n')[0]]).toEqual([2, '', 'kehoach: không có lệnh "xoa".']);
  });

  it('exits 0 on a plan with no error and 1 on a plan with an error', async () => {
    const broken = { ...plan, header: { ...plan.header, date: { day: 30, month: 2, year: 2026 } } };
    await writeFile(join(dir, 'sai.kehoach'), serializePlan(broken));
    const [good, bad] = await Promise.all([runBin(['check', 'kh.kehoach'], dir), runBin(['check', 'sai.kehoach', '--json'], dir)]);
    expect([good.code, bad.code, good.err, bad.err]).toEqual([0, 1, '', '']);
  });

  it('refuses a .kehoach of the wrong shape with the schema\'s place (zod, which the bundle loads at its first use)', async () => {
    const wrong = JSON.parse(serializePlan(plan)) as { body: { id: unknown }[] };
    const first = wrong.body[0];
    if (first) {
      first.id = 7;
    }
    await writeFile(join(dir, 'hong.kehoach'), JSON.stringify(wrong));
    const run = await runBin(['check', 'hong.kehoach'], dir);
    expect(shape(run)).toEqual({ code: 2, lines: 1, stack: false, first: 'kehoach: Tệp kế hoạch không đúng cấu trúc (tại body.0.id).' });
  });
});
