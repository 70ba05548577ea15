/**
 * Owner records of open files, like LibreOffice's ".~lock.<name>#": a small ".<name>.lock" beside the
 * file names the launch (machine, process, heartbeat) and the window or page that has it open, so a
 * second opener — another tab, another host, a colleague on a shared drive — is told the file is in use.
 * A lock whose owner is gone (its process died, its heartbeat is stale, its page closed) is taken over.
 * Locks are advice: the save-time check (FileVersion) is what keeps work from being overwritten.
 */
import { createHash } from 'node:crypto';
import { readFile, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import type { FileHolder, FileVersion } from '../../common/host-api';
import { writeFileAtomic } from '../fs/atomic-write';
import { ownerStampSchema, type Presence } from '../recovery/presence';

const lockSchema = z.object({ owner: ownerStampSchema, clientId: z.string().max(200), since: z.string().max(40) });
type LockRecord = z.infer<typeof lockSchema>;

/** The lock file of a document: ".<name>.lock" in the same folder. */
export function lockPathOf(target: string): string {
  return join(dirname(target), `.${basename(target)}.lock`);
}

/** The version of bytes on disk (after they were read or written). */
export function versionOf(bytes: Uint8Array, mtimeMs: number): FileVersion {
  return { size: bytes.byteLength, mtimeMs, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The file's current version, or null when it does not exist. */
export async function currentVersion(path: string): Promise<FileVersion | null> {
  try {
    const before = await stat(path);
    if (!before.isFile()) {
      return null;
    }
    return versionOf(new Uint8Array(await readFile(path)), before.mtimeMs);
  } catch {
    return null;
  }
}

/** The locks this launch holds, renewed with every heartbeat and released with their window or page. */
export class FileLocks {
  /** path → client holding it in this launch. */
  private readonly held = new Map<string, { readonly clientId: string; readonly since: string }>();

  constructor(private readonly presence: Presence) {
    presence.onHeartbeat(() => this.renew());
  }

  /** Who else has the file open (a live owner that is not this client), or null. */
  async holder(path: string, clientId: string): Promise<FileHolder | null> {
    const lock = await readLock(path);
    if (lock === null || (lock.owner.instanceId === this.presence.instanceId && lock.clientId === clientId)) {
      return null;
    }
    if (!this.presence.isLockOwnerLive(lock.owner, lock.clientId)) {
      return null;
    }
    return { user: lock.owner.user, hostname: lock.owner.hostname, since: lock.since };
  }

  /** Takes the file's lock for a client unless someone else live holds it; the client's other locks go. */
  async take(path: string, clientId: string): Promise<void> {
    await this.keepOnly(clientId, path);
    if ((await this.holder(path, clientId)) !== null) {
      return;
    }
    const since = this.held.get(path)?.clientId === clientId ? (this.held.get(path)?.since ?? now(this.presence)) : now(this.presence);
    this.held.set(path, { clientId, since });
    await this.presence.start();
    await this.write(path, clientId, since);
  }

  /** Whether this launch holds the file's lock for the client. */
  holds(path: string, clientId: string): boolean {
    return this.held.get(path)?.clientId === clientId;
  }

  /** A window or page has only this file open now (or none): its other locks go. */
  async keepOnly(clientId: string, path: string | null): Promise<void> {
    for (const [held, owner] of [...this.held]) {
      if (owner.clientId === clientId && held !== path) {
        await this.drop(held);
      }
    }
  }

  /** A window or page closed: its locks go. */
  async releaseClient(clientId: string): Promise<void> {
    for (const [path, owner] of [...this.held]) {
      if (owner.clientId === clientId) {
        await this.drop(path);
      }
    }
  }

  /** The launch ends: every lock goes. */
  async releaseAll(): Promise<void> {
    for (const path of [...this.held.keys()]) {
      await this.drop(path);
    }
  }

  private async renew(): Promise<void> {
    for (const [path, owner] of [...this.held]) {
      if (!this.presence.isOwnClientLive(owner.clientId)) {
        await this.drop(path);
      } else {
        await this.write(path, owner.clientId, owner.since);
      }
    }
  }

  private async write(path: string, clientId: string, since: string): Promise<void> {
    const record: LockRecord = { owner: this.presence.stamp(), clientId, since };
    // A folder we may not write to (read-only share): no lock, the save-time check still protects.
    await writeFileAtomic(lockPathOf(path), JSON.stringify(record)).catch(() => undefined);
  }

  private async drop(path: string): Promise<void> {
    this.held.delete(path);
    const lock = await readLock(path);
    if (lock !== null && lock.owner.instanceId === this.presence.instanceId) {
      await unlink(lockPathOf(path)).catch(() => undefined);
    }
  }
}

async function readLock(path: string): Promise<LockRecord | null> {
  try {
    const parsed = lockSchema.safeParse(JSON.parse(await readFile(lockPathOf(path), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function now(presence: Presence): string {
  return presence.stamp().heartbeatAt;
}
