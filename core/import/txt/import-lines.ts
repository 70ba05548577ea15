/**
 * The shared entry point of the structure reader: lines (from a text file or a .docx) → documents.
 * Segments the lines into documents and reads each on its own.
 */
import { createIdGenerator } from '../../base/ids';
import { appError, err, ok, type Result } from '../../base/result';
import type { PlanDocument } from '../../model/plan-document';
import type { ImportLine } from './import-line';
import { prepareLines } from './prepare';
import { readDocument, type ImportOrigin } from './read-document';
import { segmentDocuments } from './segment';

export type ImportLinesOptions = {
  /** Prefix for block ids (deterministic: "b1", "b2", … across all documents of the input). */
  readonly idPrefix?: string;
  /** Recorded in meta.origin; 'txt' unless the .docx reader says otherwise. */
  readonly origin?: ImportOrigin;
};

/** Reads every document in the lines; err('import/no-document') when there is none. */
export function importLines(lines: readonly ImportLine[], options: ImportLinesOptions = {}): Result<PlanDocument[]> {
  const paras = prepareLines(lines);
  if (paras.length === 0) {
    return err(appError('import/no-document', 'Không có nội dung để nhập: văn bản trống.'));
  }
  const ids = createIdGenerator(options.idPrefix ?? 'b');
  const origin = options.origin ?? 'txt';
  const documents: PlanDocument[] = [];
  for (const segment of segmentDocuments(paras)) {
    const doc = readDocument(segment, ids, origin);
    if (doc) {
      documents.push(doc);
    }
  }
  if (documents.length === 0) {
    return err(
      appError(
        'import/no-document',
        'Không nhận ra văn bản hành chính trong nội dung này: không thấy phần đầu văn bản, đề mục đánh số, chữ ký hay nơi nhận.',
      ),
    );
  }
  return ok(documents);
}
