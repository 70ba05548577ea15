/**
 * header.place-date: "<Địa danh>, ngày … tháng … năm …" is present (PL I, khoản 4).
 * Blank day or month in a draft is a hint, not an error (the date is written at signing).
 */
import { finding } from '../support/finding';
import { headerLocation } from '../support/locate';
import type { Rule } from '../types';

/** Địa danh and ngày tháng năm present. */
export const headerPlaceDate: Rule = {
  id: 'header.place-date',
  group: 'header',
  severity: 'error',
  title: 'Địa danh và thời gian ban hành',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 4',
  check: (doc) => {
    const { place, date } = doc.header;
    const where = headerLocation(doc, 'date');
    const hasPlace = place !== null && place.trim() !== '';
    if (!hasPlace && date === null) {
      return [finding(headerPlaceDate, 'Thiếu dòng địa danh và ngày tháng: dưới Tiêu ngữ phải có dòng "<Địa danh>, ngày … tháng … năm …".', where)];
    }
    if (!hasPlace) {
      return [finding(headerPlaceDate, 'Dòng ngày tháng thiếu địa danh: ghi tên đơn vị hành chính nơi cơ quan đóng trụ sở, sau đó là dấu phẩy (ví dụ "Bắc Giang, ngày …").', where)];
    }
    if (date === null) {
      return [finding(headerPlaceDate, `Sau địa danh "${place.trim()}" thiếu "ngày … tháng … năm …".`, where)];
    }
    const blanks = [date.day === null ? 'ngày' : null, date.month === null ? 'tháng' : null, date.year === null ? 'năm' : null].filter(
      (x): x is string => x !== null,
    );
    if (blanks.length > 0) {
      return [finding(headerPlaceDate, `Ngày ban hành còn để trống (${blanks.join(', ')}): bình thường với bản dự thảo, nhớ ghi đủ khi ký ban hành.`, where, { severity: 'info' })];
    }
    return [];
  },
};
