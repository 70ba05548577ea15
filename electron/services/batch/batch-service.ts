/**
 * The app's batch review: checks the files of a folder (picked in the app) or files uploaded from the page
 * (web host) in worker threads, one per core, and keeps each batch's rows for the page to poll (progress
 * works the same over IPC and HTTP: no pushed events). Rows are the command's rows (core/report/
 * batch-summary.ts), so `kehoach check --format csv` and the app's CSV agree. Bounded: files per batch,
 * bytes per upload and per batch, batches kept (the oldest finished one goes, with its uploaded files).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { rowOf, unreadableRow, type SummaryRow } from '@core/report';
import { escapeHtml } from '@core/report';
import type { Profile } from '@core/templates';
import { BATCH_LIMITS, type BatchFileReport, type BatchLimits, type BatchStatus } from '../../common/batch';
import { checkFile, type FileOutcome } from './check-file';
import { collectFiles, type BatchItem } from './collect';
import type { DocumentWork } from '../worker/document-work';
import { checkInWorkers, FILE_TIMEOUT_MS, WORKER_HEAP_MB } from './pool';

/** A failure as the host verbs return it (the handlers pass it on). */
export type BatchFailure = { readonly ok: false; readonly error: { readonly code: BatchErrorCode; readonly message: string } };
export type BatchResult<T> = { readonly ok: true; readonly value: T } | BatchFailure;
export type BatchErrorCode = 'batch/not-found' | 'batch/too-many' | 'batch/too-large' | 'batch/empty';

/** What the service starts a batch from (the host verb maps a picker's answer or the uploads to it). */
export type BatchInput =
  | { readonly folder: string }
  | { readonly paths: readonly string[] }
  | { readonly uploads: readonly { readonly name: string; readonly bytes: Uint8Array }[] };

export type BatchServiceOptions = {
  /** The checker's profiles (the templates catalogue). */
  readonly profiles: () => Promise<readonly Profile[]>;
  /** The templates folder the worker threads load their catalogue from. */
  readonly templatesDir: string;
  /**
   * The command's batch worker script (cli/batch/check-worker.ts, or its bundle): each file read and
   * checked in one worker thread. Null: through `work` when given (the hosts' document workers: the app),
   * else in this thread, one file at a time.
   */
  readonly workerScript: URL | null;
  /** The hosts' document workers (electron/services/worker), used when there is no batch worker script. */
  readonly work?: Pick<DocumentWork, 'readFile' | 'check'>;
  /** Worker threads (default: one per core). */
  readonly jobs?: number;
  /** Where uploaded files are kept while their batch is (default: the system's temp folder). */
  readonly tempDir?: string;
  readonly limits?: Partial<BatchLimits>;
  /** Batches kept for polling and reports; the oldest finished one is dropped past it. */
  readonly keep?: number;
};

type Batch = {
  readonly id: string;
  readonly folder: string | null;
  readonly items: readonly BatchItem[];
  readonly rows: (SummaryRow | null)[];
  done: number;
  finished: boolean;
  cancelled: boolean;
  readonly startedAt: number;
  readonly abort: AbortController;
  /** The folder holding this batch's uploaded files, removed with the batch. */
  readonly uploadDir: string | null;
  run: Promise<void>;
};

function failure(code: BatchErrorCode, message: string): BatchFailure {
  return { ok: false, error: { code, message } };
}

/** A name safe as a file name in the upload folder (the row keeps the name as uploaded). */
function storedName(index: number, name: string): string {
  const base = basename(name.replace(/\\/g, '/'));
  // eslint-disable-next-line no-control-regex
  const safe = base.replace(/[\u0000-\u001f<>:"/\\|?*]/g, '_').replace(/^\.+/, '_') || 'tep';
  return `${String(index + 1).padStart(3, '0')}-${safe}`;
}

/** Batches of files checked in the background, polled by id. */
export class BatchService {
  private readonly batches = new Map<string, Batch>();
  private readonly limits: BatchLimits;
  private counter = 0;

  constructor(private readonly options: BatchServiceOptions) {
    this.limits = { ...BATCH_LIMITS, ...options.limits };
  }

  /** Starts a batch; answers at once with its id (the files are checked in the background). */
  async start(input: BatchInput): Promise<BatchResult<BatchStatus>> {
    let items: readonly BatchItem[];
    let folder: string | null = null;
    let uploadDir: string | null = null;
    if ('uploads' in input) {
      const prepared = await this.storeUploads(input.uploads);
      if (!prepared.ok) {
        return prepared;
      }
      ({ items, uploadDir } = prepared.value);
    } else {
      const names = 'folder' in input ? [input.folder] : input.paths;
      if ('folder' in input) {
        folder = input.folder;
      }
      // A folder shows its files under its own name ("corpus/a.docx"), not the whole path.
      const collected = 'folder' in input ? await collectFiles([basename(input.folder)], () => input.folder) : await collectFiles(names);
      // Files picked one by one show their names; a folder among them, its name and the path inside it.
      items = 'folder' in input ? collected.items : collected.items.map((item) => (names.includes(item.file) ? { ...item, file: basename(item.path) } : item));
    }
    if (items.length === 0) {
      return failure('batch/empty', 'Không có tệp nào để kiểm tra.');
    }
    if (items.length > this.limits.maxFiles) {
      if (uploadDir !== null) {
        await rm(uploadDir, { recursive: true, force: true });
      }
      return failure('batch/too-many', `Có ${items.length} tệp; mỗi lần chỉ kiểm tra được tối đa ${this.limits.maxFiles} tệp. Hãy chọn thư mục nhỏ hơn.`);
    }
    this.counter += 1;
    const id = `b${Date.now().toString(36)}${this.counter}`;
    const abort = new AbortController();
    const rows: (SummaryRow | null)[] = items.map(() => null);
    const batch: Batch = {
      id,
      folder,
      items,
      rows,
      done: 0,
      finished: false,
      cancelled: false,
      startedAt: Date.now(),
      abort,
      uploadDir,
      run: Promise.resolve(),
    };
    const record = (index: number, outcome: FileOutcome): void => {
      if (rows[index] === null && !batch.cancelled) {
        rows[index] = outcome.row;
        batch.done += 1;
      }
    };
    const run = this.check(items, record, abort.signal).then(
      () => {
        batch.finished = true;
      },
      (error: unknown) => {
        // A fault of the pool itself: the files left get a row saying so.
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        items.forEach((item, index) => record(index, { row: unreadableRow(item.file, `Không kiểm tra được tệp "${item.file}" (lỗi nội bộ: ${reason}).`) }));
        batch.finished = true;
      },
    );
    batch.run = run;
    this.batches.set(id, batch);
    await this.prune();
    return { ok: true, value: this.snapshot(batch) };
  }

  /** How far a batch is: its rows so far. */
  status(id: string): BatchResult<BatchStatus> {
    const batch = this.batches.get(id);
    return batch ? { ok: true, value: this.snapshot(batch) } : failure('batch/not-found', 'Lượt kiểm tra này không còn (ứng dụng đã khởi động lại?). Hãy kiểm tra lại.');
  }

  /** Stops a batch: files not yet checked keep no row; the rows so far stay. */
  cancel(id: string): BatchResult<BatchStatus> {
    const batch = this.batches.get(id);
    if (!batch) {
      return failure('batch/not-found', 'Lượt kiểm tra này không còn.');
    }
    if (!batch.finished) {
      batch.cancelled = true;
      batch.finished = true;
      batch.abort.abort();
    }
    return { ok: true, value: this.snapshot(batch) };
  }

  /** One file's printable report (checked again: the rows keep no documents), and its path when on disk. */
  async report(id: string, index: number): Promise<BatchResult<BatchFileReport>> {
    const batch = this.batches.get(id);
    const item = batch?.items[index];
    if (!batch || !item) {
      return failure('batch/not-found', 'Không còn tệp này trong lượt kiểm tra.');
    }
    const outcome = await checkFile(item.file, item.path, {
      profiles: await this.options.profiles(),
      want: { text: false, json: false, html: true },
      checkedAt: Date.now(),
    });
    const html = outcome.html ?? unreadablePage(item.file, outcome.row.reason ?? '');
    return { ok: true, value: { file: item.file, html, path: batch.uploadDir === null && item.reason === undefined ? item.path : null } };
  }

  /** Waits for a batch's run to end (tests, shutdown). */
  async settled(id: string): Promise<void> {
    await this.batches.get(id)?.run;
  }

  /** Stops every batch and removes the uploaded files. */
  async dispose(): Promise<void> {
    const all = [...this.batches.values()];
    this.batches.clear();
    all.forEach((b) => b.abort.abort());
    await Promise.all(all.map(async (b) => (await b.run, b.uploadDir === null ? undefined : rm(b.uploadDir, { recursive: true, force: true }))));
  }

  private snapshot(batch: Batch): BatchStatus {
    return {
      id: batch.id,
      folder: batch.folder,
      total: batch.items.length,
      done: batch.done,
      files: batch.items.map((item) => item.file),
      rows: [...batch.rows],
      finished: batch.finished,
      cancelled: batch.cancelled,
      startedAt: batch.startedAt,
    };
  }

  private async check(items: readonly BatchItem[], record: (index: number, outcome: FileOutcome) => void, signal: AbortSignal): Promise<void> {
    const checkedAt = Date.now();
    const toCheck: { index: number; item: BatchItem }[] = [];
    items.forEach((item, index) => {
      if (item.reason !== undefined) {
        record(index, { row: unreadableRow(item.file, item.reason) });
      } else {
        toCheck.push({ index, item });
      }
    });
    const want = { text: false, json: false, html: false };
    const script = this.options.workerScript;
    if (script !== null && toCheck.length > 1) {
      await checkInWorkers(
        toCheck.map(({ item }) => item),
        {
          jobs: this.options.jobs ?? availableParallelism(),
          script,
          setup: { templatesDir: this.options.templatesDir, want, checkedAt },
          heapMb: WORKER_HEAP_MB,
          fileTimeoutMs: FILE_TIMEOUT_MS,
          signal,
        },
        (position, outcome) => record((toCheck[position] as { index: number }).index, outcome),
      );
      return;
    }
    const profiles = await this.options.profiles();
    const work = this.options.work;
    if (work !== undefined) {
      // As many files in flight as workers (the pool queues the rest); each read, then checked, off this thread.
      let next = 0;
      const lane = async (): Promise<void> => {
        while (!signal.aborted && next < toCheck.length) {
          const { index, item } = toCheck[next] as { index: number; item: BatchItem };
          next += 1;
          record(index, await checkThroughWork(work, item, profiles));
        }
      };
      const lanes = Math.max(1, Math.min(this.options.jobs ?? availableParallelism(), toCheck.length));
      await Promise.all(Array.from({ length: lanes }, lane));
      return;
    }
    for (const { index, item } of toCheck) {
      if (signal.aborted) {
        return;
      }
      record(index, await checkFile(item.file, item.path, { profiles, want, checkedAt }));
      // Let the host answer the page's polls between files.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  private async storeUploads(
    uploads: readonly { readonly name: string; readonly bytes: Uint8Array }[],
  ): Promise<BatchResult<{ items: BatchItem[]; uploadDir: string }>> {
    if (uploads.length > this.limits.maxFiles) {
      return failure('batch/too-many', `Có ${uploads.length} tệp; mỗi lần chỉ kiểm tra được tối đa ${this.limits.maxFiles} tệp.`);
    }
    const mb = (n: number): string => `${Math.round(n / (1024 * 1024))} MB`;
    const big = uploads.find((u) => u.bytes.byteLength > this.limits.maxUploadBytes);
    if (big) {
      return failure('batch/too-large', `Tệp "${big.name}" lớn hơn ${mb(this.limits.maxUploadBytes)}, quá mức cho phép khi kiểm tra hàng loạt.`);
    }
    const total = uploads.reduce((sum, u) => sum + u.bytes.byteLength, 0);
    if (total > this.limits.maxUploadTotalBytes) {
      return failure('batch/too-large', `Các tệp đã chọn lớn tổng cộng ${mb(total)}; mỗi lần chỉ nhận tối đa ${mb(this.limits.maxUploadTotalBytes)}.`);
    }
    const root = this.options.tempDir ?? tmpdir();
    await mkdir(root, { recursive: true });
    const uploadDir = await mkdtemp(join(root, 'kehoach-batch-'));
    const items: BatchItem[] = [];
    for (const [index, upload] of uploads.entries()) {
      const path = join(uploadDir, storedName(index, upload.name));
      await writeFile(path, upload.bytes);
      items.push({ file: upload.name.normalize('NFC'), path });
    }
    return { ok: true, value: { items, uploadDir } };
  }

  /** Drops the oldest finished batches past the number kept, with their uploaded files. */
  private async prune(): Promise<void> {
    const keep = this.options.keep ?? 8;
    const finished = [...this.batches.values()].filter((b) => b.finished);
    const excess = this.batches.size - keep;
    for (const batch of finished.slice(0, Math.max(0, excess))) {
      this.batches.delete(batch.id);
      if (batch.uploadDir !== null) {
        await rm(batch.uploadDir, { recursive: true, force: true });
      }
    }
  }
}

/** One file read and checked by the hosts' document workers: the same row as checkFile gives. */
async function checkThroughWork(work: Pick<DocumentWork, 'readFile' | 'check'>, item: BatchItem, profiles: readonly Profile[]): Promise<FileOutcome> {
  const read = await work.readFile(item.path);
  if (!read.ok) {
    return { row: unreadableRow(item.file, read.error.message) };
  }
  const documents = read.value.documents;
  const checked = await work.check(documents, profiles, { label: basename(item.file) });
  if (!checked.ok) {
    return { row: unreadableRow(item.file, checked.error.message) };
  }
  return { row: rowOf({ file: item.file, documents: documents.map((doc, i) => ({ doc, result: checked.value[i] as NonNullable<(typeof checked.value)[number]> })) }) };
}

/** The page shown for a file that could not be read. */
function unreadablePage(file: string, reason: string): string {
  const esc = escapeHtml;
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${esc(file)}</title></head><body><h1>${esc(file)}</h1><p>Không đọc được: ${esc(reason)}</p></body></html>\n`;
}
