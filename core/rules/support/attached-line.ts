/**
 * Reading an appendix's "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2026 của …)" line and comparing
 * it with the document's header: type name, number, ký hiệu, date and issuer. Blank parts (a draft's number or
 * day) agree with anything. No judgement of wording lives here.
 */
import { typeNameInSentence } from '../../model/appendix';
import type { Header, Issuer } from '../../model/plan-document';
import { lower, normalizeText, squeeze } from '../../text/normalize';

/** The parts of a Kèm theo line; null when the part is blank or absent. */
export type AttachedParts = {
  readonly typeName: string | null;
  readonly number: string | null;
  readonly symbol: string | null;
  readonly day: number | null;
  readonly month: number | null;
  readonly year: number | null;
  readonly issuer: Issuer | null;
};

const TYPE = /kèm theo\s+(.+?)\s+(?:số|ngày|của)(?!\p{L})/iu;
const NUMBER = /(?<!\p{L})số\s*:?\s*([\d\s.…]*?)\s*\/\s*([^\s,;)]+)/iu;
const DATE_WORDS = /ngày\s*([\d.…\s]*?)\s*tháng\s*([\d.…\s]*?)\s*năm\s*(\d{4})?/iu;
const DATE_SLASH = /ngày\s*(\d{0,2})\s*\/\s*(\d{0,2})\s*\/\s*(\d{4})/iu;
const OF_HEAD = /của\s+chủ tịch(?!\p{L})/iu;
const OF_COLLECTIVE = /của\s+(?:ủy ban|uỷ ban|ubnd|hội đồng)(?!\p{L})/iu;

function num(text: string | undefined): number | null {
  const digits = (text ?? '').replace(/\D/gu, '');
  return digits === '' ? null : Number.parseInt(digits, 10);
}

/** Splits a Kèm theo line into its parts. */
export function parseAttachedLine(line: string): AttachedParts {
  const text = squeeze(normalizeText(line));
  const type = TYPE.exec(text);
  const number = NUMBER.exec(text);
  const slash = DATE_SLASH.exec(text);
  const words = slash ? null : DATE_WORDS.exec(text);
  const date = slash ?? words;
  const blank = (s: string | undefined): string | null => (s === undefined || s.replace(/[\s.…]/gu, '') === '' ? null : s.replace(/[\s.…]/gu, ''));
  return {
    typeName: type?.[1] ? lower(type[1]) : null,
    number: blank(number?.[1]),
    symbol: blank(number?.[2]),
    day: num(date?.[1]),
    month: num(date?.[2]),
    year: num(date?.[3]),
    issuer: OF_HEAD.test(text) ? 'head' : OF_COLLECTIVE.test(text) ? 'collective' : null,
  };
}

/** What disagrees between a Kèm theo line and the header (Vietnamese phrases), given who issues the document. */
export function attachedMismatches(line: string, header: Header, issuer: Issuer | null): string[] {
  const parts = parseAttachedLine(line);
  const out: string[] = [];
  if (parts.typeName !== null && header.docType) {
    const want = lower(typeNameInSentence(header.docType));
    // "Kèm theo Kế hoạch số …" of a "KẾ HOẠCH HÀNH ĐỘNG" agrees: one name may be the other's beginning.
    if (!parts.typeName.startsWith(want) && !want.startsWith(parts.typeName)) {
      out.push(`tên loại "${parts.typeName}" khác tên loại văn bản "${want}"`);
    }
  }
  const headerNumber = (header.number ?? '').replace(/\s/gu, '');
  if (parts.number !== null && headerNumber !== '' && Number(parts.number) !== Number(headerNumber)) {
    out.push(`số ${parts.number} khác số văn bản ${headerNumber}`);
  }
  const headerSymbol = (header.symbol ?? '').replace(/\s/gu, '');
  if (parts.symbol !== null && headerSymbol !== '' && parts.symbol.toUpperCase() !== headerSymbol.toUpperCase()) {
    out.push(`ký hiệu ${parts.symbol} khác ký hiệu ${headerSymbol}`);
  }
  const d = header.date;
  const differ = (a: number | null, b: number | null | undefined): boolean => a !== null && b !== null && b !== undefined && a !== b;
  if (d && (differ(parts.day, d.day) || differ(parts.month, d.month) || differ(parts.year, d.year))) {
    out.push('ngày tháng khác ngày ban hành ghi ở đầu văn bản');
  }
  if (parts.issuer !== null && issuer !== null && parts.issuer !== issuer) {
    out.push(parts.issuer === 'head' ? 'ghi "của Chủ tịch" mà văn bản do tập thể Ủy ban ban hành' : 'ghi của cơ quan mà văn bản do Chủ tịch ban hành');
  }
  return out;
}
