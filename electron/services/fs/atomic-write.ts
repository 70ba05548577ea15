/**
 * Atomic file writes: a temp file in the same folder, fsync, rename. A crash at any point leaves either
 * the old file or the new one, never half of one; the file is never rewritten in place. A replaced file
 * keeps its permission bits, and its previous versions can be kept as numbered backups. Knows nothing
 * about plans.
 */
import { randomBytes } from 'node:crypto';
import { chmod, copyFile, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Test seams: simulate a crash between the write and the rename. */
export type AtomicWriteHooks = {
  readonly beforeRename?: (tempPath: string) => Promise<void>;
};

/** How many previous versions a backed-up save keeps: "<name>.bak" (newest), "<name>.bak2", "<name>.bak3". */
export const BACKUP_GENERATIONS = 3;

export type AtomicWriteOptions = {
  /** Keep the previous file as "<target>.bak" (older ones move to ".bak2", ".bak3"). */
  readonly backup?: boolean;
  readonly hooks?: AtomicWriteHooks;
};

/** The backup path of a file: "<name>.bak" for the newest previous version, "<name>.bak<n>" for older ones. */
export function backupPathOf(target: string, generation = 1): string {
  return generation <= 1 ? `${target}.bak` : `${target}.bak${generation}`;
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

/** Writes data to target atomically, keeping its mode, optionally keeping previous versions as backups. */
export async function writeFileAtomic(target: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): Promise<void> {
  const previous = await stat(target).catch(() => null);
  // A new file gets 0644 less the umask; a replaced one keeps its own bits.
  const mode = previous?.isFile() === true ? previous.mode & 0o7777 : null;
  const temp = tempPathFor(target);
  try {
    await writeAndSync(temp, data, mode);
    if (options.backup === true && previous?.isFile() === true) {
      await rotateBackups(target);
    }
    await options.hooks?.beforeRename?.(temp);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(target));
}

/** Shifts ".bak" → ".bak2" → ".bak3" (the oldest goes), then copies the current file to ".bak" by rename. */
async function rotateBackups(target: string): Promise<void> {
  for (let generation = BACKUP_GENERATIONS - 1; generation >= 1; generation -= 1) {
    const from = backupPathOf(target, generation);
    if (await pathExists(from)) {
      await rename(from, backupPathOf(target, generation + 1));
    }
  }
  // copyFile keeps the mode; the copy lands under a temp name first so ".bak" is never half written.
  const backupTemp = tempPathFor(target);
  try {
    await copyFile(target, backupTemp);
    await rename(backupTemp, backupPathOf(target));
  } catch (error) {
    await unlink(backupTemp).catch(() => undefined);
    throw error;
  }
}

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

async function writeAndSync(path: string, data: Uint8Array | string, mode: number | null): Promise<void> {
  // 'wx': the temp name is fresh; never follow or clobber something already there.
  const handle = await open(path, 'wx', mode === null ? 0o644 : 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (mode !== null) {
    // The umask would narrow open()'s mode: set the replaced file's bits explicitly.
    await chmod(path, mode).catch(() => undefined);
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
