import { chmod, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_GENERATIONS, backupPathOf, writeFileAtomic } from '../../../../../electron/services/fs/atomic-write';
import { tempDir } from '../../../../helpers/shell-fixtures';

describe('writeFileAtomic', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  afterEach(() => cleanup());

  it('replaces the file and keeps the previous version as <name>.bak', async () => {
    const target = join(dir, 'ke-hoach.kehoach');
    await writeFile(target, 'phiên bản 1');
    await writeFileAtomic(target, 'phiên bản 2', { backup: true });
    expect({
      current: await readFile(target, 'utf8'),
      backup: await readFile(backupPathOf(target), 'utf8'),
      files: (await readdir(dir)).sort(),
    }).toEqual({ current: 'phiên bản 2', backup: 'phiên bản 1', files: ['ke-hoach.kehoach', 'ke-hoach.kehoach.bak'] });
  });

  it('leaves the old file intact when the process dies between the write and the rename', async () => {
    const target = join(dir, 'ke-hoach.kehoach');
    await writeFile(target, 'bản cũ');
    let tempSeen = '';
    const crash = writeFileAtomic(target, 'bản mới', {
      hooks: {
        beforeRename: async (temp) => {
          tempSeen = await readFile(temp, 'utf8');
          throw new Error('simulated crash');
        },
      },
    });
    await expect(crash).rejects.toThrow('simulated crash');
    expect({ tempSeen, current: await readFile(target, 'utf8') }).toEqual({ tempSeen: 'bản mới', current: 'bản cũ' });
  });

  it('creates a new file without a backup when none existed', async () => {
    const target = join(dir, 'moi.kehoach');
    await writeFileAtomic(target, 'nội dung', { backup: true });
    expect({ current: await readFile(target, 'utf8'), files: await readdir(dir) }).toEqual({ current: 'nội dung', files: ['moi.kehoach'] });
  });

  it('keeps the replaced file’s permission bits (a private 0600 file stays private)', async () => {
    const target = join(dir, 'rieng.kehoach');
    const shared = join(dir, 'chung.kehoach');
    await writeFile(target, 'cũ');
    await chmod(target, 0o600);
    await writeFile(shared, 'cũ');
    await chmod(shared, 0o664);
    await writeFileAtomic(target, 'mới', { backup: true });
    await writeFileAtomic(shared, 'mới');
    const mode = async (path: string): Promise<string> => ((await stat(path)).mode & 0o777).toString(8);
    expect({ target: await mode(target), backup: await mode(backupPathOf(target)), shared: await mode(shared) }).toEqual({
      target: '600',
      backup: '600',
      shared: '664',
    });
  });

  it('keeps the previous versions as .bak, .bak2 and .bak3, dropping only the oldest, and leaves no temp file', async () => {
    const target = join(dir, 'ke-hoach.kehoach');
    for (const version of ['v1', 'v2', 'v3', 'v4', 'v5']) {
      await writeFileAtomic(target, version, { backup: true });
    }
    const generations = await Promise.all(
      Array.from({ length: BACKUP_GENERATIONS }, (_unused, i) => readFile(backupPathOf(target, i + 1), 'utf8')),
    );
    expect({ current: await readFile(target, 'utf8'), generations, files: (await readdir(dir)).sort() }).toEqual({
      current: 'v5',
      generations: ['v4', 'v3', 'v2'],
      files: ['ke-hoach.kehoach', 'ke-hoach.kehoach.bak', 'ke-hoach.kehoach.bak2', 'ke-hoach.kehoach.bak3'],
    });
  });
});
