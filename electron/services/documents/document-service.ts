/**
 * Document files for the host verbs: open (path, dialog or upload), save .kehoach atomically with a
 * "<name>.kehoach.bak" backup, save exported bytes. Never writes or reads a path the user did not choose.
 */
import { basename, isAbsolute, resolve } from 'node:path';
import { serializePlan } from '../../../core/model/serialize';
import type { PlanDocument } from '../../../core/model/plan-document';
import type { OpenedFile } from '../../common/host-api';
import type { Dialogs, SaveTarget } from '../host/dialogs';
import { hostError, hostOk, type HostErrorResult } from '../host/host-error';
import type { RecentFiles } from '../recent/recent-files';
import { writeFileAtomic, type AtomicWriteHooks } from '../fs/atomic-write';
import { readDocumentBytes, readDocumentFile, type ReadDocuments } from './read-document-file';

export type OpenRequest = { readonly path?: string | undefined; readonly upload?: { readonly name: string; readonly base64: string } | undefined };
export type SaveRequest = { readonly path: string | null; readonly saveAs: boolean; readonly document: PlanDocument; readonly suggestedName: string };
export type SaveFileRequest = { readonly suggestedName: string; readonly base64: string; readonly filter: 'docx' | 'html' };
type Saved = { readonly path: string; readonly name: string };

/** Opens and saves the user's files. */
export class DocumentService {
  /** Paths the user chose (dialogs, file association) or that came from their recent files. */
  private readonly granted = new Set<string>();

  constructor(
    private readonly dialogs: Dialogs,
    private readonly recent: RecentFiles,
    private readonly hooks: AtomicWriteHooks = {},
  ) {}

  /** Marks a path as chosen by the user (file association, command line). */
  grant(path: string): void {
    this.granted.add(resolve(path));
  }

  /** Opens a file by path, by upload, or through the open dialog; null when cancelled. */
  async open(request: OpenRequest): Promise<HostErrorResult<OpenedFile | null>> {
    if (request.upload) {
      const bytes = Buffer.from(request.upload.base64, 'base64');
      const read = await readDocumentBytes(basename(request.upload.name), new Uint8Array(bytes));
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
    const read = await readDocumentFile(path);
    if (!read.ok) {
      return read;
    }
    this.granted.add(path);
    await this.recent.add(path);
    return hostOk(opened(path, read.value));
  }

  /** Saves a plan as .kehoach: to its own file, or where the user chooses (Save As, first save). */
  async save(request: SaveRequest): Promise<HostErrorResult<Saved | null>> {
    let target: string;
    const own = request.path !== null && isAbsolute(request.path) && this.granted.has(resolve(request.path));
    if (!request.saveAs && own && request.path !== null) {
      target = resolve(request.path);
    } else {
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
      target = resolve(chosen.path);
    }
    const written = await this.write(target, serializePlan(request.document), true);
    if (!written.ok) {
      return written;
    }
    this.granted.add(target);
    await this.recent.add(target);
    return hostOk({ path: target, name: basename(target) });
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

  dispose(): void {
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
      const code = (error as NodeJS.ErrnoException).code ?? '';
      const reason = code === 'EACCES' || code === 'EPERM' ? 'không có quyền ghi' : code === 'ENOSPC' ? 'ổ đĩa đã đầy' : 'lỗi ghi tệp';
      return hostError('file/write-failed', `Không lưu được "${basename(target)}" (${reason}); tệp cũ vẫn giữ nguyên.`);
    }
  }
}

function opened(path: string | null, read: ReadDocuments): OpenedFile {
  return { path, name: read.name, format: read.format, documents: read.documents };
}

/** The file name with the extension, stripped of any folder part. */
export function withExtension(name: string, extension: string): string {
  const base = basename(name.replace(/\\/g, '/')).trim() || 'ke-hoach';
  return base.toLowerCase().endsWith(extension) ? base : `${base}${extension}`;
}
