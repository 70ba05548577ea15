/**
 * Recent files: a bounded list in the data folder, newest first; files that no longer exist are dropped.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../../common/host-api';
import { pathExists, writeFileAtomic } from '../fs/atomic-write';

const storedSchema = z.array(z.object({ path: z.string().min(1), name: z.string(), openedAt: z.string() }));

/** The recent-files list stored in one JSON file. */
export class RecentFiles {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly limit = 10,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The list, newest first, without files that have disappeared (the stored list is pruned too). */
  list(): Promise<readonly RecentFile[]> {
    return this.serial(async () => {
      const stored = await this.read();
      const present: RecentFile[] = [];
      for (const entry of stored) {
        if (await pathExists(entry.path)) {
          present.push(entry);
        }
      }
      if (present.length !== stored.length) {
        await this.write(present);
      }
      return present;
    });
  }

  /** Whether a path is on the list (an open request for it came from the user's own history). */
  async has(path: string): Promise<boolean> {
    const stored = await this.serial(() => this.read());
    return stored.some((entry) => entry.path === path);
  }

  /** Puts a file at the top of the list. */
  add(path: string): Promise<void> {
    return this.serial(async () => {
      const stored = await this.read();
      const entry: RecentFile = { path, name: basename(path), openedAt: this.now().toISOString() };
      await this.write([entry, ...stored.filter((e) => e.path !== path)].slice(0, this.limit));
    });
  }

  dispose(): Promise<void> {
    return this.serial(async () => undefined);
  }

  private async read(): Promise<readonly RecentFile[]> {
    try {
      const parsed = storedSchema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      return parsed.success ? parsed.data.slice(0, this.limit) : [];
    } catch {
      return [];
    }
  }

  private async write(entries: readonly RecentFile[]): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, `${JSON.stringify(entries, null, 2)}\n`);
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
