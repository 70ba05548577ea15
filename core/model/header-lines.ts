/**
 * Lines made from the header that more than one layer shows: the document's title (the .docx properties, the
 * reports, the command's messages) and the "Số:" line (the printed letterhead, the text report). One function
 * each; where the printed page and a report differ, a parameter says how.
 */
import { normalizeText, upper } from '../text/normalize';
import { kindName } from './kinds';
import type { Header, PlanDocument } from './plan-document';

/** A visible blank for anything a draft lacks; never replaced by invented content. */
export const BLANK = '……';

/**
 * A document's title on one line: its type name and trích yếu ("KẾ HOẠCH Triển khai …"; the kind's name in
 * capitals when no type name is written), or "V/v …" for a công văn ("Công văn" without a trích yếu).
 */
export function documentTitle(doc: PlanDocument): string {
  const summary = normalizeText(doc.header.summary ?? '').replace(/\s+/gu, ' ').trim();
  if (doc.kind === 'cong-van') {
    return summary === '' ? 'Công văn' : `V/v ${summary}`;
  }
  return [doc.header.docType ?? upper(kindName(doc.kind)), summary].filter((part) => part !== '').join(' ');
}

/**
 * How the "Số:" line is shown: 'printed' on the letterhead (PL I khoản 3: numbers below 10 get a leading 0, a
 * blank number leaves room for the văn thư to write it, a blank ký hiệu shows as "……"); 'quoted' in a report,
 * as the document holds it ("…" for a blank number).
 */
export type NumberLineMode = 'printed' | 'quoted';

/** "Số: 859/KH-UBND", shown as `mode` says. */
export function numberLine(header: Pick<Header, 'number' | 'symbol'>, mode: NumberLineMode): string {
  if (mode === 'quoted') {
    return `Số: ${header.number === null || header.number === '' ? '…' : header.number}/${header.symbol ?? ''}`;
  }
  const raw = (header.number ?? '').trim();
  const symbol = (header.symbol ?? '').trim() || BLANK;
  if (raw === '') {
    return `Số:${' '.repeat(6)}/${symbol}`;
  }
  const number = /^[1-9]$/.test(raw) ? `0${raw}` : raw;
  return `Số: ${number}/${symbol}`;
}
