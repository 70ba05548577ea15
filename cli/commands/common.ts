/**
 * Pieces every verb shares: one-line failures on stderr, reading an input file through the shared
 * document reader, choosing the plan among several documents, and writing an output file safely.
 */
import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { appError, err, ok, type Result } from '../../core/base/result';
import type { PlanDocument } from '../../core/model/plan-document';
import { documentTitle } from '../../core/report/index';
import { pathExists, readDocumentFile, writeFileAtomic, type ReadDocuments } from '../services';
import { ExitCode, resolvePath, type CliIo } from '../io';

/** Writes "kehoach: <reason>" on stderr and returns exit status 2. */
export function fail(io: CliIo, message: string): ExitCode {
  io.err(`kehoach: ${oneLine(message)}\n`);
  return ExitCode.FAILURE;
}

/** Misuse of the command: the reason, then the verb's help, on stderr; exit status 2. */
export function misuse(io: CliIo, message: string, usage: string): ExitCode {
  io.err(`kehoach: ${oneLine(message)}\n\n${usage}`);
  return ExitCode.FAILURE;
}

/** Reads the documents of a file the user named (relative to the working folder). */
export async function readInput(io: CliIo, path: string): Promise<Result<ReadDocuments>> {
  return readDocumentFile(resolvePath(io, path));
}

const KIND_NAMES: Readonly<Record<string, string>> = {
  'ke-hoach': 'Kế hoạch',
  'cong-van': 'Công văn',
  'bao-cao': 'Báo cáo',
  'quyet-dinh': 'Quyết định',
  'to-trinh': 'Tờ trình',
  'thong-bao': 'Thông báo',
  'chuong-trinh': 'Chương trình',
  khac: 'Văn bản',
};

/** "Kế hoạch", "Công văn" … for a document kind. */
export function kindName(kind: string): string {
  return KIND_NAMES[kind] ?? 'Văn bản';
}

export type ChosenDocument = {
  readonly doc: PlanDocument;
  /** 0-based position in the file. */
  readonly index: number;
  /** A Vietnamese note when the file held several documents, saying which one was taken. */
  readonly note: string | null;
};

/** The plan (the ke-hoach) among the documents of a file; the first one when there is no plan. */
export function choosePlan(documents: readonly PlanDocument[]): ChosenDocument | null {
  if (documents.length === 0) {
    return null;
  }
  const planIndex = documents.findIndex((d) => d.kind === 'ke-hoach');
  const index = planIndex >= 0 ? planIndex : 0;
  const doc = documents[index] as PlanDocument;
  if (documents.length === 1) {
    return { doc, index, note: null };
  }
  const kinds = documents.map((d) => kindName(d.kind)).join(', ');
  const note = `Tệp có ${documents.length} văn bản (${kinds}); dùng văn bản thứ ${index + 1}: ${documentTitle(doc)}.`;
  return { doc, index, note };
}

/** Writes an output file atomically; never replaces an existing file unless force is set. */
export async function writeOutput(io: CliIo, path: string, data: Uint8Array | string, force: boolean): Promise<Result<string>> {
  const target = resolvePath(io, path);
  const name = basename(target);
  try {
    const info = await stat(target);
    if (info.isDirectory()) {
      return err(appError('file/unreadable', `"${path}" là một thư mục; hãy ghi rõ tên tệp.`));
    }
    if (!force) {
      return err(appError('file/exists', `Tệp "${path}" đã có; thêm --force để ghi đè.`));
    }
  } catch {
    // does not exist yet: the normal case
  }
  if (!(await pathExists(dirname(target)))) {
    return err(appError('file/not-found', `Không có thư mục "${dirname(path)}" để ghi "${name}".`));
  }
  try {
    await writeFileAtomic(target, data);
  } catch {
    return err(appError('file/unreadable', `Không ghi được tệp "${path}" (không có quyền hoặc ổ đĩa đầy).`));
  }
  return ok(target);
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
