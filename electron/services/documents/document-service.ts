/**
 * Document files for the host verbs: open (path, dialog or upload), save .kehoach atomically with
 * backups ("<name>.kehoach.bak", ".bak2", ".bak3"), save exported bytes. Never writes or reads a path the
 * user did not choose, and never overwrites work it has not seen: saving over a plan's own file first
 * checks the file is still the version this window opened or last saved (size, mtime, SHA-256) and that
 * nobody else holds it (lock file); otherwise it answers "file/conflict" and writes nothing.
 */
import { stat } from 'node:fs/promises';
import { basename, isAbsolute, resolve } from 'node:path';
import { serializePlan } from '@core/model';
import type { PlanDocument } from '@core/model';
import type { FileHolder, FileVersion, OpenedFile } from '../../common/host-api';
import type { Dialogs, SaveTarget } from '../host/dialogs';
import { hostError, hostOk, type HostErrorResult } from '../host/host-error';
import type { RecentFiles } from '../recent/recent-files';
import { writeFileAtomic, type AtomicWriteHooks } from '../fs/atomic-write';
import { writeFailureReason } from '../fs/write-errors';
import { Presence } from '../recovery/presence';
import { currentVersion, FileLocks, versionOf } from './file-locks';
import type { DocumentReader } from '../worker/document-work';
import { readDocumentBytes, readDocumentFile, sizeRefusal, type ReadDocuments } from './read-document-file';

export type OpenRequest = { readonly path?: string | undefined; readonly upload?: { readonly name: string; readonly base64: string } | undefined };
export type SaveRequest = {
  readonly path: string | null;
  readonly saveAs: boolean;
  readonly document: PlanDocument;
  readonly suggestedName: string;
  /** What the caller last saw of the file; undefined: what this service last handed that caller. */
  readonly expectedVersion?: FileVersion | null | undefined;
  /** The user confirmed replacing whatever the file holds now. */
  readonly overwrite?: boolean | undefined;
};
export type SaveFileRequest = { readonly suggestedName: string; readonly base64: string; readonly filter: 'docx' | 'html' | 'csv' | 'pdf' };
type Saved = { readonly path: string; readonly name: string; readonly version: FileVersion };

/** The caller when none is named (tests, the CLI). */
const LOCAL_CLIENT = 'local';

/**
 * The readers on the caller's thread: for unit tests of this service only. The hosts pass the worker
 * pool's reader (create-services.ts), so a hostile file never blocks their main thread.
 */
const SAME_THREAD_READER: DocumentReader = { readFile: readDocumentFile, readBytes: readDocumentBytes };

/** Opens and saves the user's files. */
export class DocumentService {
  /** Paths the user chose (dialogs, file association) or that came from their recent files. */
  private readonly granted = new Set<string>();
  /** "<client>\n<path>" → the version that client last opened or saved. */
  private readonly seen = new Map<string, FileVersion>();
  /** Saves to one path run one after another (two tabs pressing Ctrl+S together). */
  private readonly saving = new Map<string, Promise<unknown>>();
  readonly locks: FileLocks;

  constructor(
    private readonly dialogs: Dialogs,
    private readonly recent: RecentFiles,
    private readonly hooks: AtomicWriteHooks = {},
    presence: Presence = new Presence(null),
    private readonly reader: DocumentReader = SAME_THREAD_READER,
  ) {
    this.locks = new FileLocks(presence);
  }

  /** Marks a path as chosen by the user (file association, command line). */
  grant(path: string): void {
    this.granted.add(resolve(path));
  }

  /** Opens a file by path, by upload, or through the open dialog; null when cancelled. */
  async open(request: OpenRequest, clientId = LOCAL_CLIENT): Promise<HostErrorResult<OpenedFile | null>> {
    if (request.upload) {
      // An upload too large for its kind is refused from its base64 length, before decoding it.
      const base64 = request.upload.base64;
      const size = Math.floor((base64.length * 3) / 4) - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);
      const tooLarge = sizeRefusal(basename(request.upload.name), size);
      if (tooLarge !== null) {
        return { ok: false, error: tooLarge };
      }
      // The payload was validated in the turn before: let other requests in before decoding a large upload.
      if (base64.length > 1024 * 1024) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      const bytes = Buffer.from(request.upload.base64, 'base64');
      const read = await this.reader.readBytes(basename(request.upload.name), new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
      return read.ok ? hostOk(opened(null, read.value)) : read;
    }
    let path: string;
    if (request.path !== undefined) {
      if (!(await this.mayOpen(request.path))) {
        return hostError('ipc/forbidden', 'Chỉ mở được tệp bạn đã chọn hoặc tệp trong danh sách gần đây.');
      }
      path = resolve(request.path);
    } else {
      const chosen = await this.dialogs.showOpen();
      if (chosen === null) {
        return hostOk(null);
      }
      path = resolve(chosen);
      this.granted.add(path);
    }
    // The version first: if the file changes while it is read, the save-time check errs on the safe side.
    const version = await currentVersion(path);
    const read = await this.reader.readFile(path);
    if (!read.ok) {
      return read;
    }
    this.granted.add(path);
    await this.recent.add(path);
    let heldBy: FileHolder | null = null;
    if (read.value.format === 'kehoach' && version !== null) {
      this.seen.set(seenKey(clientId, path), version);
      heldBy = await this.locks.holder(path, clientId);
      await this.locks.take(path, clientId);
    }
    return hostOk({ ...opened(path, read.value), version, heldBy });
  }

  /** Saves a plan as .kehoach: to its own file, or where the user chooses (Save As, first save). */
  async save(request: SaveRequest, clientId = LOCAL_CLIENT): Promise<HostErrorResult<Saved | null>> {
    const own = request.path !== null && isAbsolute(request.path) && this.granted.has(resolve(request.path));
    if (!request.saveAs && own && request.path !== null) {
      const target = resolve(request.path);
      return this.oneAtATime(target, () => this.saveInPlace(target, request, clientId));
    }
    const chosen = await this.dialogs.showSave({
      suggestedName: withExtension(request.suggestedName, '.kehoach'),
      filter: 'kehoach',
      currentPath: own ? request.path : null,
    });
    if (chosen === null) {
      return hostOk(null);
    }
    if (chosen.kind !== 'path') {
      return hostError('internal', 'Máy chủ không chọn được nơi lưu kế hoạch.');
    }
    const target = resolve(chosen.path);
    // The user chose this path in the save dialog (which asks before replacing a file).
    return this.oneAtATime(target, () => this.writePlan(target, request.document, clientId));
  }

  /** Save over the plan's own file: only if it still is what this caller saw and nobody else holds it. */
  private async saveInPlace(target: string, request: SaveRequest, clientId: string): Promise<HostErrorResult<Saved | null>> {
    if (request.overwrite !== true) {
      const onDisk = await currentVersion(target);
      const expected = request.expectedVersion === undefined ? this.seen.get(seenKey(clientId, target)) : request.expectedVersion;
      if (onDisk !== null && expected !== undefined && (expected === null || expected.sha256 !== onDisk.sha256)) {
        return hostError('file/conflict', `Tệp "${basename(target)}" đã bị sửa ở nơi khác (một thẻ, một cửa sổ hay một người khác) sau khi bạn mở hoặc lưu; chưa ghi gì.`);
      }
      const holder = onDisk === null ? null : await this.locks.holder(target, clientId);
      if (holder !== null) {
        return hostError('file/conflict', `Tệp "${basename(target)}" đang được mở ở nơi khác (${describeHolder(holder)}); chưa ghi gì.`);
      }
    }
    return this.writePlan(target, request.document, clientId);
  }

  private async writePlan(target: string, document: PlanDocument, clientId: string): Promise<HostErrorResult<Saved | null>> {
    const bytes = new TextEncoder().encode(serializePlan(document));
    const written = await this.write(target, bytes, true);
    if (!written.ok) {
      return written;
    }
    const mtimeMs = await stat(target).then((info) => info.mtimeMs, () => 0);
    const version = versionOf(bytes, mtimeMs);
    this.seen.set(seenKey(clientId, target), version);
    this.granted.add(target);
    await this.recent.add(target);
    await this.locks.take(target, clientId);
    return hostOk({ path: target, name: basename(target), version });
  }

  /**
   * The caller has this file open now (null: none): locks of its other files go, and the lock of this
   * one is taken if it lapsed (a file the caller opened or saved here, and nobody else holds).
   */
  async holdOnly(clientId: string, path: string | null): Promise<void> {
    const target = path === null || !isAbsolute(path) ? null : resolve(path);
    await this.locks.keepOnly(clientId, target);
    if (target !== null && this.seen.has(seenKey(clientId, target)) && !this.locks.holds(target, clientId)) {
      await this.locks.take(target, clientId);
    }
  }

  /** The caller's window or page closed: its locks go. */
  async releaseClient(clientId: string): Promise<void> {
    await this.locks.releaseClient(clientId);
    for (const key of [...this.seen.keys()]) {
      if (key.startsWith(`${clientId}\n`)) {
        this.seen.delete(key);
      }
    }
  }

  private oneAtATime<T>(target: string, task: () => Promise<T>): Promise<T> {
    const previous = this.saving.get(target) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.catch(() => undefined);
    this.saving.set(target, settled);
    void settled.then(() => {
      if (this.saving.get(target) === settled) {
        this.saving.delete(target);
      }
    });
    return next;
  }

  /** Saves exported bytes (a .docx, a report) where the user chooses, or hands them back for download. */
  async saveFile(request: SaveFileRequest): Promise<HostErrorResult<{ readonly path: string | null; readonly name: string } | null>> {
    const suggestedName = withExtension(request.suggestedName, `.${request.filter}`);
    const chosen: SaveTarget | null = await this.dialogs.showSave({ suggestedName, filter: request.filter, currentPath: null });
    if (chosen === null) {
      return hostOk(null);
    }
    if (chosen.kind === 'download') {
      return hostOk({ path: null, name: suggestedName });
    }
    const target = resolve(chosen.path);
    const written = await this.write(target, new Uint8Array(Buffer.from(request.base64, 'base64')), false);
    return written.ok ? hostOk({ path: target, name: basename(target) }) : written;
  }

  /** Grants a path the caller's recovered draft belongs to, if the user opened it before (recent files). */
  async grantRecent(path: string): Promise<void> {
    if (isAbsolute(path) && (await this.recent.has(resolve(path)))) {
      this.granted.add(resolve(path));
    }
  }

  async dispose(): Promise<void> {
    await this.locks.releaseAll();
    this.granted.clear();
  }

  private async mayOpen(path: string): Promise<boolean> {
    if (!isAbsolute(path)) {
      return false;
    }
    return this.granted.has(resolve(path)) || (await this.recent.has(resolve(path)));
  }

  private async write(target: string, data: Uint8Array | string, backup: boolean): Promise<HostErrorResult<null>> {
    try {
      await writeFileAtomic(target, data, { backup, hooks: this.hooks });
      return hostOk(null);
    } catch (error) {
      return hostError('file/write-failed', `Không lưu được "${basename(target)}" (${writeFailureReason(error)}); tệp cũ vẫn giữ nguyên.`);
    }
  }
}

function seenKey(clientId: string, path: string): string {
  return `${clientId}\n${path}`;
}

function describeHolder(holder: FileHolder): string {
  const who = holder.user === '' ? 'một người dùng' : holder.user;
  const when = new Date(holder.since);
  const time = Number.isNaN(when.getTime()) ? '' : `, từ ${when.toLocaleString('vi-VN')}`;
  return `${who} trên máy ${holder.hostname}${time}`;
}

function opened(path: string | null, read: ReadDocuments): OpenedFile {
  return { path, name: read.name, format: read.format, documents: read.documents };
}

/** The file name with the extension, stripped of any folder part. */
export function withExtension(name: string, extension: string): string {
  const base = basename(name.replace(/\\/g, '/')).trim() || 'ke-hoach';
  return base.toLowerCase().endsWith(extension) ? base : `${base}${extension}`;
}
