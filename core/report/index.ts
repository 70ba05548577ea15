/**
 * Report formatters: check results → readable text, the JSON of the command-line contract, and the
 * printable phiếu kiểm tra thể thức, the batch summary (rows, CSV, HTML). Pure: strings out, no files.
 */
export type { HtmlReportOptions, ReportDocument, ReportFile, ReportReviewer } from './report-types';
export { formatTextReport } from './text-report';
export { buildJsonReport, formatJsonReport } from './json-report';
export type { JsonFinding, JsonReport } from './json-report';
export { escapeHtml, formatHtmlReport } from './html-report';
export { documentTitle, kindName, PART_NAMES, PART_ORDER, SEVERITY_NAMES } from './labels';
export * from './batch-summary';
