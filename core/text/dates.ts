/**
 * Vietnamese date lines: "<Địa danh>, ngày 05 tháng 01 năm 2020" (PL I, Mục II, khoản 4).
 */
import type { PlanDate } from '../model/plan-document';

/** The parts of a place-date line as written, before any judgement. */
export type DateLineParts = {
  readonly place: string;
  /** Texts as written ("05", "5", "" for blank). */
  readonly dayText: string;
  readonly monthText: string;
  readonly yearText: string;
};

const DATE_LINE =
  /^(.+?),\s*ngày\s*([0-9]{0,2}|[.…\s]*)\s*tháng\s*([0-9]{0,2}|[.…\s]*)\s*năm\s*([0-9]{0,4}|[.…\s]*)\s*\.?$/u;

/** Splits a place-date line, tolerating blank parts ("ngày   tháng 9 năm 2021"), or null. */
export function parseDateLine(line: string): DateLineParts | null {
  const m = DATE_LINE.exec(line.trim());
  if (!m) {
    return null;
  }
  const clean = (s: string | undefined): string => (s ?? '').replace(/[.…\s]/g, '');
  return { place: (m[1] ?? '').trim(), dayText: clean(m[2]), monthText: clean(m[3]), yearText: clean(m[4]) };
}

/** Numbers of a parsed line; a blank part is null. */
export function toPlanDate(parts: DateLineParts): PlanDate {
  const num = (s: string): number | null => (s === '' ? null : Number.parseInt(s, 10));
  return { day: num(parts.dayText), month: num(parts.monthText), year: num(parts.yearText) };
}

/** Day as the decree writes it: two digits below 10. */
export function formatDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

/** Month as the decree writes it: "01", "02", then "3" … "12". */
export function formatMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** "ngày 05 tháng 01 năm 2020" with blanks shown as dots for a draft. */
export function formatDateWords(date: PlanDate | null): string {
  const blank = '…';
  const d = date?.day != null ? formatDay(date.day) : blank;
  const m = date?.month != null ? formatMonth(date.month) : blank;
  const y = date?.year != null ? String(date.year) : blank;
  return `ngày ${d} tháng ${m} năm ${y}`;
}

/** True when the day exists in that month (leap years included). */
export function isRealDate(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) {
    return false;
  }
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
  return day <= days;
}
