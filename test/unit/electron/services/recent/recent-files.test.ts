import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecentFiles } from '../../../../../electron/services/recent/recent-files';
import { tempDir } from '../../../../helpers/shell-fixtures';

describe('RecentFiles', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let tick = 0;
  const clock = (): Date => new Date(Date.UTC(2026, 0, 1, 8, 0, tick++));
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    tick = 0;
  });
  afterEach(() => cleanup());

  async function files(...names: string[]): Promise<string[]> {
    const paths = names.map((n) => join(dir, n));
    await Promise.all(paths.map((p) => writeFile(p, 'x')));
    return paths;
  }

  it('lists files newest first, moving a reopened file to the top without duplicates', async () => {
    const [a, b] = await files('a.kehoach', 'b.txt');
    const recent = new RecentFiles(join(dir, 'recent.json'), 10, clock);
    await recent.add(a!);
    await recent.add(b!);
    await recent.add(a!);
    expect((await recent.list()).map((r) => r.name)).toEqual(['a.kehoach', 'b.txt']);
  });

  it('keeps at most the configured number of entries', async () => {
    const paths = await files('1.txt', '2.txt', '3.txt', '4.txt');
    const recent = new RecentFiles(join(dir, 'recent.json'), 3, clock);
    for (const p of paths) {
      await recent.add(p);
    }
    expect((await recent.list()).map((r) => r.name)).toEqual(['4.txt', '3.txt', '2.txt']);
  });

  it('drops files that no longer exist, also from the stored list', async () => {
    const [a, b] = await files('a.txt', 'b.txt');
    const recent = new RecentFiles(join(dir, 'recent.json'), 10, clock);
    await recent.add(a!);
    await recent.add(b!);
    await rm(b!);
    await recent.list();
    const reloaded = new RecentFiles(join(dir, 'recent.json'), 10, clock);
    expect({ names: (await reloaded.list()).map((r) => r.name), hasB: await reloaded.has(b!) }).toEqual({ names: ['a.txt'], hasB: false });
  });

  it('reads a corrupt list as empty', async () => {
    await writeFile(join(dir, 'recent.json'), '{ không phải json');
    expect(await new RecentFiles(join(dir, 'recent.json')).list()).toEqual([]);
  });
});
