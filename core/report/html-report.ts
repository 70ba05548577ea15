/**
 * The printable check report (phiếu kiểm tra thể thức): one page-broken section per document with
 * its identity (number without a second "Số:", trích yếu without the type name), date checked, profile
 * and how it was chosen, the verdict (đạt / cần sửa, with counts), each finding with its basis in words
 * (the rule id small) and how to fix, the groups not evaluated, and the reviewer's signature block
 * (name, unit, date: dotted lines to fill in unless given). Page numbers come from the print CSS.
 * Self-contained HTML; every text is escaped. core/docx/writer/report-docx.ts writes the same phiếu as .docx.
 */
import { formatDateWords } from '../text/dates';
import type { Finding } from '../rules/types';
import { REPORT_CSS } from './html-style';
import { basisText, DECREE_BASIS, GROUP_NAMES, kindName, numberValue, PART_NAMES, profileLine, SEVERITY_NAMES, summaryValue, verdict, whereText } from './labels';
import type { HtmlReportOptions, ReportDocument, ReportFile, ReportReviewer } from './report-types';

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
    `<tr><td class="n">${i + 1}</td>`,
    `<td class="sev ${escapeHtml(f.severity)}">${escapeHtml(SEVERITY_NAMES[f.severity])}</td>`,
    `<td class="where">${escapeHtml(PART_NAMES[f.location.part])}${where === PART_NAMES[f.location.part] ? '' : `<br>${escapeHtml(where)}`}</td>`,
    `<td class="what">${escapeHtml(f.message)}${fix}</td>`,
    `<td class="basis">${escapeHtml(basisText(f.basis))}<span class="rule">${escapeHtml(f.rule)}</span></td></tr>`,
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

/** A value given, or a dotted line the reviewer fills in by hand on the printed phiếu. */
function fillIn(value: string | undefined): string {
  const v = value?.trim() ?? '';
  return v === '' ? '<span class="blank" aria-label="để trống, điền tay"></span>' : `<span class="given">${escapeHtml(v)}</span>`;
}

function verdictBlock(findings: readonly Finding[]): string {
  const v = verdict(findings);
  return `<p class="verdict ${v.passed ? 'pass' : 'fail'}">Kết luận: <strong>${escapeHtml(v.word)}</strong> <span>(${escapeHtml(v.counts)})</span></p>`;
}

function signatureBlock(reviewer: ReportReviewer | undefined): string {
  return [
    '<div class="sign">',
    '<div class="who">',
    `<p><span>Họ và tên người kiểm tra:</span>${fillIn(reviewer?.name)}</p>`,
    `<p><span>Đơn vị:</span>${fillIn(reviewer?.unit)}</p>`,
    '</div>',
    '<div class="signer">',
    '<p class="place">………, ngày …… tháng …… năm 20……</p>',
    '<p class="role">NGƯỜI KIỂM TRA</p>',
    '<p class="hint">(Ký, ghi rõ họ tên)</p>',
    `<p class="name">${reviewer?.name?.trim() ? escapeHtml(reviewer.name.trim()) : ''}</p>`,
    '</div>',
    '</div>',
  ].join('\n');
}

function documentSection(file: string, entry: ReportDocument, index: string, checkedOn: string, reviewer: ReportReviewer | undefined): string {
  const { doc, result } = entry;
  const identity = [
    row('Tệp', file + index),
    row('Loại văn bản', kindName(doc.kind)),
    row('Số, ký hiệu', numberValue(doc) ?? 'không có'),
    row('Trích yếu', summaryValue(doc) ?? 'không có'),
    row('Ngày kiểm tra', checkedOn),
    row('Mẫu đối chiếu', `${profileLine(entry)} (cách chọn: ${HOW[result.profileChoice]})`),
  ].join('');
  return [
    '<section class="doc">',
    '<h1>Phiếu kiểm tra thể thức văn bản</h1>',
    `<p class="sub">Căn cứ ${escapeHtml(DECREE_BASIS)}</p>`,
    `<table class="identity"><tbody>${identity}</tbody></table>`,
    verdictBlock(result.findings),
    `<h2>Các phát hiện</h2>`,
    findingsTable(result.findings),
    '<h2>Phạm vi kiểm tra</h2>',
    skippedList(entry),
    '<div class="closing">',
    '<p class="note">Phiếu do Kế hoạch Studio lập tự động; người kiểm tra xem lại từng phát hiện trước khi ký.</p>',
    signatureBlock(reviewer),
    '</div>',
    '</section>',
  ].join('\n');
}

/** The printable phiếu kiểm tra thể thức of checked files: a complete, self-contained HTML page. */
export function formatHtmlReport(files: readonly ReportFile[], options: HtmlReportOptions = {}): string {
  const at = options.checkedAt ?? new Date();
  const checkedOn = formatDateWords({ day: at.getDate(), month: at.getMonth() + 1, year: at.getFullYear() });
  const sections = files.flatMap((f) =>
    f.documents.map((entry, i) => documentSection(f.file, entry, f.documents.length > 1 ? ` (văn bản ${i + 1}/${f.documents.length})` : '', checkedOn, options.reviewer)),
  );
  const title = files.length === 1 && files[0] ? `Phiếu kiểm tra thể thức — ${files[0].file}` : 'Phiếu kiểm tra thể thức';
  return [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    `<body><main>\n${sections.join('\n')}\n</main></body>`,
    '</html>',
    '',
  ].join('\n');
}
