/**
 * The summary of a batch check: one row per file (kinds, counts, the first findings, or why it could not
 * be read), written as CSV (UTF-8 with BOM, for Excel and LibreOffice Calc), as an HTML table linking each
 * file's own report, or as the closing line of the text report. Pure: rows in, strings out. Shared by
 * `kehoach check` (cli/batch) and the app's batch review (electron/services/batch, renderer/features/batch),
 * so both give the same rows and the same CSV.
 */
import type { DocKind } from '../model/plan-document';
import type { Finding, Severity } from '../rules/types';
import { escapeHtml, kindName, type ReportFile } from './index';

/** How many findings a row quotes. */
export const FIRST_FINDINGS = 3;

/** A finding as a summary row quotes it. */
export type RowFinding = {
  readonly severity: Severity;
  readonly rule: string;
  readonly message: string;
};

/** One file of a batch. */
export type SummaryRow = {
  /** The file as the user named it (a folder's files: the folder joined with the path inside it). */
  readonly file: string;
  /** The kind of each document in the file, in file order. */
  readonly kinds: readonly DocKind[];
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** The first findings, errors before warnings before hints, each in document order. */
  readonly first: readonly RowFinding[];
  /** Why the file could not be read, or null. */
  readonly reason: string | null;
  /** The address of the file's own report, relative to the summary (HTML only). */
  readonly report?: string;
};

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const SEVERITY_WORDS: Readonly<Record<Severity, string>> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Gợi ý' };

/** The row of a file that was read and checked. */
export function rowOf(file: ReportFile): SummaryRow {
  const findings: Finding[] = file.documents.flatMap((d) => d.result.findings);
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  const first = ORDER.flatMap((s) => findings.filter((f) => f.severity === s))
    .slice(0, FIRST_FINDINGS)
    .map((f) => ({ severity: f.severity, rule: f.rule, message: f.message }));
  return {
    file: file.file,
    kinds: file.documents.map((d) => d.doc.kind),
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    first,
    reason: null,
  };
}

/** The row of a file that could not be read. */
export function unreadableRow(file: string, reason: string): SummaryRow {
  return { file, kinds: [], errors: 0, warnings: 0, infos: 0, first: [], reason };
}

/** Totals over the rows. */
export type Totals = {
  readonly files: number;
  readonly withErrors: number;
  readonly warningsOnly: number;
  readonly clean: number;
  readonly unreadable: number;
};

/** Counts files with errors, with only warnings or hints, with nothing to say, and unreadable. */
export function totalsOf(rows: readonly SummaryRow[]): Totals {
  const unreadable = rows.filter((r) => r.reason !== null).length;
  const withErrors = rows.filter((r) => r.reason === null && r.errors > 0).length;
  const warningsOnly = rows.filter((r) => r.reason === null && r.errors === 0 && r.warnings + r.infos > 0).length;
  return { files: rows.length, withErrors, warningsOnly, clean: rows.length - unreadable - withErrors - warningsOnly, unreadable };
}

/** "Tổng hợp: 12 tệp; 3 có lỗi, 4 chỉ có cảnh báo hoặc gợi ý, 4 không có phát hiện nào, 1 không đọc được." */
export function totalsLine(rows: readonly SummaryRow[]): string {
  const t = totalsOf(rows);
  const parts = [`${t.withErrors} có lỗi`, `${t.warningsOnly} chỉ có cảnh báo hoặc gợi ý`, `${t.clean} không có phát hiện nào`];
  if (t.unreadable > 0) {
    parts.push(`${t.unreadable} không đọc được`);
  }
  return `Tổng hợp: ${t.files} tệp; ${parts.join(', ')}.`;
}

function kindsText(row: SummaryRow): string {
  return row.kinds.map(kindName).join(', ');
}

function findingText(f: RowFinding): string {
  return `[${SEVERITY_WORDS[f.severity]}] ${f.message} (${f.rule})`;
}

// ---- CSV ----------------------------------------------------------------------------------------

/** The column names of the CSV summary. */
export const CSV_HEADER = ['Tệp', 'Loại văn bản', 'Lỗi', 'Cảnh báo', 'Gợi ý', 'Phát hiện đầu tiên', 'Không đọc được vì'] as const;

/**
 * One CSV field: quoted when it holds a comma, a quote, or a line break (quotes doubled, RFC 4180). A
 * text that a spreadsheet would take for a formula (=, +, -, @ first) gets a leading apostrophe.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') {
    return String(value);
  }
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV summary: UTF-8 byte-order mark, a header row, one row per file, CRLF line ends. */
export function formatCsvSummary(rows: readonly SummaryRow[]): string {
  const lines = [CSV_HEADER.map(csvField).join(',')];
  for (const row of rows) {
    const fields: (string | number)[] = [
      row.file,
      kindsText(row),
      row.reason === null ? row.errors : '',
      row.reason === null ? row.warnings : '',
      row.reason === null ? row.infos : '',
      row.first.map(findingText).join('\n'),
      row.reason ?? '',
    ];
    lines.push(fields.map(csvField).join(','));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

// ---- HTML ---------------------------------------------------------------------------------------

const SUMMARY_CSS = `
body{font-family:"Times New Roman",Times,serif;font-size:13pt;margin:24px;color:#111}
h1{font-size:16pt;text-align:center;margin:0 0 4px}
p.sub{text-align:center;font-style:italic;margin:0 0 16px}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #888;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#eee}
td.n{text-align:right;white-space:nowrap}
tr.unreadable td{background:#fff4e5}
td.err{color:#b00020;font-weight:bold}
ul{margin:0;padding-left:18px}
@media print{a{color:inherit;text-decoration:none}}
`;

function fileCell(row: SummaryRow): string {
  const name = escapeHtml(row.file);
  return row.report ? `<a href="${escapeHtml(row.report)}">${name}</a>` : name;
}

function findingsCell(row: SummaryRow): string {
  if (row.reason !== null) {
    return `Không đọc được: ${escapeHtml(row.reason)}`;
  }
  if (row.first.length === 0) {
    return 'Không có phát hiện nào.';
  }
  return `<ul>${row.first.map((f) => `<li>${escapeHtml(findingText(f))}</li>`).join('')}</ul>`;
}

function htmlRow(row: SummaryRow, i: number): string {
  const counts = row.reason === null ? [row.errors, row.warnings, row.infos] : ['', '', ''];
  return [
    `<tr${row.reason === null ? '' : ' class="unreadable"'}>`,
    `<td class="n">${i + 1}</td>`,
    `<td>${fileCell(row)}</td>`,
    `<td>${escapeHtml(kindsText(row))}</td>`,
    `<td class="n${row.errors > 0 ? ' err' : ''}">${counts[0]}</td><td class="n">${counts[1]}</td><td class="n">${counts[2]}</td>`,
    `<td>${findingsCell(row)}</td>`,
    '</tr>',
  ].join('');
}

/** The HTML summary: a self-contained page with one table row per file, linking each file's report when it has one. */
export function formatHtmlSummary(rows: readonly SummaryRow[], checkedAt: Date): string {
  const date = `${checkedAt.getDate()}/${checkedAt.getMonth() + 1}/${checkedAt.getFullYear()}`;
  const head = '<tr><th>STT</th><th>Tệp</th><th>Loại văn bản</th><th>Lỗi</th><th>Cảnh báo</th><th>Gợi ý</th><th>Phát hiện đầu tiên</th></tr>';
  return [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    '<title>Tổng hợp kiểm tra thể thức</title>',
    `<style>${SUMMARY_CSS}</style>`,
    '</head>',
    '<body><main>',
    '<h1>Tổng hợp kiểm tra thể thức</h1>',
    `<p class="sub">Đối chiếu Nghị định số 30/2020/NĐ-CP; kiểm tra ngày ${escapeHtml(date)}</p>`,
    `<p>${escapeHtml(totalsLine(rows))}</p>`,
    `<table><thead>${head}</thead><tbody>`,
    ...rows.map(htmlRow),
    '</tbody></table>',
    '</main></body>',
    '</html>',
    '',
  ].join('\n');
}
