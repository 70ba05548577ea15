import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupPathOf, writeFileAtomic } from '../../../../../electron/services/fs/atomic-write';
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
});
