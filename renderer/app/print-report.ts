/**
 * "In phiếu kiểm tra": the printable check report of the open document, printed through a hidden
 * frame and also offered as an .html file. TODO(#3): switch to core/report formatHtmlReport when it lands.
 */
import type { CheckResult } from '../../core/rules/index';
import { PART_LABELS, SEVERITY_LABELS } from '../features/checks/index';
import type { Session } from './plan-state';
import { baseName } from './plan-state';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A self-contained printable report (A4, Times New Roman); all text escaped. */
export function reportHtml(session: Session, result: CheckResult | null, now: Date = new Date()): string {
  const h = session.doc.header;
  const rows = (result?.findings ?? [])
    .map(
      (f, i) =>
        `<tr><td>${i + 1}</td><td>${escapeHtml(SEVERITY_LABELS[f.severity])}</td><td>${escapeHtml(PART_LABELS[f.location.part])}${f.location.line !== undefined ? `, dòng ${f.location.line}` : ''}</td><td>${escapeHtml(f.message)}<br><i>${escapeHtml(f.basis)}</i></td></tr>`,
    )
    .join('');
  const notEvaluated = (result?.notEvaluated ?? []).map((n) => `<li>${escapeHtml(n.reason)}</li>`).join('');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Phiếu kiểm tra thể thức</title><style>
@page{size:A4;margin:20mm 15mm 20mm 30mm}body{font-family:"Times New Roman","Liberation Serif",serif;font-size:13pt}
h1{text-align:center;font-size:14pt}table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:4px;vertical-align:top}
</style></head><body><h1>PHIẾU KIỂM TRA THỂ THỨC</h1>
<p>Văn bản: ${escapeHtml(`${h.docType ?? ''} ${h.number ?? ''}/${h.symbol ?? ''}`.trim())} — ${escapeHtml(h.summary ?? '')}</p>
<p>Tệp: ${escapeHtml(session.name)}. Ngày kiểm tra: ${now.toLocaleDateString('vi-VN')}.</p>
<p>${result ? `Đối chiếu với: ${escapeHtml(result.profile?.name ?? 'không có mẫu')}. Số vấn đề: ${result.findings.length}.` : 'Chưa kiểm tra được.'}</p>
<table><thead><tr><th>TT</th><th>Mức</th><th>Vị trí</th><th>Nội dung và căn cứ</th></tr></thead><tbody>${rows}</tbody></table>
${notEvaluated ? `<p>Chưa đánh giá:</p><ul>${notEvaluated}</ul>` : ''}</body></html>`;
}

/** Prints the report, then offers it as a file. */
export async function printReport(
  session: Session,
  result: CheckResult | null,
  saveBytes: (name: string, bytes: Uint8Array, filter: 'html') => Promise<void>,
): Promise<void> {
  const html = reportHtml(session, result);
  const frame = document.createElement('iframe');
  frame.className = 'visually-hidden';
  frame.title = 'Phiếu kiểm tra';
  frame.srcdoc = html;
  document.body.append(frame);
  await new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.contentWindow?.print();
  setTimeout(() => frame.remove(), 60_000);
  await saveBytes(`phieu-kiem-tra-${baseName(session.name)}.html`, new TextEncoder().encode(html), 'html');
}
