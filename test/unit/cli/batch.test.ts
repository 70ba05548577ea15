/**
 * `kehoach check` of folders and several files: rows in the order named, a row with its reason for each
 * file that cannot be read, the exit status of the contract, and the JSON, CSV and HTML summaries.
 * Runs in this process (runCli); several files go to worker threads, as from the command line.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../core/model/plan-document';
import { serializePlan } from '../../../core/model/serialize';
import { templatePlan } from '../../helpers/templates-builders';
import { runCli } from '../../helpers/cli-run';
import { parseCsv } from './csv-parse';

const good: PlanDocument = await templatePlan('ke-hoach-trien-khai');
/** The same plan dated a day that does not exist: one error (date.valid). */
const bad: PlanDocument = { ...good, header: { ...good.header, date: { day: 31, month: 4, year: 2026 } } };

let dir: string;

type JsonEntry = { file: string; error?: string; documents: { kind: string; findings: { rule: string; severity: string }[] }[] };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-batch-'));
  // lo/: a good plan, a plan with an error, and in lo/con/ an empty text and a .docx that is no zip;
  // a hidden file, a Word lock file and a note that is not a document are not picked up.
  await mkdir(join(dir, 'lo', 'con'), { recursive: true });
  await writeFile(join(dir, 'lo', 'dat.kehoach'), serializePlan(good));
  await writeFile(join(dir, 'lo', 'sai.kehoach'), serializePlan(bad));
  await writeFile(join(dir, 'lo', 'con', 'trong.txt'), '');
  await writeFile(join(dir, 'lo', 'con', 'hong.docx'), 'không phải tệp Word');
  await writeFile(join(dir, 'lo', '.an.kehoach'), serializePlan(bad));
  await writeFile(join(dir, 'lo', '~$dat.docx'), 'khóa của Word');
  await writeFile(join(dir, 'lo', 'ghi-chu.md'), '# ghi chú');
  // tot/: two good plans only; hai/: a good and a bad one.
  await mkdir(join(dir, 'tot'));
  await writeFile(join(dir, 'tot', 'a.kehoach'), serializePlan(good));
  await writeFile(join(dir, 'tot', 'b.kehoach'), serializePlan(good));
  await mkdir(join(dir, 'hai'));
  await writeFile(join(dir, 'hai', 'dat.kehoach'), serializePlan(good));
  await writeFile(join(dir, 'hai', 'sai.kehoach'), serializePlan(bad));
  await mkdir(join(dir, 'rong'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('kehoach check of a folder', () => {
  it('gives one JSON entry per file, in name order, the unreadable ones with their reason, and exits 2', async () => {
    const run = await runCli(['check', 'lo', '--json'], dir);
    const json = JSON.parse(run.out) as JsonEntry[];
    const entries = json.map((e) => ({
      file: e.file,
      error: e.error ?? null,
      kinds: e.documents.map((d) => d.kind),
      errors: e.documents.flatMap((d) => d.findings.filter((f) => f.severity === 'error').map((f) => f.rule)),
    }));
    expect([run.code, entries, run.err.trimEnd().split('\n')]).toEqual([
      2,
      [
        { file: join('lo', 'con', 'hong.docx'), error: expect.stringMatching(/\S/), kinds: [], errors: [] },
        { file: join('lo', 'con', 'trong.txt'), error: 'Tệp "trong.txt" trống.', kinds: [], errors: [] },
        { file: join('lo', 'dat.kehoach'), error: null, kinds: ['ke-hoach'], errors: [] },
        { file: join('lo', 'sai.kehoach'), error: null, kinds: ['ke-hoach'], errors: ['date.valid'] },
      ],
      // The reader's reason for the broken .docx does not name it: the line does.
      [`kehoach: ${join('lo', 'con', 'hong.docx')}: ${json[0]?.error ?? ''}`, 'kehoach: Tệp "trong.txt" trống.'],
    ]);
  });

  it('writes the JSON array exactly as JSON.stringify(array, null, 2) would', async () => {
    const run = await runCli(['check', 'hai', '--json'], dir);
    expect(run.out).toBe(`${JSON.stringify(JSON.parse(run.out), null, 2)}\n`);
  });

  it('exits 1 when some file has errors and none is unreadable, 0 when no file has errors', async () => {
    const [mixed, clean] = [await runCli(['check', 'hai'], dir), await runCli(['check', 'tot', '--json'], dir)];
    expect([mixed.code, clean.code, (JSON.parse(clean.out) as unknown[]).length, mixed.err, clean.err]).toEqual([1, 0, 2, '', '']);
  });

  it('prints each file’s text report in the order named, then the totals', async () => {
    const run = await runCli(['check', 'hai/sai.kehoach', 'tot', 'hai/dat.kehoach'], dir);
    const files = run.out.split('\n').filter((l) => l.startsWith('Tệp: '));
    expect([run.code, files, run.out.trimEnd().split('\n').pop()?.startsWith('Tổng hợp: 4 tệp; 1 có lỗi, ')]).toEqual([
      1,
      [`Tệp: hai/sai.kehoach`, `Tệp: ${join('tot', 'a.kehoach')}`, `Tệp: ${join('tot', 'b.kehoach')}`, 'Tệp: hai/dat.kehoach'],
      true,
    ]);
  });

  it('gives a folder with nothing to check a row with its reason, and exits 2', async () => {
    const run = await runCli(['check', 'rong', 'tot', '--format', 'csv'], dir);
    const rows = parseCsv(run.out.slice(1));
    expect([run.code, rows.map((r) => [r[0], r[6]]), run.err]).toEqual([
      2,
      [
        ['Tệp', 'Không đọc được vì'],
        ['rong', 'Thư mục "rong" không có tệp .docx, .txt hay .kehoach nào.'],
        [join('tot', 'a.kehoach'), ''],
        [join('tot', 'b.kehoach'), ''],
      ],
      'kehoach: Thư mục "rong" không có tệp .docx, .txt hay .kehoach nào.\n',
    ]);
  });

  it('checks a file named twice, or named and inside a folder named, once', async () => {
    const run = await runCli(['check', 'tot/a.kehoach', 'tot', 'tot/a.kehoach', '--json'], dir);
    expect((JSON.parse(run.out) as JsonEntry[]).map((e) => e.file)).toEqual(['tot/a.kehoach', join('tot', 'b.kehoach')]);
  });

  it('refuses a --jobs that is not a positive whole number', async () => {
    const run = await runCli(['check', 'tot', '--jobs', '0'], dir);
    expect([run.code, run.err.split('\n')[0]]).toEqual([2, 'kehoach: số luồng kiểm tra (--jobs) phải là số nguyên dương (đang là "0").']);
  });
});

describe('the CSV summary', () => {
  it('has a row per file with kind, counts and first findings, UTF-8 with a byte-order mark', async () => {
    const run = await runCli(['check', 'lo', '--format', 'csv', '-o', 'tong-hop.csv', '-j', '2'], dir);
    const bytes = await readFile(join(dir, 'tong-hop.csv'));
    const rows = parseCsv(bytes.subarray(3).toString('utf8'));
    const sai = rows.find((r) => r[0] === join('lo', 'sai.kehoach'));
    expect([
      run.code,
      run.out,
      [...bytes.subarray(0, 3)],
      rows[0],
      rows.length,
      sai?.slice(1, 3),
      sai?.[5]?.split('\n')[0]?.startsWith('[Lỗi] '),
      sai?.[5]?.includes('(date.valid)'),
      rows.find((r) => r[0] === join('lo', 'con', 'trong.txt'))?.slice(1),
    ]).toEqual([
      2,
      '',
      [0xef, 0xbb, 0xbf],
      ['Tệp', 'Loại văn bản', 'Lỗi', 'Cảnh báo', 'Gợi ý', 'Phát hiện đầu tiên', 'Không đọc được vì'],
      5,
      ['Kế hoạch', '1'],
      true,
      true,
      ['', '', '', '', '', 'Tệp "trong.txt" trống.'],
    ]);
  });
});

describe('the HTML summary', () => {
  it('with -o a folder: index.html links each readable file to its own report written there', async () => {
    const run = await runCli(['check', 'lo', '--format', 'html', '-o', 'phieu'], dir);
    const index = await readFile(join(dir, 'phieu', 'index.html'), 'utf8');
    const links = [...index.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    const reports = (await readdir(join(dir, 'phieu'))).sort();
    const first = await readFile(join(dir, 'phieu', '003-dat.kehoach.html'), 'utf8');
    expect([run.code, run.out, links, reports, first.includes('Phiếu kiểm tra thể thức'), index.includes('Không đọc được: Tệp &quot;trong.txt&quot; trống.')]).toEqual([
      2,
      '',
      [
        ['003-dat.kehoach.html', join('lo', 'dat.kehoach')],
        ['004-sai.kehoach.html', join('lo', 'sai.kehoach')],
      ],
      ['003-dat.kehoach.html', '004-sai.kehoach.html', 'index.html'],
      true,
      true,
    ]);
  });

  it('with -o a .html file: the reports go in the folder of the same name beside it; a second run needs --force', async () => {
    const first = await runCli(['check', 'hai', '--format', 'html', '-o', 'bao cao.html'], dir);
    const summary = await readFile(join(dir, 'bao cao.html'), 'utf8');
    const links = [...summary.matchAll(/<a href="([^"]+)">/g)].map((m) => m[1]);
    const again = await runCli(['check', 'hai', '--format', 'html', '-o', 'bao cao.html'], dir);
    const forced = await runCli(['check', 'hai', '--format', 'html', '-o', 'bao cao.html', '--force'], dir);
    expect([first.code, links, (await readdir(join(dir, 'bao cao'))).sort(), again.code, again.err, forced.code]).toEqual([
      1,
      ['bao%20cao/001-dat.kehoach.html', 'bao%20cao/002-sai.kehoach.html'],
      ['001-dat.kehoach.html', '002-sai.kehoach.html'],
      2,
      'kehoach: Tệp "bao cao.html" đã có; thêm --force để ghi đè.\n',
      1,
    ]);
  });

  it('on stdout: the summary table alone, without links', async () => {
    const run = await runCli(['check', 'hai', '--format', 'html'], dir);
    expect([run.code, run.out.startsWith('<!DOCTYPE html>'), run.out.includes('<a href'), (run.out.match(/<tr/g) ?? []).length]).toEqual([1, true, false, 3]);
  });
});
