/**
 * "In phiếu kiểm tra": the printable check report (core/report formatHtmlReport) of the open document,
 * printed through a hidden frame and also offered as an .html file (save dialog or download).
 */
import { formatHtmlReport } from '../../core/report/index';
import type { CheckResult } from '../../core/rules/index';
import type { Session } from './plan-state';
import { baseName } from './plan-state';

/** The report's HTML for the document on screen. */
export function reportHtml(session: Session, result: CheckResult, now: Date = new Date()): string {
  return formatHtmlReport([{ file: session.name, documents: [{ doc: session.doc, result }] }], { checkedAt: now });
}

/** Prints the report, then offers it as a file. */
export async function printReport(
  session: Session,
  result: CheckResult | null,
  saveBytes: (name: string, bytes: Uint8Array, filter: 'html') => Promise<void>,
): Promise<void> {
  if (!result) {
    throw new Error('Chưa kiểm tra xong văn bản; hãy thử lại sau giây lát.');
  }
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
