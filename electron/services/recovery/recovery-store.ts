/**
 * Autosave and recovery: unsaved work per editing session in "<dataDir>/recovery/<sessionId>.json",
 * written atomically. Work left by another launch (one that crashed or was killed) is offered back;
 * a clean close discards the session's file.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { BugError } from '../../../core/base/bug-error';
import { parsePlan, serializePlan } from '../../../core/model/serialize';
import type { PlanDocument } from '../../../core/model/plan-document';
import type { RecoveryEntry } from '../../common/host-api';
import { writeFileAtomic } from '../fs/atomic-write';
import { hostError, type HostErrorResult } from '../host/host-error';

/** Session ids are file names: letters, digits, "-" and "_" only. */
export const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

const recordSchema = z.object({
  id: z.string().regex(SESSION_ID_PATTERN),
  instanceId: z.string(),
  clientId: z.string(),
  title: z.string(),
  path: z.string().nullable(),
  savedAt: z.string(),
  plan: z.string(),
});
type RecoveryRecord = z.infer<typeof recordSchema>;

export type AutosaveRequest = {
  readonly sessionId: string;
  readonly title: string;
  readonly path: string | null;
  readonly document: PlanDocument;
};

/**
 * Whose work counts as still open: 'instance' (the app: every window of this launch is alive until it
 * closes) or 'client' (the web host: each page load is its own client, so a reloaded or crashed tab's
 * work is offered back to the next page).
 */
export type LiveScope = 'instance' | 'client';

/** The recovery folder of one launch of the app or the web host. */
export class RecoveryStore {
  /** Identifies this launch: records written by other launches are leftovers. */
  readonly instanceId = randomUUID();
  /** Writes and deletes run one after another, so the newest autosave is always the one that stays. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dir: string,
    private readonly now: () => Date = () => new Date(),
    private readonly liveScope: LiveScope = 'instance',
  ) {}

  /** Stores a session's unsaved work. */
  async autosave(request: AutosaveRequest, clientId: string): Promise<{ readonly savedAt: string }> {
    const savedAt = this.now().toISOString();
    const record: RecoveryRecord = {
      id: checkedId(request.sessionId),
      instanceId: this.instanceId,
      clientId,
      title: request.title,
      path: request.path,
      savedAt,
      plan: serializePlan(request.document),
    };
    await this.serial(async () => {
      await mkdir(this.dir, { recursive: true });
      await writeFileAtomic(this.fileOf(record.id), JSON.stringify(record));
    });
    return { savedAt };
  }

  /** Work left by sessions that did not close (other launches; in 'client' scope, other pages), newest first. */
  async list(callerClientId: string | null = null): Promise<readonly RecoveryEntry[]> {
    const records = await this.readAll();
    const isLive = (r: RecoveryRecord): boolean =>
      r.instanceId === this.instanceId && (this.liveScope === 'instance' || r.clientId === callerClientId);
    return records
      .filter((r) => !isLive(r))
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt))
      .map((r) => ({ id: r.id, title: r.title, savedAt: r.savedAt, path: r.path }));
  }

  /** The document of a recovery entry. */
  async restore(id: string): Promise<HostErrorResult<{ readonly document: PlanDocument; readonly path: string | null }>> {
    const record = await this.readOne(checkedId(id));
    if (record === null) {
      return hostError('file/not-found', 'Không còn bản nháp này để khôi phục.');
    }
    const plan = parsePlan(record.plan);
    if (!plan.ok) {
      return hostError(plan.error.code, `Bản nháp bị hỏng, không khôi phục được: ${plan.error.message}`);
    }
    return { ok: true, value: { document: plan.value, path: record.path } };
  }

  /** Forgets one session's autosave. */
  async discard(id: string): Promise<void> {
    const file = this.fileOf(checkedId(id));
    await this.serial(() => unlink(file).catch(() => undefined));
  }

  /** Waits for pending writes. */
  async dispose(): Promise<void> {
    await this.serial(async () => undefined);
  }

  /** A window closed cleanly: forget the work its sessions autosaved in this launch. */
  async discardClient(clientId: string): Promise<void> {
    const records = await this.readAll();
    const own = records.filter((r) => r.instanceId === this.instanceId && r.clientId === clientId);
    await Promise.all(own.map((r) => this.discard(r.id)));
  }

  /** The app quit cleanly: forget everything this launch autosaved. */
  async discardInstance(): Promise<void> {
    const records = await this.readAll();
    await Promise.all(records.filter((r) => r.instanceId === this.instanceId).map((r) => this.discard(r.id)));
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private fileOf(id: string): string {
    return join(this.dir, `${id}.json`);
  }

  private async readAll(): Promise<readonly RecoveryRecord[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const ids = names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length));
    const records = await Promise.all(ids.filter((id) => SESSION_ID_PATTERN.test(id)).map((id) => this.readOne(id)));
    return records.filter((r): r is RecoveryRecord => r !== null);
  }

  private async readOne(id: string): Promise<RecoveryRecord | null> {
    try {
      const parsed = recordSchema.safeParse(JSON.parse(await readFile(this.fileOf(id), 'utf8')));
      return parsed.success && parsed.data.id === id ? parsed.data : null;
    } catch {
      return null;
    }
  }
}

function checkedId(id: string): string {
  if (!SESSION_ID_PATTERN.test(id)) {
    // Payload schemas already refuse such ids; reaching here is a bug in a caller.
    throw new BugError(`invalid session id: ${JSON.stringify(id)}`);
  }
  return id;
}
