import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { filesFromArgv, PendingFiles } from '../../../../electron/main/pending-files';
import { tempDir } from '../../../helpers/shell-fixtures';

vi.mock('electron', () => ({}));

describe('files to open from the command line', () => {
  it('keeps existing .kehoach, .txt and .docx arguments, resolved against the working folder', async () => {
    const { dir, cleanup } = await tempDir();
    await writeFile(join(dir, 'a.kehoach'), '{}');
    await writeFile(join(dir, 'b.TXT'), 'x');
    const found = filesFromArgv(['--inspect', 'a.kehoach', 'b.TXT', 'missing.docx', 'c.exe'], dir);
    const queue = new PendingFiles();
    queue.push(found);
    const taken = [queue.take(), queue.take(), queue.take()];
    await cleanup();
    expect(taken).toEqual([join(dir, 'a.kehoach'), join(dir, 'b.TXT'), null]);
  });
});
