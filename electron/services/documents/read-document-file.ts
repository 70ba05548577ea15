/**
 * Reads a plan from disk: .kehoach, .txt or .docx → documents. One door for the CLI and the hosts.
 * Every failure is a Result with a one-line Vietnamese message; nothing here throws on bad input.
 */
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { appError, err, ok, type AppError, type Result } from '@core/base';
import { checkContainer } from '@core/docx/reader';
import { importDocx, importText, textEncodingOf } from '@core/import';
import { parsePlan } from '@core/model';
import type { PlanDocument } from '@core/model';

export type DocumentFileFormat = 'kehoach' | 'txt' | 'docx';

export type ReadDocuments = {
  readonly format: DocumentFileFormat;
  readonly name: string;
  readonly documents: readonly PlanDocument[];
};

/** Largest text or plan file read (a real plan is under 1 MB; this leaves ample room). */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;
/** Largest .docx read (the reader caps its uncompressed size separately). */
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;

/** Which reader a file goes to, by its bytes first and its extension second. */
export function detectFormat(name: string, head: Uint8Array): DocumentFileFormat | 'doc' | 'unknown' {
  const ext = extname(name).toLowerCase();
  if (head[0] === 0x50 && head[1] === 0x4b) {
    return 'docx';
  }
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    return 'doc';
  }
  if (ext === '.kehoach' || ext === '.json') {
    return 'kehoach';
  }
  if (ext === '.docx') {
    return 'docx';
  }
  if (ext === '.doc') {
    return 'doc';
  }
  return ext === '.txt' || ext === '.text' || ext === '' ? 'txt' : 'unknown';
}

/** Reads the documents in a file on disk. */
export async function readDocumentFile(path: string): Promise<Result<ReadDocuments>> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      return err(appError('file/unreadable', `"${path}" không phải là tệp.`));
    }
    size = info.size;
  } catch {
    return err(appError('file/not-found', `Không tìm thấy tệp "${path}".`));
  }
  const name = basename(path);
  const tooLarge = sizeRefusal(name, size);
  if (tooLarge !== null) {
    return err(tooLarge);
  }
  let bytes: Uint8Array;
  try {
    const handle = await open(path, 'r');
    try {
      bytes = new Uint8Array(size);
      await handle.read(bytes, 0, size, 0);
    } finally {
      await handle.close();
    }
  } catch {
    return err(appError('file/unreadable', `Không đọc được tệp "${name}" (không có quyền hoặc tệp đang bị khóa).`));
  }
  return readDocumentBytes(name, bytes);
}

/**
 * The refusal of a file of this name and size before its bytes are read (or decoded, for an upload), or
 * null: a name ending in .docx may be up to MAX_DOCX_BYTES, any other up to MAX_TEXT_BYTES (what its
 * bytes turn out to be is judged after reading).
 */
export function sizeRefusal(name: string, size: number): AppError | null {
  const limit = /\.docx$/i.test(name) ? MAX_DOCX_BYTES : MAX_TEXT_BYTES;
  if (size > Math.max(limit, MAX_TEXT_BYTES)) {
    return appError('file/too-large', `Tệp "${name}" quá lớn (${formatMb(size)}); chỉ đọc tệp đến ${formatMb(limit)}.`);
  }
  return null;
}

/** Reads the documents in bytes already in memory (uploads in the web host). */
export async function readDocumentBytes(name: string, bytes: Uint8Array): Promise<Result<ReadDocuments>> {
  const format = detectFormat(name, bytes.subarray(0, 8));
  if (format === 'doc') {
    // An OLE compound file is an old .doc or a password-protected .docx: the reader tells which.
    const container = checkContainer(bytes);
    if (!container.ok && container.error.code === 'docx/encrypted') {
      return err(appError('docx/encrypted', `Tệp "${name}" được đặt mật khẩu (mã hóa); hãy gỡ mật khẩu trong Word rồi mở lại.`));
    }
    return err(appError('docx/legacy-doc', `Tệp "${name}" là định dạng Word cũ (.doc); hãy mở bằng Word và lưu thành .docx rồi thử lại.`));
  }
  if (format === 'unknown') {
    return err(appError('docx/unsupported', `Không mở được "${name}": chỉ hỗ trợ tệp .kehoach, .txt và .docx.`));
  }
  if (bytes.length === 0) {
    return err(appError('file/empty', `Tệp "${name}" trống.`));
  }
  if (format === 'docx') {
    if (bytes.length > MAX_DOCX_BYTES) {
      return err(appError('docx/too-large', `Tệp "${name}" quá lớn (${formatMb(bytes.length)}); chỉ đọc tệp .docx đến ${formatMb(MAX_DOCX_BYTES)}.`));
    }
    const read = await importDocx(bytes);
    return read.ok ? ok({ format, name, documents: read.value }) : read;
  }
  if (bytes.length > MAX_TEXT_BYTES) {
    return err(appError('file/too-large', `Tệp "${name}" quá lớn (${formatMb(bytes.length)}); chỉ đọc tệp văn bản đến ${formatMb(MAX_TEXT_BYTES)}.`));
  }
  let text: string;
  try {
    text = new TextDecoder(textEncodingOf(bytes), { fatal: true }).decode(bytes);
  } catch {
    return err(appError('file/not-utf8', `Tệp "${name}" không phải văn bản UTF-8 (có thể là mã TCVN3 hoặc VNI); hãy lưu lại với bảng mã Unicode UTF-8.`));
  }
  if (text.trim() === '') {
    return err(appError('file/empty', `Tệp "${name}" không có nội dung.`));
  }
  if (format === 'kehoach') {
    const plan = parsePlan(text);
    return plan.ok ? ok({ format, name, documents: [plan.value] }) : plan;
  }
  const imported = importText(text);
  return imported.ok ? ok({ format, name, documents: imported.value }) : imported;
}

function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
