/**
 * header.number: "Số: <n>/<ký hiệu>" present and well formed (PL I, khoản 3). A blank number in a
 * draft is only a hint: numbers are given by the văn thư at issue time (Điều 15.2).
 */
import type { PlanDocument } from '../../model/plan-document';
import { normalizeText } from '../../text/normalize';
import { finding, quote } from '../support/finding';
import { headerLocation } from '../support/locate';
import type { Finding, Rule } from '../types';

const GROUPS = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u;

function checkNumber(doc: PlanDocument, number: string): Finding[] {
  const where = headerLocation(doc, 'number');
  if (number === '') {
    return [finding(headerNumber, 'Số văn bản đang để trống ("Số:   /…"): bình thường với bản dự thảo, văn thư sẽ ghi số khi ban hành.', where, { severity: 'info' })];
  }
  if (!/^\d+$/u.test(number)) {
    return [finding(headerNumber, `Số văn bản ${quote(number)} phải là chữ số Ả Rập (ví dụ "859").`, where)];
  }
  if (number.length === 1 && number !== '0') {
    const fixed = `0${number}`;
    return [finding(headerNumber, `Số văn bản ${quote(number)}: số nhỏ hơn 10 phải ghi thêm số 0 phía trước — sửa thành ${quote(fixed)}.`, where, {
      fix: { title: `Sửa thành ${quote(fixed)}`, edit: { kind: 'set-header', field: 'number', value: fixed } },
    })];
  }
  return [];
}

function checkSymbol(doc: PlanDocument, symbol: string | null): Finding[] {
  const where = headerLocation(doc, 'number');
  if (symbol === null || symbol.trim() === '') {
    return [finding(headerNumber, 'Thiếu ký hiệu văn bản sau dấu "/" (ví dụ "Số: 859/KH-UBND").', where)];
  }
  const raw = normalizeText(doc.header.source?.number?.text ?? '').trim();
  const compact = symbol.replace(/\s+/gu, '');
  const fix = { title: `Sửa thành ${quote(compact)}`, edit: { kind: 'set-header', field: 'symbol', value: compact } } as const;
  if (/\s/u.test(symbol)) {
    return [finding(headerNumber, `Ký hiệu ${quote(symbol.trim())} có dấu cách: giữa các nhóm chữ dùng "-", không có khoảng trống — sửa thành ${quote(compact)}.`, where, { fix })];
  }
  if (/\/\s+\S/u.test(raw) || /\d\s+\//u.test(raw)) {
    const number = (doc.header.number ?? '').trim();
    return [finding(headerNumber, `Dòng ${quote(raw)} có dấu cách quanh dấu "/": số và ký hiệu viết liền — sửa thành ${quote(`Số: ${number}/${compact}`)}.`, where, { fix })];
  }
  if (!GROUPS.test(symbol)) {
    return [finding(headerNumber, `Ký hiệu ${quote(symbol)} không đúng dạng: các nhóm chữ viết tắt nối bằng dấu "-" (ví dụ "KH-UBND").`, where)];
  }
  return [];
}

/** Số, ký hiệu: present and well formed. */
export const headerNumber: Rule = {
  id: 'header.number',
  group: 'header',
  severity: 'error',
  title: 'Số, ký hiệu của văn bản',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 3',
  check: (doc) => {
    const { number, symbol } = doc.header;
    if (number === null && symbol === null) {
      return [finding(headerNumber, 'Thiếu dòng "Số: …/…": dưới tên cơ quan ban hành phải có số và ký hiệu văn bản (ví dụ "Số:   /KH-UBND").', headerLocation(doc, 'number'))];
    }
    return [...checkNumber(doc, (number ?? '').trim()), ...checkSymbol(doc, symbol)];
  },
};
