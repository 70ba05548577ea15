/**
 * Who is still alive: this launch (an owner record with a heartbeat in "<dir>/<instanceId>.json"), the
 * other launches that share the data folder, and, in the web host, each page load (a client that calls
 * in at least every CLIENT_TTL_MS and says goodbye when it closes). Recovery drafts and file locks of a
 * live owner are never offered or taken; those of a gone owner are.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, unlink } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';

/** How often a live launch renews its heartbeat (and its file locks). */
export const HEARTBEAT_MS = 10_000;
/** A heartbeat older than this, from another machine, means its owner is gone. */
export const STALE_MS = 60_000;
/** On this machine the process id answers first; a heartbeat older than this still means gone (pid reuse). */
export const STALE_SAME_MACHINE_MS = 10 * 60_000;
/** A page of the web host that has not called in for this long is gone (hidden tabs are throttled to ~1/min). */
export const CLIENT_TTL_MS = 150_000;

/** Who owns a draft or a lock: one launch on one machine, and which of its windows or pages. */
export const ownerStampSchema = z.object({
  instanceId: z.string().max(100),
  pid: z.number().int(),
  hostname: z.string().max(300),
  user: z.string().max(300),
  heartbeatAt: z.string().max(40),
});
export type OwnerStamp = z.infer<typeof ownerStampSchema>;

/** Whose windows count as alive: 'instance' (the app: every window until it closes) or 'client' (web pages). */
export type LiveScope = 'instance' | 'client';

export type PresenceOptions = {
  readonly now?: () => Date;
  readonly scope?: LiveScope;
  /** Test seam: whether a process of this machine runs. */
  readonly pidAlive?: (pid: number) => boolean;
  readonly hostname?: string;
  readonly pid?: number;
};

/** The liveness of launches and clients, over a folder of owner records. */
export class Presence {
  readonly instanceId = randomUUID();
  readonly scope: LiveScope;
  private readonly now: () => Date;
  private readonly pidAlive: (pid: number) => boolean;
  private readonly machine: string;
  private readonly pid: number;
  private readonly lastSeen = new Map<string, number>();
  private readonly released = new Set<string>();
  private readonly beats = new Set<() => Promise<void>>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private written: Promise<void> | null = null;

  /** dir: the folder of owner records shared by the launches over one data folder; null keeps none. */
  constructor(
    private readonly dir: string | null,
    options: PresenceOptions = {},
  ) {
    this.now = options.now ?? ((): Date => new Date());
    this.scope = options.scope ?? 'instance';
    this.pidAlive = options.pidAlive ?? processAlive;
    this.machine = options.hostname ?? hostname();
    this.pid = options.pid ?? process.pid;
  }

  /** This launch's stamp, with the current time as heartbeat. */
  stamp(): OwnerStamp {
    return { instanceId: this.instanceId, pid: this.pid, hostname: this.machine, user: currentUser(), heartbeatAt: this.now().toISOString() };
  }

  /** Writes the owner record (once) and renews it every HEARTBEAT_MS until stop(). */
  async start(): Promise<void> {
    if (this.written === null) {
      this.written = this.beat();
      this.timer = setInterval(() => void this.beat(), HEARTBEAT_MS);
      this.timer.unref?.();
    }
    await this.written;
  }

  /** Work to redo with every heartbeat (renewing file locks). */
  onHeartbeat(task: () => Promise<void>): void {
    this.beats.add(task);
  }

  /** A clean end: the owner record goes, so what this launch still holds is offered to the next one. */
  async stop(): Promise<void> {
    if (this.timer !== null) {
      clearInterval(this.timer);
      this.timer = null;
    }
    if (this.written !== null && this.dir !== null) {
      await this.written.catch(() => undefined);
      await unlink(this.recordOf(this.instanceId)).catch(() => undefined);
    }
  }

  /** A window or page called in (a late request from a page that said goodbye does not bring it back). */
  touch(clientId: string): void {
    if (!this.released.has(clientId)) {
      this.lastSeen.set(clientId, this.now().getTime());
    }
  }

  /** A page that said goodbye came back (the browser's back-forward cache). */
  revive(clientId: string): void {
    this.released.delete(clientId);
    this.touch(clientId);
  }

  /** A window or page closed (its drafts become leftovers, its locks free). */
  release(clientId: string): void {
    this.released.add(clientId);
    this.lastSeen.delete(clientId);
  }

  /** Whether a client of this launch is alive. */
  isOwnClientLive(clientId: string): boolean {
    if (this.released.has(clientId)) {
      return false;
    }
    if (this.scope === 'instance') {
      return true;
    }
    const seen = this.lastSeen.get(clientId);
    return seen !== undefined && this.now().getTime() - seen <= CLIENT_TTL_MS;
  }

  /** Whether a draft's owner lives: a window or page of this launch, or another launch with a live owner record. */
  async isDraftOwnerLive(instanceId: string, clientId: string): Promise<boolean> {
    if (instanceId === this.instanceId) {
      return this.isOwnClientLive(clientId);
    }
    return this.stampAlive(await this.readRecord(instanceId));
  }

  /** Whether a lock's owner lives: its stamp is renewed with every heartbeat, wherever the file is. */
  isLockOwnerLive(stamp: OwnerStamp, clientId: string): boolean {
    return stamp.instanceId === this.instanceId ? this.isOwnClientLive(clientId) : this.stampAlive(stamp);
  }

  /** Whether a stamp's launch runs: same machine → its process runs; any machine → a recent heartbeat. */
  stampAlive(stamp: OwnerStamp | null): boolean {
    if (stamp === null) {
      return false;
    }
    const age = this.now().getTime() - Date.parse(stamp.heartbeatAt);
    if (!Number.isFinite(age)) {
      return false;
    }
    if (stamp.hostname === this.machine) {
      return this.pidAlive(stamp.pid) && age <= STALE_SAME_MACHINE_MS;
    }
    return age <= STALE_MS;
  }

  private async beat(): Promise<void> {
    if (this.dir !== null) {
      try {
        await mkdir(this.dir, { recursive: true });
        await writeFileAtomic(this.recordOf(this.instanceId), JSON.stringify(this.stamp()));
      } catch {
        // A folder that cannot be written: autosave reports the same failure to the user.
      }
    }
    for (const task of this.beats) {
      await task().catch(() => undefined);
    }
  }

  private recordOf(instanceId: string): string {
    return join(this.dir ?? '.', `${instanceId.replace(/[^A-Za-z0-9_-]/g, '_')}.json`);
  }

  private async readRecord(instanceId: string): Promise<OwnerStamp | null> {
    if (this.dir === null) {
      return null;
    }
    try {
      const parsed = ownerStampSchema.safeParse(JSON.parse(await readFile(this.recordOf(instanceId), 'utf8')));
      return parsed.success && parsed.data.instanceId === instanceId ? parsed.data : null;
    } catch {
      return null;
    }
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}
