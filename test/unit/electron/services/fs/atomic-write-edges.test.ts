/**
 * The files around the user's files: temp files a crash left are swept, a read-only file is never
 * replaced, a replaced file keeps its mode, and names up to 255 bytes can be saved (longer ones get
 * their own reason).
 */
import { chmod, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupPathOf, isOurTempName, sweepStaleTemps, writeFileAtomic } from '../../../../../electron/services/fs/atomic-write';
import { WriteRefusedError, writeFailureReason } from '../../../../../electron/services/fs/write-errors';
import { tempDir } from '../../../../helpers/shell-fixtures';

/** A save that "crashes" between the write and the rename: the hook never returns, as if killed. */
function interruptedSave(target: string, data: string): Promise<string> {
  return new Promise((tempSeen) => {
    void writeFileAtomic(target, data, {
      hooks: {
        beforeRename: async (temp) => {
          tempSeen(temp);
          return new Promise<void>(() => undefined);
        },
      },
    });
  });
}

async function temps(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.tmp'));
}

describe('writeFileAtomic: the files around the user’s files', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  afterEach(() => cleanup());

  it('after 200 interrupted saves, the next save leaves no stale temp file in the folder', async () => {
    const target = join(dir, 'ke-hoach.kehoach');
    await writeFile(target, 'bản gốc');
    for (let i = 0; i < 200; i += 1) {
      await interruptedSave(target, `bản ${i} `.repeat(200));
    }
    const left = await temps(dir);
    // The crashes happened over an hour ago.
    const anHourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await Promise.all(left.map((name) => utimes(join(dir, name), anHourAgo, anHourAgo)));
    await writeFileAtomic(target, 'bản cuối');
    expect({ before: left.length, after: (await temps(dir)).length, current: await readFile(target, 'utf8') }).toEqual({
      before: 200,
      after: 0,
      current: 'bản cuối',
    });
  });

  it('keeps young temps (another save in progress) and files that only look alike', async () => {
    const young = await interruptedSave(join(dir, 'a.kehoach'), 'đang lưu');
    const foreign = ['.kh-xyz.tmp', 'ghi-chu.tmp', '.kh-0123456789ab.tmp.bak', '.a.kehoach.0123.tmp'];
    const legacy = '.cu.kehoach.0123456789ab.tmp';
    for (const name of [...foreign, legacy]) {
      await writeFile(join(dir, name), 'x');
    }
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await Promise.all([...foreign, legacy].map((name) => utimes(join(dir, name), old, old)));
    const removed = await sweepStaleTemps(dir);
    const names = await readdir(dir);
    expect({ removed, young: names.includes(young.split('/').pop() ?? ''), foreign: foreign.filter((f) => names.includes(f)), legacy: names.includes(legacy) }).toEqual({
      removed: 1,
      young: true,
      foreign,
      legacy: false,
    });
  });

  it('names its temp files by one exact pattern', () => {
    expect(['.kh-0123456789ab.tmp', '.kh-0123456789AB.tmp', '.kh-0123456789ab.tmp~', 'kh-0123456789ab.tmp', '.x.docx.a1b2c3d4e5f6.tmp'].map(isOurTempName)).toEqual([
      true,
      false,
      false,
      false,
      true,
    ]);
  });

  it('never replaces a read-only file, and says so in Vietnamese', async () => {
    const target = join(dir, 'chi-doc.kehoach');
    await writeFile(target, 'bản được bảo vệ');
    await chmod(target, 0o444);
    const attempt = await writeFileAtomic(target, 'bản mới', { backup: true }).then(
      () => null,
      (error: unknown) => error,
    );
    expect({
      refused: attempt instanceof WriteRefusedError,
      reason: writeFailureReason(attempt),
      content: await readFile(target, 'utf8'),
      mode: ((await stat(target)).mode & 0o777).toString(8),
      files: (await readdir(dir)).sort(),
    }).toEqual({
      refused: true,
      reason: expect.stringContaining('chỉ đọc'),
      content: 'bản được bảo vệ',
      mode: '444',
      files: ['chi-doc.kehoach'],
    });
  });

  it('a 0600 file stays 0600 after a save, its backup too', async () => {
    const target = join(dir, 'rieng.kehoach');
    await writeFile(target, 'cũ');
    await chmod(target, 0o600);
    await writeFileAtomic(target, 'mới', { backup: true });
    await writeFileAtomic(target, 'mới hơn', { backup: true });
    const mode = async (path: string): Promise<number> => (await stat(path)).mode & 0o777;
    expect([await mode(target), await mode(backupPathOf(target)), await mode(backupPathOf(target, 2))]).toEqual([0o600, 0o600, 0o600]);
  });

  it('saves names of 238 to 255 bytes (Vietnamese letters take 2–3 bytes each)', async () => {
    const saved: number[] = [];
    for (const bytes of [238, 245, 250, 255]) {
      // "ế" is 3 bytes in UTF-8: fill with it, pad with ASCII, end with ".kehoach" (8 bytes).
      const stem = 'ế'.repeat(Math.floor((bytes - 8) / 3));
      const name = `${stem}${'a'.repeat(bytes - 8 - Buffer.byteLength(stem))}.kehoach`;
      const target = join(dir, name);
      await writeFile(target, 'cũ');
      await writeFileAtomic(target, 'mới', { backup: true });
      await writeFileAtomic(target, 'mới hơn', { backup: true });
      if ((await readFile(target, 'utf8')) === 'mới hơn') {
        saved.push(Buffer.byteLength(name));
      }
    }
    expect({ saved, temps: await temps(dir) }).toEqual({ saved: [238, 245, 250, 255], temps: [] });
  });

  it('a name over 255 bytes gets its own reason, not "no permission or disk full"', async () => {
    const target = join(dir, `${'ư'.repeat(124)}.kehoach`);
    const attempt = await writeFileAtomic(target, 'x').then(
      () => null,
      (error: unknown) => error,
    );
    expect({ reason: writeFailureReason(attempt), files: await readdir(dir) }).toEqual({ reason: expect.stringContaining('tên tệp quá dài'), files: [] });
  });
});
