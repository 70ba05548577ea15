/**
 * The printable check report (phiếu kiểm tra thể thức): one page-broken section per document with
 * its identity, date checked, profile and how it was chosen, counts, each finding with its basis and
 * how to fix, and the groups not evaluated. Self-contained HTML; every text is escaped.
 */
import { formatDateWords } from '../text/dates';
import type { Finding } from '../rules/types';
import { REPORT_CSS } from './html-style';
import { countLine, documentTitle, GROUP_NAMES, kindName, numberLine, PART_NAMES, profileLine, SEVERITY_NAMES, whereText } from './labels';
import type { HtmlReportOptions, ReportDocument, ReportFile } from './report-types';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const HOW: Readonly<Record<ReportDocument['result']['profileChoice'], string>> = {
  given: 'người kiểm tra chọn',
  template: 'ghi trong văn bản',
  matched: 'tự nhận theo đề mục',
  none: 'không xác định được',
};

function row(label: string, value: string): string {
  return `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
}

function findingRow(f: Finding, i: number): string {
  const where = whereText(f.location);
  const fix = f.fix ? `<p class="fix">Cách sửa nhanh: ${escapeHtml(f.fix.title)}</p>` : '';
  return [
    `<tr><td>${i + 1}</td>`,
    `<td class="sev ${escapeHtml(f.severity)}">${escapeHtml(SEVERITY_NAMES[f.severity])}</td>`,
    `<td>${escapeHtml(PART_NAMES[f.location.part])}${where === PART_NAMES[f.location.part] ? '' : `<br>${escapeHtml(where)}`}</td>`,
    `<td>${escapeHtml(f.message)}${fix}</td>`,
    `<td class="basis">${escapeHtml(f.basis)}<br><small>${escapeHtml(f.rule)}</small></td></tr>`,
  ].join('');
}

function findingsTable(findings: readonly Finding[]): string {
  if (findings.length === 0) {
    return '<p class="none">Không có phát hiện nào ở các nhóm đã kiểm tra.</p>';
  }
  const head = '<tr><th>STT</th><th>Mức độ</th><th>Vị trí</th><th>Nội dung và cách sửa</th><th>Căn cứ</th></tr>';
  const cols = '<colgroup><col class="n"><col class="sev"><col class="where"><col><col class="basis"></colgroup>';
  return `<table class="findings">${cols}<thead>${head}</thead><tbody>${findings.map(findingRow).join('')}</tbody></table>`;
}

function skippedList(entry: ReportDocument): string {
  const skipped = entry.result.notEvaluated;
  if (skipped.length === 0) {
    return '<p>Đã kiểm tra tất cả các nhóm quy tắc.</p>';
  }
  const items = skipped.map((n) => `<li><strong>${escapeHtml(GROUP_NAMES[n.group])}</strong>: ${escapeHtml(n.reason)}</li>`).join('');
  return `<p>Các nhóm sau <strong>chưa được kiểm tra</strong> (không có nghĩa là đạt):</p><ul class="skipped">${items}</ul>`;
}

function documentSection(file: string, entry: ReportDocument, index: string, checkedOn: string): string {
  const { doc, result } = entry;
  const identity = [
    row('Tệp', file + index),
    row('Loại văn bản', kindName(doc.kind)),
    row('Số, ký hiệu', numberLine(doc) ?? 'không có'),
    row('Trích yếu', documentTitle(doc)),
    row('Ngày kiểm tra', checkedOn),
    row('Mẫu đối chiếu', `${profileLine(entry)} (cách chọn: ${HOW[result.profileChoice]})`),
    row('Kết quả', countLine(result.findings)),
  ].join('');
  return [
    '<section class="doc">',
    '<h1>Phiếu kiểm tra thể thức</h1>',
    '<p class="sub">Đối chiếu Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư</p>',
    `<table class="identity"><tbody>${identity}</tbody></table>`,
    `<h2>Các phát hiện (${escapeHtml(countLine(result.findings))})</h2>`,
    findingsTable(result.findings),
    '<h2>Phạm vi kiểm tra</h2>',
    skippedList(entry),
    '<p class="note">Phiếu do Kế hoạch Studio lập tự động; người kiểm tra xem lại từng phát hiện trước khi trình ký.</p>',
    '</section>',
  ].join('\n');
}

/** The printable phiếu kiểm tra thể thức of checked files: a complete, self-contained HTML page. */
export function formatHtmlReport(files: readonly ReportFile[], options: HtmlReportOptions = {}): string {
  const at = options.checkedAt ?? new Date();
  const checkedOn = formatDateWords({ day: at.getDate(), month: at.getMonth() + 1, year: at.getFullYear() });
  const sections = files.flatMap((f) =>
    f.documents.map((entry, i) => documentSection(f.file, entry, f.documents.length > 1 ? ` (văn bản ${i + 1}/${f.documents.length})` : '', checkedOn)),
  );
  const title = files.length === 1 && files[0] ? `Phiếu kiểm tra thể thức — ${files[0].file}` : 'Phiếu kiểm tra thể thức';
  return [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    `<body><main>\n${sections.join('\n')}\n</main></body>`,
    '</html>',
    '',
  ].join('\n');
}
