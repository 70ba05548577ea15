/**
 * The batch view's pure parts: the files a folder input gives are kept and ordered as the command's
 * folder walk orders them (so the web host's rows come in the command's order), the bounds are checked
 * before anything is sent, and the table sorts by a column with ties in file order.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SummaryRow } from '../../../../../core/report/batch-summary';
import type { BatchStatus } from '../../../../../electron/common/batch';
import { collectFiles } from '../../../../../electron/services/batch/collect';
import { compareShown, isChecked, overLimit, pickFiles } from '../../../../../renderer/features/batch/batch-files';
import { csvOf, firstTexts, linesOf, sortLines } from '../../../../../renderer/features/batch/batch-table';

const NAMES = ['a/x.docx', 'a.b/x.docx', 'a-b/y.txt', 'B/z.kehoach', 'ă/t.txt', 'b.docx', 'a/c/d.docx', 'a/Z.docx', 'a/é.txt', 'đ.txt', 'd.txt'];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-batch-order-'));
  for (const name of NAMES) {
    await mkdir(join(dir, 'goc', ...name.split('/').slice(0, -1)), { recursive: true });
    await writeFile(join(dir, 'goc', ...name.split('/')), '');
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function file(name: string, size = 10): File {
  const f = new File([new Uint8Array(size)], name.split('/').pop() as string);
  Object.defineProperty(f, 'webkitRelativePath', { value: name });
  return f;
}

function row(name: string, errors: number, warnings: number, reason: string | null = null): SummaryRow {
  return { file: name, kinds: reason ? [] : ['ke-hoach'], errors, warnings, infos: 0, first: [], reason };
}

describe('batch files', () => {
  it('orders a folder\'s files as the command walks the folder', async () => {
    const walked = (await collectFiles(['goc'], () => join(dir, 'goc'))).items.map((i) => i.file.split(/[\\/]/).join('/'));
    const shuffled = [...NAMES].reverse().map((n) => `goc/${n}`);
    const picked = pickFiles(shuffled.map((n) => file(n)), true);
    expect(picked.names).toEqual(walked);
    expect([...shuffled].sort(compareShown)).toEqual(walked);
  });

  it('keeps only .docx, .txt and .kehoach, without hidden files and Word lock files', () => {
    expect(['a.DOCX', 'x/b.txt', 'c.kehoach', 'd.doc', 'e.md', '~$f.docx', '.g.docx', '.an/h.docx'].filter(isChecked)).toEqual(['a.DOCX', 'x/b.txt', 'c.kehoach']);
    const picked = pickFiles([file('f/a.docx'), file('f/ghi-chu.md'), file('f/~$a.docx')], true);
    expect({ names: picked.names, skipped: picked.skipped }).toEqual({ names: ['f/a.docx'], skipped: 2 });
  });

  it('refuses too many files, or too many bytes, before sending them', () => {
    const limits = { maxFiles: 3, maxUploadBytes: 100, maxUploadTotalBytes: 150 };
    expect(overLimit([file('a'), file('b'), file('c'), file('d')], limits)).toEqual({ kind: 'too-many', max: 3 });
    expect(overLimit([file('a', 101)], limits)?.kind).toBe('too-large');
    expect(overLimit([file('a', 80), file('b', 80)], limits)?.kind).toBe('too-large');
    expect(overLimit([file('a', 80), file('b', 60)], limits)).toBeNull();
  });
});

describe('batch table', () => {
  const status: BatchStatus = {
    id: 'b1',
    folder: null,
    total: 5,
    done: 4,
    files: ['c.docx', 'a.docx', 'hong.docx', 'b.txt', 'cho.txt'],
    rows: [row('c.docx', 2, 1), row('a.docx', 0, 5), row('hong.docx', 0, 0, 'Tệp hỏng.'), row('b.txt', 2, 0), null],
    finished: false,
    cancelled: false,
    startedAt: 0,
  };

  it('sorts by errors (unreadable first, pending last when descending), ties in file order', () => {
    const sorted = sortLines(linesOf(status), { key: 'errors', descending: true }).map((l) => l.file);
    expect(sorted).toEqual(['hong.docx', 'c.docx', 'b.txt', 'a.docx', 'cho.txt']);
    expect(sortLines(linesOf(status), { key: 'warnings', descending: false }).map((l) => l.file)).toEqual(['cho.txt', 'b.txt', 'c.docx', 'a.docx', 'hong.docx']);
    expect(sortLines(linesOf(status), { key: 'file', descending: false }).map((l) => l.file)).toEqual(['a.docx', 'b.txt', 'c.docx', 'cho.txt', 'hong.docx']);
    expect(sortLines(linesOf(status), { key: 'index', descending: false }).map((l) => l.file)).toEqual(status.files);
  });

  it('says why a file could not be read, and that a file waits', () => {
    const lines = linesOf(status);
    expect(firstTexts(lines[2]?.row ?? null)).toEqual(['Không đọc được: Tệp hỏng.']);
    expect(firstTexts(lines[4]?.row ?? null)).toEqual(['Đang chờ…']);
    expect(firstTexts(lines[1]?.row ?? null)).toEqual(['Không có phát hiện nào.']);
  });

  it('exports the rows checked so far, in file order, as the command\'s CSV', () => {
    const csv = csvOf(status);
    expect(csv.startsWith('\ufeffTệp,Loại văn bản,Lỗi,Cảnh báo')).toBe(true);
    expect(csv.split('\r\n').slice(1, -1).map((l) => l.split(',')[0])).toEqual(['c.docx', 'a.docx', 'hong.docx', 'b.txt']);
  });
});
