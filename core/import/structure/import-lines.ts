/**
 * The shared entry point of the structure reader: lines (from a text file or a .docx) → documents.
 * Segments the lines into documents and reads each on its own.
 */
import { createIdGenerator } from '../../base/ids';
import { appError, err, ok, type Result } from '../../base/result';
import type { PlanDocument } from '../../model/plan-document';
import { planBoundsProblem } from '../../model/plan-bounds';
import type { ImportLine, Para } from './import-line';
import { prepareLines } from './prepare';
import { readDocument, type ImportOrigin } from './read-document';
import { segmentDocuments } from './segment';

/** Caps on what one input may make the reader build. */
export type ImportLimits = {
  /** Lines with text (after joining wrapped lines); a 100-page plan has ~3,000. */
  readonly maxLines: number;
  /** Documents in one input (a file holds one to a few). */
  readonly maxDocuments: number;
};

/**
 * Default caps: 20,000 lines with text is ~7 times a 100-page plan (~3,000 paragraphs) and 20 times the largest
 * real document of the corpus; 50 documents in one file is far above any real bundle (one to a few) and keeps a
 * check of all of them near a second (each is laid out for the layout.* rules). What is read can always be saved
 * (PLAN_LIMITS allows 25,000 blocks).
 */
export const DEFAULT_IMPORT_LIMITS: ImportLimits = { maxLines: 20_000, maxDocuments: 50 };

/** 50000 → "50.000". */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Options of importLines. */
export type ImportLinesOptions = {
  /** Prefix for block ids (deterministic: "b1", "b2", … across all documents of the input). */
  readonly idPrefix?: string;
  /** Recorded in meta.origin; 'txt' unless the .docx reader says otherwise. */
  readonly origin?: ImportOrigin;
  /** Caps (DEFAULT_IMPORT_LIMITS when absent); tests lower them. */
  readonly limits?: Partial<ImportLimits>;
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
  const limits = { ...DEFAULT_IMPORT_LIMITS, ...options.limits };
  if (paras.length > limits.maxLines) {
    return err(
      appError(
        'file/too-large',
        `Nội dung có quá nhiều dòng (${grouped(paras.length)}; chỉ đọc đến ${grouped(limits.maxLines)} dòng, gấp nhiều lần một kế hoạch 100 trang). Hãy tách thành các tệp nhỏ hơn.`,
      ),
    );
  }
  const segments = segmentDocuments(paras);
  if (segments.length > limits.maxDocuments) {
    return err(
      appError(
        'file/too-large',
        `Nội dung gồm quá nhiều văn bản (${grouped(segments.length)}; chỉ đọc đến ${grouped(limits.maxDocuments)} văn bản trong một tệp). Hãy tách thành các tệp nhỏ hơn.`,
      ),
    );
  }
  const ids = createIdGenerator(options.idPrefix ?? 'b');
  const documents = readSegments(segments, (segment) => readDocument(segment, ids, origin));
  // What is read must be savable: a document beyond the .kehoach caps (15,000 recipients, say) is refused here.
  for (const doc of documents) {
    const problem = planBoundsProblem(doc);
    if (problem !== null) {
      return err(appError('file/too-large', `Văn bản ${problem}; có thể tệp bị hỏng nên không đọc.`));
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
