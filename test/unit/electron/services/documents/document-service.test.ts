import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlan, serializePlan } from '../../../../../core/model/serialize';
import { DocumentService } from '../../../../../electron/services/documents/document-service';
import { RecentFiles } from '../../../../../electron/services/recent/recent-files';
import { Presence } from '../../../../../electron/services/recovery/presence';
import type { DocumentReader } from '../../../../../electron/services/worker/document-work';
import { FakeDialogs, samplePlan, tempDir } from '../../../../helpers/shell-fixtures';

describe('DocumentService', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let dialogs: FakeDialogs;
  let recent: RecentFiles;
  let service: DocumentService;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    dialogs = new FakeDialogs();
    recent = new RecentFiles(join(dir, 'recent.json'));
    service = new DocumentService(dialogs, recent);
  });
  afterEach(() => cleanup());

  it('refuses an upload too large for its kind from its base64 length, without decoding or reading it', async () => {
    const reads: string[] = [];
    const reader: DocumentReader = {
      readFile: (path) => (reads.push(path), Promise.reject(new Error('not expected'))),
      readBytes: (name) => (reads.push(name), Promise.reject(new Error('not expected'))),
    };
    const withReader = new DocumentService(dialogs, recent, {}, new Presence(null), reader);
    // 21 MB of text (the cap for text and .kehoach is 20 MB); a .docx of that size would be read.
    const base64 = Buffer.alloc(21 * 1024 * 1024, 'a').toString('base64');
    const answers = await Promise.all(['ke-hoach.txt', 'ke-hoach.kehoach'].map((name) => withReader.open({ upload: { name, base64 } })));
    expect({ codes: answers.map((a) => (a.ok ? 'ok' : a.error.code)), reads }).toEqual({ codes: ['file/too-large', 'file/too-large'], reads: [] });
    await withReader.open({ upload: { name: 'ke-hoach.docx', base64 } }).catch(() => undefined);
    expect(reads).toEqual(['ke-hoach.docx']);
  });

  it('asks where to save a new plan, then saves it there again without asking, keeping a backup', async () => {
    const target = join(dir, 'ke-hoach.kehoach');
    dialogs.saveAnswers.push({ kind: 'path', path: target });
    const first = await service.save({ path: null, saveAs: false, document: samplePlan('Bản 1'), suggestedName: 'ke-hoach' });
    const second = await service.save({ path: target, saveAs: false, document: samplePlan('Bản 2'), suggestedName: 'ke-hoach' });
    const current = parsePlan(await readFile(target, 'utf8'));
    const backup = parsePlan(await readFile(`${target}.bak`, 'utf8'));
    expect({
      first,
      second,
      asked: dialogs.saveRequests.map((r) => r.suggestedName),
      current: current.ok && current.value.header.summary,
      backup: backup.ok && backup.value.header.summary,
      recent: (await recent.list()).map((r) => r.path),
    }).toEqual({
      first: { ok: true, value: { path: target, name: 'ke-hoach.kehoach', version: expect.objectContaining({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }) } },
      second: { ok: true, value: { path: target, name: 'ke-hoach.kehoach', version: expect.objectContaining({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }) } },
      asked: ['ke-hoach.kehoach'],
      current: 'Bản 2',
      backup: 'Bản 1',
      recent: [target],
    });
  });

  it('asks before writing to a path the user never chose, and writes nothing when cancelled', async () => {
    const victim = join(dir, 'khac.kehoach');
    await writeFile(victim, 'không được ghi đè');
    const result = await service.save({ path: victim, saveAs: false, document: samplePlan(), suggestedName: 'x' });
    expect({ result, asked: dialogs.saveRequests.length, victim: await readFile(victim, 'utf8') }).toEqual({
      result: { ok: true, value: null },
      asked: 1,
      victim: 'không được ghi đè',
    });
  });

  it('refuses to open a path that is neither chosen nor recent', async () => {
    const secret = join(dir, 'bi-mat.txt');
    await writeFile(secret, 'KẾ HOẠCH');
    expect(await service.open({ path: secret })).toEqual({
      ok: false,
      error: { code: 'ipc/forbidden', message: 'Chỉ mở được tệp bạn đã chọn hoặc tệp trong danh sách gần đây.' },
    });
  });

  it('opens a file chosen in the dialog, then again by path from the recent list in a new launch', async () => {
    const file = join(dir, 'ke-hoach.kehoach');
    await writeFile(file, serializePlan(samplePlan('Mở lại')));
    dialogs.openAnswers.push(file);
    const first = await service.open({});
    const relaunched = new DocumentService(new FakeDialogs(), new RecentFiles(join(dir, 'recent.json')));
    const again = await relaunched.open({ path: file });
    const summary = (r: typeof first): unknown => (r.ok && r.value ? [r.value.format, r.value.path, r.value.documents[0]?.header.summary] : r);
    expect({ first: summary(first), again: summary(again) }).toEqual({
      first: ['kehoach', file, 'Mở lại'],
      again: ['kehoach', file, 'Mở lại'],
    });
  });

  it('opens an upload without touching the disk', async () => {
    const base64 = Buffer.from(serializePlan(samplePlan('Tải lên'))).toString('base64');
    const result = await service.open({ upload: { name: '../../tai-len.kehoach', base64 } });
    expect(result.ok && result.value ? [result.value.path, result.value.name, result.value.documents[0]?.header.summary] : result).toEqual([
      null,
      'tai-len.kehoach',
      'Tải lên',
    ]);
  });

  it('returns null when the open dialog is cancelled', async () => {
    expect(await service.open({})).toEqual({ ok: true, value: null });
  });

  it('writes exported bytes where the save dialog says, or hands them back for a download', async () => {
    const target = join(dir, 'xuat.docx');
    dialogs.saveAnswers.push({ kind: 'path', path: target }, { kind: 'download' });
    const bytes = Buffer.from([0x50, 0x4b, 3, 4]).toString('base64');
    const saved = await service.saveFile({ suggestedName: 'Kế hoạch', base64: bytes, filter: 'docx' });
    const download = await service.saveFile({ suggestedName: 'Kế hoạch', base64: bytes, filter: 'docx' });
    expect({ saved, download, bytes: [...(await readFile(target))] }).toEqual({
      saved: { ok: true, value: { path: target, name: 'xuat.docx' } },
      download: { ok: true, value: { path: null, name: 'Kế hoạch.docx' } },
      bytes: [0x50, 0x4b, 3, 4],
    });
  });

  it('reports a failed write in Vietnamese and leaves the old file in place', async () => {
    const target = join(dir, 'ke-hoach.kehoach');
    await writeFile(target, 'cũ');
    service.grant(target);
    const crashing = new DocumentService(dialogs, recent, { beforeRename: async () => Promise.reject(new Error('disk gone')) });
    crashing.grant(target);
    const result = await crashing.save({ path: target, saveAs: false, document: samplePlan(), suggestedName: 'x' });
    expect({ result, content: await readFile(target, 'utf8'), files: (await readdir(dir)).sort() }).toEqual({
      result: { ok: false, error: { code: 'file/write-failed', message: 'Không lưu được "ke-hoach.kehoach" (lỗi ghi tệp); tệp cũ vẫn giữ nguyên.' } },
      content: 'cũ',
      files: ['ke-hoach.kehoach', 'ke-hoach.kehoach.bak'],
    });
  });
});
