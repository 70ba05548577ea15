/**
 * Temp folders the hosts make in the system temp folder ("kehoach-render-…" for the print check,
 * "kehoach-batch-…" for batch uploads) are removed when their work ends; a killed host leaves them.
 * Each host start sweeps ours that are older than a day (a live one is minutes old), by exact prefix.
 */
import { lstat, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The prefixes of the temp folders the hosts create with mkdtemp (6 random characters follow). */
export const HOST_TEMP_PREFIXES: readonly string[] = ['kehoach-render-', 'kehoach-batch-'];

/** A host temp folder untouched for this long was left by a killed host. */
export const STALE_TEMP_DIR_AGE_MS = 24 * 60 * 60 * 1000;

/** Removes our stale temp folders under root; best effort. Returns how many went. */
export async function sweepStaleTempDirs(root = tmpdir(), maxAgeMs = STALE_TEMP_DIR_AGE_MS, now = Date.now()): Promise<number> {
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!HOST_TEMP_PREFIXES.some((prefix) => name.startsWith(prefix) && /^[A-Za-z0-9]{6}$/.test(name.slice(prefix.length)))) {
      continue;
    }
    const path = join(root, name);
    try {
      const info = await lstat(path);
      if (info.isDirectory() && now - info.mtimeMs > maxAgeMs) {
        await rm(path, { recursive: true, force: true });
        removed += 1;
      }
    } catch {
      // gone already
    }
  }
  return removed;
}
