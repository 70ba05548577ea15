/**
 * Autosave and recovery: unsaved work per editing session in "<dataDir>/recovery/<sessionId>.json",
 * written atomically. Each draft names its owner (launch and window or page); only drafts whose owner
 * is gone (crashed, killed, closed) are offered, and nothing is done to a live owner's draft. Restoring
 * a draft hands it to the restoring window, which keeps autosaving under the same id, so the recovered
 * copy stays on disk until a newer autosave replaces it or a save discards it. A clean close discards
 * the session's file.
 */
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { BugError } from '@core/base';
import { parsePlan, serializePlan } from '@core/model';
import type { PlanDocument } from '@core/model';
import type { FileVersion, RecoveryEntry } from '../../common/host-api';
import { writeFileAtomic } from '../fs/atomic-write';
import { hostError, hostOk, type HostErrorResult } from '../host/host-error';
import { Presence, type LiveScope } from './presence';

export type { LiveScope } from './presence';

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
  /** The version of the file the work was based on (the save-time check compares it). */
  version: z.object({ size: z.number(), mtimeMs: z.number(), sha256: z.string() }).nullable().optional(),
});
type RecoveryRecord = z.infer<typeof recordSchema>;

export type AutosaveRequest = {
  readonly sessionId: string;
  readonly title: string;
  readonly path: string | null;
  readonly document: PlanDocument;
  readonly version?: FileVersion | null | undefined;
};

/** A restored draft: its document, its file and the file version it was based on. */
export type RestoredDraft = { readonly document: PlanDocument; readonly path: string | null; readonly version: FileVersion | null };

/** The recovery folder of one launch of the app or the web host. */
export class RecoveryStore {
  /** Who is alive: this launch, other launches over the same folder, and (web host) each page. */
  readonly presence: Presence;
  /** Writes and deletes run one after another, so the newest autosave is always the one that stays. */
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * scope: whose work counts as still open, 'instance' (the app: every window of this launch until it
   * closes) or 'client' (the web host: each page load until it closes or stops calling in); or a
   * Presence shared with the other services.
   */
  constructor(
    private readonly dir: string,
    private readonly now: () => Date = () => new Date(),
    scope: LiveScope | Presence = 'instance',
  ) {
    this.presence = typeof scope === 'string' ? new Presence(join(dir, 'owners'), { now, scope }) : scope;
  }

  /** Identifies this launch: records written by launches that are gone are leftovers. */
  get instanceId(): string {
    return this.presence.instanceId;
  }

  /** Stores a session's unsaved work; a folder that cannot be written is an error value, not silence. */
  async autosave(request: AutosaveRequest, clientId: string): Promise<HostErrorResult<{ readonly savedAt: string }>> {
    this.presence.touch(clientId);
    await this.presence.start();
    const savedAt = this.now().toISOString();
    const record: RecoveryRecord = {
      id: checkedId(request.sessionId),
      instanceId: this.instanceId,
      clientId,
      title: request.title,
      path: request.path,
      savedAt,
      plan: serializePlan(request.document),
      version: request.version ?? null,
    };
    try {
      await this.serial(async () => {
        await mkdir(this.dir, { recursive: true });
        await writeFileAtomic(this.fileOf(record.id), JSON.stringify(record));
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      const reason =
        code === 'ENOSPC' ? 'ổ đĩa đã đầy' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'thư mục dữ liệu không cho ghi' : 'lỗi ghi tệp';
      return hostError('recovery/write-failed', `không ghi được vào ${this.dir}: ${reason}`);
    }
    return hostOk({ savedAt });
  }

  /** Work whose owner is gone (a crashed or killed launch, a closed page), newest first; never a live one. */
  async list(callerClientId: string | null = null): Promise<readonly RecoveryEntry[]> {
    if (callerClientId !== null) {
      this.presence.touch(callerClientId);
    }
    const records = await this.readAll();
    const live = await Promise.all(records.map((r) => this.presence.isDraftOwnerLive(r.instanceId, r.clientId)));
    return records
      .filter((_r, i) => !live[i])
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt))
      .map((r) => ({ id: r.id, title: r.title, savedAt: r.savedAt, path: r.path }));
  }

  /**
   * The document of a recovery entry, which passes to the caller: its autosaves under the same id
   * replace it. Refused while the draft's owner is alive (another window is still writing it).
   */
  async restore(id: string, callerClientId = 'local'): Promise<HostErrorResult<RestoredDraft>> {
    const checked = checkedId(id);
    return this.serial(async () => {
      const record = await this.readOne(checked);
      if (record === null) {
        return hostError('file/not-found', 'Không còn bản nháp này để khôi phục.');
      }
      if (await this.heldByOther(record, callerClientId)) {
        return hostError('recovery/in-use', 'Bản nháp này đang được soạn ở một cửa sổ khác nên không khôi phục ở đây.');
      }
      const plan = parsePlan(record.plan);
      if (!plan.ok) {
        return hostError(plan.error.code, `Bản nháp bị hỏng, không khôi phục được: ${plan.error.message}`);
      }
      // The draft now belongs to the caller: another window no longer sees it as a leftover, and if the
      // caller dies before its first autosave, the draft is offered again.
      this.presence.touch(callerClientId);
      await this.presence.start();
      const claimed: RecoveryRecord = { ...record, instanceId: this.instanceId, clientId: callerClientId };
      await writeFileAtomic(this.fileOf(checked), JSON.stringify(claimed));
      return hostOk({ document: plan.value, path: record.path, version: record.version ?? null });
    });
  }

  /** Forgets one draft: the caller's own, or one whose owner is gone; never another live window's. */
  async discard(id: string, callerClientId = 'local'): Promise<HostErrorResult<null>> {
    const checked = checkedId(id);
    const record = await this.readOne(checked);
    if (record !== null && (await this.heldByOther(record, callerClientId))) {
      return hostError('recovery/in-use', 'Bản nháp này đang được soạn ở một cửa sổ khác nên không xóa được.');
    }
    await this.remove(checked);
    return hostOk(null);
  }

  /** Waits for pending writes. */
  async dispose(): Promise<void> {
    await this.serial(async () => undefined);
  }

  /** A window closed cleanly: forget the work its sessions autosaved in this launch. */
  async discardClient(clientId: string): Promise<void> {
    const records = await this.readAll();
    const own = records.filter((r) => r.instanceId === this.instanceId && r.clientId === clientId);
    await Promise.all(own.map((r) => this.remove(r.id)));
  }

  /** The app quit cleanly: forget everything this launch autosaved. */
  async discardInstance(): Promise<void> {
    const records = await this.readAll();
    await Promise.all(records.filter((r) => r.instanceId === this.instanceId).map((r) => this.remove(r.id)));
  }

  private async heldByOther(record: RecoveryRecord, callerClientId: string): Promise<boolean> {
    const mine = record.instanceId === this.instanceId && record.clientId === callerClientId;
    return !mine && (await this.presence.isDraftOwnerLive(record.instanceId, record.clientId));
  }

  private async remove(id: string): Promise<void> {
    const file = this.fileOf(id);
    await this.serial(() => unlink(file).catch(() => undefined));
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
