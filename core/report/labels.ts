/**
 * Vietnamese words of the reports: part and group names, severities, document titles and counts.
 */
import type { PlanDocument } from '../model/plan-document';
import { normalizeText, squeeze } from '../text/normalize';
import { numberLine } from '../model/header-lines';
import { kindName } from '../rules/support/kinds';
import type { DocumentPart, Finding, FindingLocation, RuleGroup, Severity } from '../rules/types';

/** Parts in reading order, with their names. */
export const PART_NAMES: Readonly<Record<DocumentPart, string>> = {
  header: 'Phần đầu văn bản (thể thức)',
  opening: 'Phần mở đầu (căn cứ)',
  body: 'Nội dung',
  closing: 'Phần kết',
  signature: 'Chữ ký, thẩm quyền ký',
  recipients: 'Nơi nhận',
  page: 'Trang, định dạng',
};

/** Parts in reading order. */
export const PART_ORDER: readonly DocumentPart[] = ['header', 'opening', 'body', 'closing', 'signature', 'recipients', 'page'];

/** Rule group names. */
export const GROUP_NAMES: Readonly<Record<RuleGroup, string>> = {
  header: 'Thể thức phần đầu',
  body: 'Nội dung, căn cứ',
  structure: 'Bố cục, đánh số',
  content: 'Nội dung theo mẫu',
  signature: 'Chữ ký',
  recipients: 'Nơi nhận',
  appendix: 'Phụ lục, bảng',
  format: 'Định dạng (phông, cỡ chữ, lề, số trang)',
};

/** Severity words. */
export const SEVERITY_NAMES: Readonly<Record<Severity, string>> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Gợi ý' };

/** The name of a document kind ("Kế hoạch"). */
export { kindName };

/** A document's title (one function for the reports, the .docx properties and the command). */
export { documentTitle } from '../model/header-lines';

/** The "Số:" line as a report quotes it ("Số: …/KH-UBND" for a blank number), or null when the document has none. */
export function quotedNumberLine(doc: PlanDocument): string | null {
  return doc.header.number === null && doc.header.symbol === null ? null : numberLine(doc.header, 'quoted');
}

/** "2 lỗi, 1 cảnh báo, 3 gợi ý" or "không có phát hiện nào". */
export function countLine(findings: readonly Finding[]): string {
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  const parts = [`${count('error')} lỗi`, `${count('warning')} cảnh báo`, `${count('info')} gợi ý`];
  return findings.length === 0 ? 'không có phát hiện nào' : parts.join(', ');
}

/** Where a finding is, in words: "dòng 120, mục V.9". */
export function whereText(location: FindingLocation): string {
  const bits = [location.line !== undefined ? `dòng ${location.line}` : null, location.path ? `mục ${location.path}` : null];
  const text = bits.filter((b) => b !== null).join(', ');
  return text === '' ? PART_NAMES[location.part] : text;
}

/** How the profile was chosen, in words. */
export function profileLine(doc: { readonly result: { readonly profile: { readonly name: string; readonly id: string } | null; readonly profileNote: string } }): string {
  const p = doc.result.profile;
  return p ? `${p.name} (${p.id}) — ${doc.result.profileNote}` : doc.result.profileNote;
}

/** The number and symbol as the phiếu's value ("859/KH-UBND", "…/KH-UBND"), without "Số:", or null when absent. */
export function numberValue(doc: PlanDocument): string | null {
  const { number, symbol } = doc.header;
  if (number === null && symbol === null) {
    return null;
  }
  const n = (number ?? '').replace(/^\s*số\s*:?\s*/iu, '').trim();
  const s = (symbol ?? '').trim();
  return s === '' ? n || '…' : `${n === '' ? '…' : n}/${s}`;
}

/** The trích yếu alone, without the type name ("Triển khai …"), or null when the document has none. */
export function summaryValue(doc: PlanDocument): string | null {
  const summary = doc.header.summary ? squeeze(normalizeText(doc.header.summary)) : '';
  const type = (doc.header.docType ?? kindName(doc.kind)).trim();
  // A summary read with its type name in front ("KẾ HOẠCH Triển khai …", "V/v …") loses it here.
  const lower = summary.toLocaleLowerCase('vi');
  const bare =
    type !== '' && lower.startsWith(type.toLocaleLowerCase('vi') + ' ')
      ? summary.slice(type.length).trim()
      : summary.replace(/^V\/v\s+/u, '');
  return bare === '' ? null : bare;
}

/** The verdict of the phiếu: "Đạt" with no error, "Cần sửa" otherwise, with the counts. */
export function verdict(findings: readonly Finding[]): { readonly passed: boolean; readonly word: string; readonly counts: string } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { passed: errors === 0, word: errors === 0 ? 'ĐẠT' : 'CẦN SỬA', counts: countLine(findings) };
}

/** The basis of a finding in words: "Nghị định 30/2020/NĐ-CP, Phụ lục I, …" for "NĐ 30/2020, PL I, …". */
export function basisText(basis: string): string {
  return basis
    .replace(/NĐ\s*30\/2020(?!\/NĐ)/gu, 'Nghị định số 30/2020/NĐ-CP')
    .replace(/(^|[\s,;(])PL\s+([IVX]+)\b/gu, '$1Phụ lục $2');
}

/** The decree the phiếu checks against, in full. */
export const DECREE_BASIS = 'Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư';
