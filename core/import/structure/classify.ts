/**
 * What a single logical line is, judged from its text alone (header field, footer part, marker, …).
 * Context (where the line sits) is decided by the readers, not here.
 */
import { parseDateLine } from '../../text/dates';
import { lower, stripDiacritics, upper } from '../../text/normalize';
import { TYPED_KINDS, typeNameOf } from '../../model/kinds';
import type { DocKind } from '../../model/plan-document';
import { NUMERIC_DATE_LINE } from './header-fields';
import { parseMarker } from './markers';

/** Kinds of logical lines. */
export const LineKind = {
  SEPARATOR: 'separator',
  NATIONAL_TITLE: 'national-title',
  MOTTO: 'motto',
  NUMBER: 'number',
  DATE: 'date',
  DOC_TYPE: 'doc-type',
  VV: 'vv',
  KINH_GUI: 'kinh-gui',
  RECIPIENTS: 'recipients',
  AUTHORITY: 'authority',
  CLOSING: 'closing',
  NUMBERED: 'numbered',
  BULLET: 'bullet',
  CAPS: 'caps',
  TEXT: 'text',
  /** A data table read whole (never returned by classify: set by the line preparer). */
  TABLE: 'table',
} as const;
export type LineKind = (typeof LineKind)[keyof typeof LineKind];

/** Type names of PL III (keyed without diacritics) and the kind each maps to. */
const DOC_TYPES: ReadonlyMap<string, DocKind> = new Map<string, DocKind>([
  ...TYPED_KINDS.map((kind): [string, DocKind] => [stripDiacritics(typeNameOf(kind) ?? ''), kind]),
  ['CHI THI', 'khac'], ['QUY CHE', 'khac'],
  ['QUY DINH', 'khac'], ['HUONG DAN', 'khac'], ['PHUONG AN', 'khac'], ['DE AN', 'khac'], ['DU AN', 'khac'],
  ['BIEN BAN', 'khac'], ['NGHI QUYET', 'khac'], ['THONG CAO', 'khac'], ['HOP DONG', 'khac'],
  ['CONG DIEN', 'khac'], ['BAN GHI NHO', 'khac'], ['BAN THOA THUAN', 'khac'], ['GIAY UY QUYEN', 'khac'],
  ['GIAY MOI', 'khac'], ['GIAY GIOI THIEU', 'khac'], ['GIAY NGHI PHEP', 'khac'], ['PHIEU GUI', 'khac'],
  ['PHIEU CHUYEN', 'khac'], ['PHIEU BAO', 'khac'], ['THU CONG', 'khac'],
]);

const NATIONAL_TITLE_KEY = 'CONG HOA XA HOI CHU NGHIA VIET NAM';
const MOTTO = /^doc lap\s*[-–—]+\s*tu do\s*[-–—]+\s*hanh phuc\.?$/u;
/** A rule drawn with characters ("-----", "____") or a blank left for filling in ("……", "....."). */
const SEPARATOR = /^(?:[-_=–—─.*•~]{3,}|[.…_]*…[.…_]*)$/u;
const SEPARATOR_START = /^[-_=–—─.*•~…]/u;
const NUMBER_LINE = /^(?:Số|SỐ|số)\s*:/u;
const VV = /^V\/v\b/i;
const KINH_GUI = /^(?:Kính gửi|KÍNH GỬI|Kính Gửi)(?!\p{L})/u;
const RECIPIENTS = /^(?:Nơi nhận|NƠI NHẬN|Nơi Nhận)(?!\p{L})/u;
const AUTHORITY = /^(TM|KT|TL|TUQ|Q)\s*\.\s*(\S.*)$/u;
/** Misspelt or dotless prefixes seen in real blocks ("T/M.", "K/T", "TM BAN CHỈ ĐẠO"): read as the prefix they mean. */
const AUTHORITY_LOOSE = /^(T\s*\/\s*M|T\.M|K\s*\/\s*T|K\.T|T\s*\/\s*L|T\.L|TM|KT|TL|TUQ)(?:\s*\.\s*|\s+)(\p{Lu}\S*(?:\s.*)?)$/u;
const CLOSING = /^Trên đây\s/u;
const SIGNER_TITLE =
  /(?<!\p{L})(CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|BÍ THƯ|CHÁNH|THỦ TƯỚNG|ỦY VIÊN|UỶ VIÊN|THƯỜNG TRỰC|CHỦ NHIỆM|THƯ KÝ)(?!\p{L})/u;
const PERSON_NAME =
  /^(?:(?:GS|PGS|TS|ThS|KS|BS|CN|Ths)\.\s*)*(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+)?\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,5}$/u;
const OPENING_STARTER = /^(?:Căn cứ|Thực hiện|Trên cơ sở|Xét|Theo|Nhằm|Để|Thi hành|Tiếp theo)(?=[\s,:]|$)/u;

/** Longest line that can be a Quốc hiệu, a Tiêu ngữ or a type name (the checks below are costly). */
const SHORT_LINE = 60;

function key(text: string): string {
  return text.length > SHORT_LINE ? '' : stripDiacritics(upper(text)).replace(/\s+/g, ' ').trim();
}

/** True when the text has letters and none is lower case (a fast isAllCaps for every line). */
export function isCaps(text: string): boolean {
  return /\p{L}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** The document kind a type-name line stands for, or null when the line is not a type name. */
export function docTypeKind(text: string): DocKind | null {
  return DOC_TYPES.get(key(text)) ?? null;
}

/** "TM. ỦY BAN NHÂN DÂN" → ["TM.", "ỦY BAN NHÂN DÂN"]; null for other lines. */
export function splitAuthority(text: string): readonly [string, string] | null {
  const m = AUTHORITY.exec(text);
  if (!m?.[1] || !m[2]) {
    return looseAuthority(text);
  }
  const rest = m[2].trim();
  const words = rest.split(' ').length;
  if (words > 10 || (m[1] === 'Q' && !isCaps(rest))) {
    return null;
  }
  return [`${m[1]}.`, rest];
}

/** "T/M. ỦY BAN NHÂN DÂN" → ["TM.", "ỦY BAN NHÂN DÂN"]: the prefix meant, the rest in capitals; null otherwise. */
function looseAuthority(text: string): readonly [string, string] | null {
  const m = AUTHORITY_LOOSE.exec(text);
  if (!m?.[1] || !m[2]) {
    return null;
  }
  const rest = m[2].trim();
  if (!isCaps(rest) || rest.split(' ').length > 10 || rest.split(' ').length < 1 || /^\p{Lu}{1,3}[-/]/u.test(rest)) {
    return null;
  }
  const prefix = m[1].replace(/[\s/.]/gu, '');
  return [`${prefix}.`, rest];
}

/** A caps line that reads as a signer's title ("PHÓ CHỦ TỊCH", "GIÁM ĐỐC"). */
export function isSignerTitle(text: string): boolean {
  return isCaps(text) && text.split(' ').length <= 10 && !/\d/.test(text) && SIGNER_TITLE.test(text);
}

const SIGNER_TITLE_ANY_CASE =
  /(?<!\p{L})(?:chủ tịch|giám đốc|trưởng|bí thư|chánh|thủ tướng|ủy viên|uỷ viên|thường trực|chủ nhiệm|thư ký)(?!\p{L})/iu;

/** A signer's title written in ordinary case ("Phó Chủ tịch"): the checker judges the case, we read it. */
export function isSignerTitleAnyCase(text: string): boolean {
  return text.split(' ').length <= 10 && !/\d|[.;:]$/u.test(text) && SIGNER_TITLE_ANY_CASE.test(text);
}

/** A line that reads as a person's name ("Mai Sơn", "Nguyễn Văn A", "TS. Trần B"). */
export function isPersonName(text: string): boolean {
  return text.length <= 60 && PERSON_NAME.test(text);
}

const SIGNED_NOTE = /^\(?\s*(?:đã ký|đã kí|ký|kí)(?!\p{L})/iu;

/** A note standing for the signature on a copy: "(Đã ký)", "Đã ký", "(ký tên, đóng dấu)". */
export function isSignedNote(text: string): boolean {
  return text.length <= 40 && SIGNED_NOTE.test(text);
}

/** A line that opens the legal basis ("Căn cứ …", "Thực hiện …", "Trên cơ sở …"). */
export function isOpeningStarter(text: string): boolean {
  return OPENING_STARTER.test(text);
}

/** True when the text ends like a finished sentence or list entry. */
export function endsSentence(text: string): boolean {
  return /[.;:!?…]["”’»)]*$/u.test(text);
}

/** Cheap first letters of the lines that can be a Quốc hiệu or a Tiêu ngữ (the full checks are costly). */
const MAY_BE_NATIONAL_TITLE = /^C[ỘộOo]/u;
const MAY_BE_MOTTO = /^[ĐD][ỘộOo]/u;
/** Type names have at most four words ("GIẤY GIỚI THIỆU", "BẢN THỎA THUẬN"). */
const MAY_BE_DOC_TYPE = /^\p{L}+(?: \p{L}+){0,3}$/u;

function isDateLine(text: string): boolean {
  const bare = text.startsWith('ngày') && parseDateLine(`_, ${text}`) !== null;
  return parseDateLine(text) !== null || bare || NUMERIC_DATE_LINE.test(text);
}

function headerKind(text: string): LineKind | null {
  if (text.length <= SHORT_LINE) {
    if (MAY_BE_NATIONAL_TITLE.test(text) && key(text) === NATIONAL_TITLE_KEY) {
      return LineKind.NATIONAL_TITLE;
    }
    if (MAY_BE_MOTTO.test(text) && MOTTO.test(stripDiacritics(lower(text)))) {
      return LineKind.MOTTO;
    }
    if (MAY_BE_DOC_TYPE.test(text) && DOC_TYPES.has(key(text))) {
      return LineKind.DOC_TYPE;
    }
  }
  if (NUMBER_LINE.test(text)) {
    return LineKind.NUMBER;
  }
  if (text.includes('ngày') && isDateLine(text)) {
    return LineKind.DATE;
  }
  return null;
}

function footerKind(text: string): LineKind | null {
  // First letters first: most lines are body text and leave here after one comparison.
  switch (text.charAt(0)) {
    case 'V':
    case 'v':
      return VV.test(text) ? LineKind.VV : null;
    case 'K':
      return KINH_GUI.test(text) ? LineKind.KINH_GUI : splitAuthority(text) ? LineKind.AUTHORITY : null;
    case 'N':
      return RECIPIENTS.test(text) ? LineKind.RECIPIENTS : null;
    case 'T':
      return splitAuthority(text) ? LineKind.AUTHORITY : CLOSING.test(text) ? LineKind.CLOSING : null;
    case 'Q':
      return splitAuthority(text) ? LineKind.AUTHORITY : null;
    default:
      return null;
  }
}

/** The kind of a clean (normalized, squeezed) non-blank line. */
export function classify(text: string): LineKind {
  if (SEPARATOR_START.test(text) && SEPARATOR.test(text.replace(/\s+/g, ''))) {
    return LineKind.SEPARATOR;
  }
  const found = headerKind(text) ?? footerKind(text);
  if (found) {
    return found;
  }
  const marker = parseMarker(text);
  if (marker) {
    return marker.kind === 'numbered' ? LineKind.NUMBERED : LineKind.BULLET;
  }
  return isCaps(text) ? LineKind.CAPS : LineKind.TEXT;
}
