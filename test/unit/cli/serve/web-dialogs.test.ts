import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeFileName, WebDialogs } from '../../../../cli/serve/web-dialogs';
import { tempDir } from '../../../helpers/shell-fixtures';

describe('web host dialogs', () => {
  it('never hands out an existing or already given name, adding " (2)", " (3)"', async () => {
    const { dir, cleanup } = await tempDir();
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'Kế hoạch.kehoach'), 'đã có');
    const dialogs = new WebDialogs(dir);
    const ask = (): Promise<unknown> => dialogs.showSave({ suggestedName: 'Kế hoạch.kehoach', filter: 'kehoach', currentPath: null });
    const answers = [await ask(), await ask()];
    await cleanup();
    expect(answers).toEqual([
      { kind: 'path', path: join(dir, 'Kế hoạch (2).kehoach') },
      { kind: 'path', path: join(dir, 'Kế hoạch (3).kehoach') },
    ]);
  });

  it('turns exports into downloads and has no open dialog', async () => {
    const dialogs = new WebDialogs('/nowhere');
    expect([await dialogs.showSave({ suggestedName: 'a.docx', filter: 'docx', currentPath: null }), await dialogs.showOpen()]).toEqual([
      { kind: 'download' },
      null,
    ]);
  });

  it('strips folders, reserved characters, leading dots and device names from file names', () => {
    expect([safeFileName('../../etc/passwd'), safeFileName('a\\b:c*?.kehoach'), safeFileName('...'), safeFileName('CON.kehoach'), safeFileName('Ke\u0302\u0301 hoa\u0323ch')]).toEqual([
      'passwd',
      'bc.kehoach',
      'ke-hoach.kehoach',
      '_CON.kehoach',
      'Kế hoạch',
    ]);
  });
});
