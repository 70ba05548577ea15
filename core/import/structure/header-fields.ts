/**
 * Single header fields read from one logical line: "Số: …/…", the place-date line, the agency lines.
 * Values are read as written; blanks stay "" (drafts) and nothing absent is invented.
 */
import { parseDateLine, toPlanDate } from '../../text/dates';
import type { PlanDate } from '../../model/plan-document';
import type { Para } from './import-line';

/** "" for a part left blank with dots ("…", "....", "___"), else the text. */
function blankOr(text: string): string {
  return /^[.…_\s]*$/u.test(text) ? '' : text;
}

/** Number and ký hiệu of a "Số:" line ("Số: /KH-UBND" → number ""). */
export function readNumberLine(text: string): { readonly number: string; readonly symbol: string | null } {
  const rest = text.replace(/^\S+\s*:\s*/u, '');
  const slash = rest.indexOf('/');
  if (slash < 0) {
    return { number: blankOr(rest.trim()), symbol: null };
  }
  const numberPart = rest.slice(0, slash).trim();
  const symbol = rest.slice(slash + 1).trim();
  return { number: blankOr(numberPart), symbol: symbol === '' ? null : blankOr(symbol) };
}

/** "Bắc Giang, ngày 15/9/2021": the date in figures, which the decree does not use but drafts do. */
export const NUMERIC_DATE_LINE = /^(?:(.+?),\s*)?ngày\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*\.?$/u;

/** Place and date of a place-date line; a line without a place ("ngày … tháng …") gives place null. */
export function readDateLine(text: string): { readonly place: string | null; readonly date: PlanDate } | null {
  const numeric = NUMERIC_DATE_LINE.exec(text);
  if (numeric) {
    const [, place, day, month, year] = numeric;
    return { place: place === undefined ? null : blankOr(place.trim()), date: { day: Number(day), month: Number(month), year: Number(year) } };
  }
  const parts = parseDateLine(text);
  if (parts) {
    return { place: blankOr(parts.place), date: toPlanDate(parts) };
  }
  const bare = parseDateLine(`_, ${text}`);
  return bare ? { place: null, date: toPlanDate(bare) } : null;
}

const LOCATION_START = /^(?:TỈNH|HUYỆN|THÀNH PHỐ|TP\.|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)(?!\p{L})/u;

function isBold(p: Para): boolean {
  return p.runs.length > 0 && p.runs.every((r) => r.bold === true);
}

/**
 * Splits letterhead caps lines into supervising body and issuing body. Bold, when known, marks the
 * issuing body (PL I khoản 2); otherwise a line starting with a place word ("TỈNH …") continues the
 * line above, and the last such group is the issuing body.
 */
export function splitAgencyLines(lines: readonly Para[]): { readonly parent: Para[]; readonly agency: Para[] } {
  const firstBold = lines.findIndex(isBold);
  if (firstBold > 0 && lines.slice(firstBold).every(isBold)) {
    return { parent: lines.slice(0, firstBold), agency: lines.slice(firstBold) };
  }
  let groupStart = 0;
  lines.forEach((line, i) => {
    if (i > 0 && !LOCATION_START.test(line.text)) {
      groupStart = i;
    }
  });
  return { parent: lines.slice(0, groupStart), agency: lines.slice(groupStart) };
}

/** Texts of logical lines joined for a field value, and their source for the checker. */
export function joinField(lines: readonly Para[], separator: string): { readonly value: string; readonly source: { line: number; text: string } } {
  return {
    value: lines.map((p) => p.text).join(separator),
    source: { line: lines[0]?.source.line ?? 0, text: lines.map((p) => p.source.text).join('\n') },
  };
}
