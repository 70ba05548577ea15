/**
 * date.leading-zero: in the date line, a day below 10 and months 1–2 take a leading 0; months 3–12 take
 * none (PL I, khoản 4). Judged on the line as written; app documents format dates themselves.
 */
import { formatDay, formatMonth, parseDateLine } from '../../text/dates';
import { normalizeText } from '../../text/normalize';
import { finding, quote } from '../support/finding';
import { headerLocation } from '../support/locate';
import type { Finding, Rule } from '../types';

function problem(word: 'ngày' | 'tháng', written: string, expected: string, value: number): string {
  const why =
    word === 'ngày'
      ? 'ngày nhỏ hơn 10 phải thêm số 0 phía trước'
      : value <= 2
        ? 'tháng 1 và tháng 2 phải thêm số 0 phía trước'
        : 'tháng từ 3 đến 12 không thêm số 0';
  return `Ngày ban hành ghi ${quote(`${word} ${written}`)}: ${why} — sửa thành ${quote(`${word} ${expected}`)}`;
}

/** Leading zeros of day and month in the date line. */
export const dateLeadingZero: Rule = {
  id: 'date.leading-zero',
  group: 'header',
  severity: 'error',
  title: 'Số 0 trước ngày, tháng',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 4',
  check: (doc) => {
    const raw = doc.header.source?.date?.text;
    const parts = raw ? parseDateLine(normalizeText(raw)) : null;
    if (!parts) {
      return [];
    }
    const out: string[] = [];
    const day = parts.dayText === '' ? null : Number.parseInt(parts.dayText, 10);
    const month = parts.monthText === '' ? null : Number.parseInt(parts.monthText, 10);
    if (day !== null && day >= 1 && parts.dayText !== formatDay(day)) {
      out.push(problem('ngày', parts.dayText, formatDay(day), day));
    }
    if (month !== null && month >= 1 && month <= 12 && parts.monthText !== formatMonth(month)) {
      out.push(problem('tháng', parts.monthText, formatMonth(month), month));
    }
    if (out.length === 0) {
      return [];
    }
    const year = parts.yearText === '' ? null : Number.parseInt(parts.yearText, 10);
    const fixTitle = [day !== null ? `ngày ${formatDay(day)}` : null, month !== null ? `tháng ${formatMonth(month)}` : null]
      .filter((x) => x !== null)
      .join(' ');
    const result: Finding = finding(dateLeadingZero, `${out.join('; ')}.`, headerLocation(doc, 'date'), {
      fix: { title: `Sửa thành ${quote(fixTitle)}`, edit: { kind: 'set-date', day, month, year } },
    });
    return [result];
  },
};
