/**
 * Atomic file writes: a temp file in the same folder, fsync, rename. A crash at any point leaves either
 * the old file or the new one, never half of one. Knows nothing about plans.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Test seams: simulate a crash between the write and the rename. */
export type AtomicWriteHooks = {
  readonly beforeRename?: (tempPath: string) => Promise<void>;
};

export type AtomicWriteOptions = {
  /** Copy the previous file to "<target>.bak" before replacing it. */
  readonly backup?: boolean;
  readonly hooks?: AtomicWriteHooks;
};

/** The backup path of a file: "<name>.bak" next to it. */
export function backupPathOf(target: string): string {
  return `${target}.bak`;
}

/** Whether a path exists (any kind of entry). */
export async function pathExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes data to target atomically, optionally keeping the previous version as "<target>.bak". */
export async function writeFileAtomic(target: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): Promise<void> {
  const temp = tempPathFor(target);
  try {
    await writeAndSync(temp, data);
    if (options.backup === true && (await pathExists(target))) {
      const backupTemp = tempPathFor(target);
      await copyFile(target, backupTemp);
      await rename(backupTemp, backupPathOf(target));
    }
    await options.hooks?.beforeRename?.(temp);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(target));
}

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

async function writeAndSync(path: string, data: Uint8Array | string): Promise<void> {
  // 'wx': the temp name is fresh; never follow or clobber something already there.
  const handle = await open(path, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDirectory(dir: string): Promise<void> {
  // Makes the rename itself durable on POSIX; Windows cannot open directories, which is fine there.
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort
  }
}
