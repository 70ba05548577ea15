/**
 * What the report formatters take: checked files, each with its documents and check results
 * (the same shape the CLI and the app hold after checking).
 */
import type { PlanDocument } from '../model/plan-document';
import type { CheckResult } from '../rules/run-rules';

/** One checked document of a file. */
export type ReportDocument = {
  readonly doc: PlanDocument;
  readonly result: CheckResult;
};

/** One checked file, its documents in file order. */
export type ReportFile = {
  readonly file: string;
  readonly documents: readonly ReportDocument[];
};

/** Options of the printable report. */
export type HtmlReportOptions = {
  /** When the check ran (default: now). */
  readonly checkedAt?: Date;
  /** The reviewer, printed in the signature block; without it the phiếu leaves dotted lines to fill in by hand. */
  readonly reviewer?: ReportReviewer;
};

/** Who signs the phiếu as "Người kiểm tra". */
export type ReportReviewer = {
  readonly name?: string;
  readonly unit?: string;
};
