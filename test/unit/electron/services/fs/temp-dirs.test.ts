/**
 * The hosts' temp folders a killed host left behind are swept at the next start: ours (exact prefix),
 * old ones only, never someone else's.
 */
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepStaleTempDirs } from '../../../../../electron/services/fs/temp-dirs';
import { tempDir } from '../../../../helpers/shell-fixtures';

describe('sweepStaleTempDirs', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir: root, cleanup } = await tempDir('kehoach-sweep-'));
  });
  afterEach(() => cleanup());

  it('removes our folders older than a day and keeps young ones and others’', async () => {
    const names = ['kehoach-render-a1B2c3', 'kehoach-batch-Zz9yX8', 'kehoach-render-live01', 'kehoach-renderer-old', 'khac-render-a1B2c3', 'kehoach-render-a1B2c3d'];
    for (const name of names) {
      await mkdir(join(root, name));
      await writeFile(join(root, name, 'van-ban.docx'), 'x');
    }
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    for (const name of names.filter((n) => n !== 'kehoach-render-live01')) {
      await utimes(join(root, name), twoDaysAgo, twoDaysAgo);
    }
    const removed = await sweepStaleTempDirs(root);
    expect({ removed, left: (await readdir(root)).sort() }).toEqual({
      removed: 2,
      left: ['kehoach-render-a1B2c3d', 'kehoach-render-live01', 'kehoach-renderer-old', 'khac-render-a1B2c3'],
    });
  });
});
