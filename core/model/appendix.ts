/**
 * Facts of appendices (phụ lục) shared by the writer, the rules, the editor and the page view:
 * the label each one shows and the "(Kèm theo …)" line derived from the header.
 * NĐ 30/2020, PL I, Phần I, Mục III, khoản 1.
 */
import { toRoman } from '../text/letters';
import { formatDay, formatMonth } from '../text/dates';
import type { Appendix, Header, PlanDocument } from './plan-document';

/** The computed label of the i-th (0-based) of n appendices: "Phụ lục" alone, or "Phụ lục I", "Phụ lục II" … */
export function computedAppendixLabel(index: number, count: number): string {
  return count >= 2 ? `Phụ lục ${toRoman(index + 1)}` : 'Phụ lục';
}

/** The label an appendix shows: as read, else computed. */
export function appendixLabel(appendices: readonly Appendix[], index: number): string {
  const a = appendices[index];
  return a?.label ?? computedAppendixLabel(index, appendices.length);
}

const WORD_SPLIT = /(\s+)/;

/** "TỈNH BẮC GIANG" → "Tỉnh Bắc Giang" (each word capitalized, the rest lower case). */
function titleWords(text: string): string {
  return text
    .toLocaleLowerCase('vi')
    .split(WORD_SPLIT)
    .map((w) => (w.trim() === '' ? w : w.charAt(0).toLocaleUpperCase('vi') + w.slice(1)))
    .join('');
}

const UNIT_WORDS = /^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+(.*)$/iu;

/**
 * The issuing body as written inside a sentence: "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG" → "Ủy ban nhân dân tỉnh Bắc Giang";
 * "SỞ NỘI VỤ" → "Sở Nội Vụ" (capitalized words; a sentence-case proper name is the drafter's to adjust).
 */
export function agencyInSentence(agency: string | null): string {
  const text = (agency ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') {
    return '…';
  }
  const m = /^(ỦY|UỶ) BAN NHÂN DÂN\s*(.*)$/iu.exec(text);
  if (m) {
    const rest = (m[2] ?? '').trim();
    const unit = UNIT_WORDS.exec(rest.toLocaleLowerCase('vi'));
    const place = unit ? `${unit[1]} ${titleWords(rest.slice(rest.length - (unit[2] ?? '').length))}` : titleWords(rest);
    return `Ủy ban nhân dân${place ? ` ${place}` : ''}`;
  }
  const words = titleWords(text);
  return words;
}

/** "KẾ HOẠCH" → "Kế hoạch". */
export function typeNameInSentence(docType: string | null): string {
  const t = (docType ?? 'Kế hoạch').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
  return t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
}

/**
 * The "(Kèm theo …)" line from the header: "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2026 của Ủy ban
 * nhân dân tỉnh Bắc Giang)"; blanks (number, day, month) stay as spaces for the văn thư, as the decree's sample has them.
 */
export function derivedAttachedLine(header: Header): string {
  const number = header.number && header.number.trim() !== '' ? header.number.trim() : '    ';
  const symbol = header.symbol && header.symbol.trim() !== '' ? header.symbol.trim() : '…';
  const d = header.date;
  const day = d?.day != null ? formatDay(d.day) : '    ';
  const month = d?.month != null ? formatMonth(d.month) : '    ';
  const year = d?.year != null ? String(d.year) : '    ';
  const who = header.issuer === 'head' ? `Chủ tịch ${agencyInSentence(header.agency)}` : agencyInSentence(header.agency);
  return `(Kèm theo ${typeNameInSentence(header.docType)} số ${number}/${symbol} ngày ${day} tháng ${month} năm ${year} của ${who})`;
}

/** The "(Kèm theo …)" line an appendix shows: as read, else derived from the header. */
export function attachedLine(doc: Pick<PlanDocument, 'header'>, appendix: Appendix): string {
  return appendix.attachedLine ?? derivedAttachedLine(doc.header);
}
