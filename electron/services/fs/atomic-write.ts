/**
 * Atomic file writes: a temp file in the same folder, fsync, rename. A crash at any point leaves either
 * the old file or the new one, never half of one; the file is never rewritten in place. A replaced file
 * keeps its permission bits, a read-only one is never replaced, and its previous versions can be kept
 * as numbered backups. Temp files a crash left behind (ours only, by exact name) are swept on the next
 * write into the same folder. Knows nothing about plans.
 */
import { randomBytes } from 'node:crypto';
import { chmod, copyFile, lstat, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { NAME_MAX_BYTES, WriteRefusedError } from './write-errors';

/** Test seams: simulate a crash between the write and the rename. */
export type AtomicWriteHooks = {
  readonly beforeRename?: (tempPath: string) => Promise<void>;
};

/** How many previous versions a backed-up save keeps: "<name>.bak" (newest), "<name>.bak2", "<name>.bak3". */
export const BACKUP_GENERATIONS = 3;

/** A temp file older than this was left by a crash (a save takes seconds): the next write removes it. */
export const STALE_TEMP_AGE_MS = 60 * 60 * 1000;

/**
 * Our temp names: short (".kh-<12 hex>.tmp", 20 bytes), so a target name of up to 255 bytes can still
 * be saved; and the longer ".<name>.<12 hex>.tmp" that earlier versions (and the settings store) used.
 */
const TEMP_NAME = /^\.kh-[0-9a-f]{12}\.tmp$/;
const LEGACY_TEMP_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;

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

/** Whether a file name is one of our temp files (exactly: nobody else's ".tmp" is ever touched). */
export function isOurTempName(name: string): boolean {
  return TEMP_NAME.test(name) || LEGACY_TEMP_NAME.test(name);
}

/**
 * Writes data to target atomically, keeping its mode, optionally keeping previous versions as backups.
 * Throws WriteRefusedError for a read-only target or a name too long for the file system; errno errors
 * (EACCES, ENOSPC…) otherwise. Describe any of them with writeFailureReason.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): Promise<void> {
  if (Buffer.byteLength(basename(target)) > NAME_MAX_BYTES) {
    throw new WriteRefusedError('name-too-long', target);
  }
  const previous = await stat(target).catch(() => null);
  if (previous?.isFile() === true && (previous.mode & 0o200) === 0) {
    // Read-only (chmod a-w, or the read-only attribute on Windows): the user protected it; never replace it.
    throw new WriteRefusedError('read-only', target);
  }
  await sweepStaleTemps(dirname(target));
  // A new file gets 0644 less the umask; a replaced one keeps its own bits.
  const mode = previous?.isFile() === true ? previous.mode & 0o7777 : null;
  const temp = tempPathFor(target);
  try {
    await writeAndSync(temp, data, mode);
    if (options.backup === true && previous?.isFile() === true && backupsFit(target)) {
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

/**
 * Removes our temp files older than maxAgeMs from a folder (a crash between write and rename leaves
 * one). Younger ones may be another process's save in progress and stay. Best effort; returns how many
 * went.
 */
export async function sweepStaleTemps(dir: string, maxAgeMs = STALE_TEMP_AGE_MS, now = Date.now()): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names.filter(isOurTempName)) {
    const path = join(dir, name);
    try {
      const info = await lstat(path);
      if (info.isFile() && now - info.mtimeMs > maxAgeMs) {
        await unlink(path);
        removed += 1;
      }
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed;
}

/** Whether the oldest backup's name still fits the file system's name limit (else saves skip backups). */
function backupsFit(target: string): boolean {
  return Buffer.byteLength(basename(backupPathOf(target, BACKUP_GENERATIONS))) <= NAME_MAX_BYTES;
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
  return join(dirname(target), `.kh-${randomBytes(6).toString('hex')}.tmp`);
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
