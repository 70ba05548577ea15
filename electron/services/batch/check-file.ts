/**
 * Checks one file and renders what the report needs of it: the summary row, and the file's part of the
 * text, JSON or HTML report. The same code runs in the command's own thread (one file), in the batch
 * worker threads, which send the outcome back as plain data (strings and numbers), and in the app's batch
 * review (batch-service.ts).
 */
import { rowOf, unreadableRow, type SummaryRow } from '@core/report';
import { buildJsonReport, formatHtmlReport, formatTextReport, type JsonReport, type ReportFile } from '@core/report';
import { checkDocument } from '@core/rules';
import type { Profile } from '@core/templates';
import { readDocumentFile } from '../documents/read-document-file';

/** Which renderings of each file the report needs. */
export type Wanted = {
  readonly text: boolean;
  readonly json: boolean;
  /** The file's own printable report. */
  readonly html: boolean;
};

/** How every file of a run is checked. */
export type CheckSettings = {
  readonly profiles: readonly Profile[];
  readonly profileId?: string;
  readonly want: Wanted;
  /** When the run started (the printable report's date). */
  readonly checkedAt: number;
};

/** What became of one file. */
export type FileOutcome = {
  readonly row: SummaryRow;
  readonly text?: string;
  readonly json?: JsonReport;
  readonly html?: string;
};

/** Reads, checks and renders one file; a file that cannot be read is an outcome with its reason, never a throw. */
export async function checkFile(file: string, path: string, settings: CheckSettings): Promise<FileOutcome> {
  let report: ReportFile;
  try {
    const read = await readDocumentFile(path);
    if (!read.ok) {
      return { row: unreadableRow(file, read.error.message) };
    }
    const options = settings.profileId === undefined ? { profiles: settings.profiles } : { profiles: settings.profiles, profileId: settings.profileId };
    report = { file, documents: read.value.documents.map((doc) => ({ doc, result: checkDocument(doc, options) })) };
  } catch (error) {
    // A fault of the reader or a rule on this file: the other files of a batch are still checked.
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { row: unreadableRow(file, `Không kiểm tra được tệp "${file}" (lỗi nội bộ: ${reason}).`) };
  }
  return {
    row: rowOf(report),
    ...(settings.want.text ? { text: formatTextReport([report]) } : {}),
    ...(settings.want.json ? { json: buildJsonReport(report) } : {}),
    ...(settings.want.html ? { html: formatHtmlReport([report], { checkedAt: new Date(settings.checkedAt) }) } : {}),
  };
}

/** The outcome of a file whose check could not finish (the worker ran out of memory or time). */
export function failedOutcome(file: string, reason: string): FileOutcome {
  return { row: unreadableRow(file, reason) };
}
