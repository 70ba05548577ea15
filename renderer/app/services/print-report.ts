/**
 * "In phiếu kiểm tra": the printable check report (core/report formatHtmlReport) of the open document,
 * printed through a hidden frame and also offered as an .html file (save dialog or download). The same
 * phiếu as .docx (core/docx writeReportDocx, the Word copy offices file) is `saveReportDocx`.
 * The reviewer's name and unit are printed when given (e.g. from the agency profile); otherwise the
 * phiếu leaves dotted lines to fill in by hand.
 */
import { formatHtmlReport, type ReportReviewer } from '@core/report';
import type { CheckResult } from '@core/rules';
import type { Session } from '../state/plan-state';
import { baseName } from '../state/plan-state';

/** The report's HTML for the document on screen. */
export function reportHtml(session: Session, result: CheckResult, now: Date = new Date(), reviewer?: ReportReviewer): string {
  return formatHtmlReport([{ file: session.name, documents: [{ doc: session.doc, result }] }], { checkedAt: now, ...(reviewer ? { reviewer } : {}) });
}

function checked(result: CheckResult | null): CheckResult {
  if (!result) {
    throw new Error('Chưa kiểm tra xong văn bản; hãy thử lại sau giây lát.');
  }
  return result;
}

/** Prints the report, then offers it as a file. */
export async function printReport(
  session: Session,
  result: CheckResult | null,
  saveBytes: (name: string, bytes: Uint8Array, filter: 'html') => Promise<void>,
  reviewer?: ReportReviewer,
): Promise<void> {
  const html = reportHtml(session, checked(result), new Date(), reviewer);
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

/** Offers the same phiếu as a .docx file; the writer (and the docx library) is loaded on first use. */
export async function saveReportDocx(
  session: Session,
  result: CheckResult | null,
  saveBytes: (name: string, bytes: Uint8Array, filter: 'docx') => Promise<void>,
  reviewer?: ReportReviewer,
): Promise<void> {
  const checkResult = checked(result);
  const writer = await import('@core/docx');
  const bytes = await writer.writeReportDocx([{ file: session.name, documents: [{ doc: session.doc, result: checkResult }] }], {
    checkedAt: new Date(),
    ...(reviewer ? { reviewer } : {}),
  });
  await saveBytes(`phieu-kiem-tra-${baseName(session.name)}.docx`, bytes, 'docx');
}
