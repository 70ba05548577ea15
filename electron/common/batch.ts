/**
 * The batch review's part of the HostApi contract (see host-api.ts): start a check of many files, ask
 * how far it is, stop it, and get one file's printable report. Pure types and limits.
 */
import type { SummaryRow } from '@core/report';

export type { SummaryRow } from '@core/report';

/** The bounds of one batch (the host refuses more, saying why). */
export type BatchLimits = {
  readonly maxFiles: number;
  readonly maxUploadBytes: number;
  readonly maxUploadTotalBytes: number;
};

/** The bounds the hosts use. */
export const BATCH_LIMITS: BatchLimits = {
  /** Files in one batch. */
  maxFiles: 500,
  /** Bytes of one uploaded file (the reader accepts .docx up to 50 MB; a real plan is well under 1 MB). */
  maxUploadBytes: 20 * 1024 * 1024,
  /** Bytes of all the files uploaded for one batch (one request to the web host). */
  maxUploadTotalBytes: 50 * 1024 * 1024,
};

/** Where a batch's files come from: a native picker (app), or the bytes of files chosen in the page (web host). */
export type BatchSource =
  | { readonly pick: 'folder' | 'files' }
  | { readonly uploads: readonly { readonly name: string; readonly base64: string }[] };

/** A batch as it runs: one row per file in the order found, null until that file is checked. */
export type BatchStatus = {
  readonly id: string;
  /** The folder picked (app), or null. */
  readonly folder: string | null;
  readonly total: number;
  readonly done: number;
  /** Each file's name as shown (a folder's files under the folder's name), in row order. */
  readonly files: readonly string[];
  readonly rows: readonly (SummaryRow | null)[];
  /** Every file has its row, or the batch was cancelled. */
  readonly finished: boolean;
  readonly cancelled: boolean;
  /** When the run started (ms since 1970). */
  readonly startedAt: number;
};

/** One file's report: the printable phiếu kiểm tra (HTML), and its path when the file is on disk (app). */
export type BatchFileReport = {
  readonly file: string;
  readonly html: string;
  /** Absolute path, granted for openDocument (app); null for an uploaded file. */
  readonly path: string | null;
};
