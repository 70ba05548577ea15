/**
 * date.valid: the date of issue exists in the calendar (no "ngày 30 tháng 02").
 */
import { isRealDate } from '../../text/dates';
import { finding } from '../support/finding';
import { headerLocation } from '../support/locate';
import type { Rule } from '../types';

/** The date exists. */
export const dateValid: Rule = {
  id: 'date.valid',
  group: 'header',
  severity: 'error',
  title: 'Ngày ban hành có thật',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 4',
  check: (doc) => {
    const date = doc.header.date;
    if (!date || date.day === null || date.month === null || date.year === null) {
      return [];
    }
    if (isRealDate(date.day, date.month, date.year)) {
      return [];
    }
    const what = date.month < 1 || date.month > 12 ? `không có tháng ${date.month}` : `tháng ${date.month} năm ${date.year} không có ngày ${date.day}`;
    return [finding(dateValid, `Ngày ban hành "ngày ${date.day} tháng ${date.month} năm ${date.year}" không có thật: ${what} — kiểm tra lại ngày tháng.`, headerLocation(doc, 'date'))];
  },
};
