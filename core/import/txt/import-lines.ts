/**
 * The shared entry point of the structure reader: lines (from a text file or a .docx) → documents.
 * Segments the lines into documents and reads each on its own.
 */
import { createIdGenerator } from '../../base/ids';
import { appError, err, ok, type Result } from '../../base/result';
import type { PlanDocument } from '../../model/plan-document';
import type { ImportLine, Para } from './import-line';
import { prepareLines } from './prepare';
import { readDocument, type ImportOrigin } from './read-document';
import { segmentDocuments } from './segment';

/** Options of importLines. */
export type ImportLinesOptions = {
  /** Prefix for block ids (deterministic: "b1", "b2", … across all documents of the input). */
  readonly idPrefix?: string;
  /** Recorded in meta.origin; 'txt' unless the .docx reader says otherwise. */
  readonly origin?: ImportOrigin;
};

/**
 * Reads each segment; a segment with nothing recognizable is never dropped: it joins the next
 * document (or, at the end, the last one), so no line of the input is lost.
 */
function readSegments(segments: readonly Para[][], read: (segment: readonly Para[]) => PlanDocument | null): PlanDocument[] {
  const documents: PlanDocument[] = [];
  let carry: Para[] = [];
  let lastLines: Para[] = [];
  for (const segment of segments) {
    const lines = [...carry, ...segment];
    const doc = read(lines);
    if (doc) {
      documents.push(doc);
      lastLines = lines;
      carry = [];
    } else {
      carry = lines;
    }
  }
  if (carry.length > 0 && documents.length > 0) {
    const merged = read([...lastLines, ...carry]);
    if (merged) {
      documents[documents.length - 1] = merged;
    }
  }
  return documents;
}

/** Reads every document in the lines; err('import/no-document') when there is none. */
export function importLines(lines: readonly ImportLine[], options: ImportLinesOptions = {}): Result<PlanDocument[]> {
  const origin = options.origin ?? 'txt';
  const paras = prepareLines(lines, { origin });
  if (paras.length === 0) {
    return err(appError('import/no-document', 'Không có nội dung để nhập: văn bản trống.'));
  }
  const ids = createIdGenerator(options.idPrefix ?? 'b');
  const documents = readSegments(segmentDocuments(paras), (segment) => readDocument(segment, ids, origin));
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
