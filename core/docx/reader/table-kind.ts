/**
 * Whether a Word table lays out a page (letterhead, Kính gửi, signer + Nơi nhận: read as lines) or
 * holds data (task lists, statistics, lists of names: read whole, as a table). Judged by what the
 * cells hold, not by the table's size alone.
 */
import { stripDiacritics } from '../../text/normalize';
import { attr, child, elements, textOf, type XmlElement } from './xml';

/** One cell's lines (paragraphs and soft breaks, nested tables' too) as plain text; `own` leaves nested tables out. */
export type RawCell = { readonly lines: readonly string[]; readonly own?: readonly string[] };

/** A row as the classifier sees it. */
export type RawRow = { readonly cells: readonly RawCell[]; readonly header: boolean };

/** Lines of page layout: Quốc hiệu, Tiêu ngữ, "Số:", "V/v", Kính gửi, Nơi nhận, an authority line, a place-date. */
const LAYOUT_LINES: readonly RegExp[] = [
  /^CONG\s*HOA\s+XA\s+HOI\s+CHU\s+NGHIA/u,
  /^DOC\s+LAP\s*[-–—]\s*TU\s+DO/u,
  /^SO\s*:/u,
  /^V\s*\/\s*V\b/u,
  /^KINH\s+GUI\b/u,
  /^NOI\s+NHAN\b/u,
];
const AUTHORITY_LINE = /^(?:T\/?M|KT|TL|TUQ|UQ|Q)\s*\.\s*\p{Lu}/u;
const PLACE_DATE = /^[\p{L} .]{2,40},\s*ngày\b.{0,24}tháng\b.{0,20}năm\b/u;
/** An upper-case signer title or agency name on its own line. */
const SIGNER_OR_AGENCY = /(?<!\p{L})(CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|BÍ THƯ|CHÁNH|ỦY VIÊN|UỶ VIÊN|THƯỜNG TRỰC|CHỦ NHIỆM|ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG)(?!\p{L})/u;
const PERSON_NAME = /^\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,5}$/u;
/** Column names of a numbered data table: "STT", "TT", "Số TT", "Số thứ tự". */
const ORDER_COLUMN = /^(?:S\s*TT|TT|SO\s+TT|SO\s+THU\s+TU)\.?$/u;

function key(text: string): string {
  return stripDiacritics(text.normalize('NFC')).toUpperCase().replace(/\s+/g, ' ').trim();
}

/** Which kind of page-layout line this is (an index), or -1: Quốc hiệu, Tiêu ngữ, Số, V/v, Kính gửi, Nơi nhận, authority, place-date. */
function layoutKind(text: string): number {
  const t = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (t === '' || t.length > 120) {
    return -1;
  }
  const k = key(t);
  const found = LAYOUT_LINES.findIndex((re) => re.test(k));
  if (found >= 0) {
    return found;
  }
  return AUTHORITY_LINE.test(t) ? LAYOUT_LINES.length : PLACE_DATE.test(t) ? LAYOUT_LINES.length + 1 : -1;
}

/** A line that only page layout holds. */
export function isLayoutLine(text: string): boolean {
  return layoutKind(text) >= 0;
}

/** A cell that names an order column ("STT", "TT"). */
export function isOrderColumnName(text: string): boolean {
  return ORDER_COLUMN.test(key(text));
}

function filled(cell: RawCell): boolean {
  return cell.lines.some((l) => l.trim() !== '');
}

function isCaps(text: string): boolean {
  return /\p{L}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** A small block of a signer's title (or an agency) in capitals, with or without a name under it. */
function signerCell(cell: RawCell): boolean {
  const lines = cell.lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
  if (lines.length === 0 || lines.length > 6) {
    return false;
  }
  const title = lines.some((l) => isCaps(l) && l.length <= 60 && !/\d/.test(l) && SIGNER_OR_AGENCY.test(l));
  const rest = lines.filter((l) => !(isCaps(l) && SIGNER_OR_AGENCY.test(l)));
  return title && rest.every((l) => PERSON_NAME.test(l) || isCaps(l) || /^\(.*\)$/u.test(l));
}

/** True when a table lays out the page; false when it holds data. */
export function isLayoutTable(rows: readonly RawRow[]): boolean {
  const cells = rows.flatMap((r) => r.cells);
  // Column names in the first row, or in the second under a title row across the table.
  const orderColumn = rows.slice(0, 2).some((r) => r.cells.some((c) => (c.own ?? c.lines).some((l) => isOrderColumnName(l))));
  if (orderColumn) {
    return false;
  }
  const kinds = new Set(cells.flatMap((c) => c.lines.map(layoutKind)).filter((k) => k >= 0));
  // Two kinds of layout line (Quốc hiệu and Số, Nơi nhận and an authority line) no data table holds.
  if (kinds.size >= 2) {
    return true;
  }
  const wide = rows.length >= 2 && rows.some((r) => r.cells.filter(filled).length >= 4);
  if (wide) {
    return false;
  }
  if (kinds.size === 1) {
    return true;
  }
  if (rows.some((r) => r.header)) {
    return false;
  }
  if (cells.filter(filled).length <= 1) {
    // A frame around text (one cell, or one filled cell): its paragraphs are read as lines.
    return true;
  }
  return rows.length <= 3 && cells.filter(filled).every((c) => signerCell(c) || c.lines.filter((l) => l.trim() !== '').length === 0);
}

/** A cell's lines as plain text: paragraphs (at any depth) and soft breaks start lines; tabs are kept. */
export function rawCell(tc: XmlElement): RawCell {
  const lines: string[] = [];
  let current: string | null = null;
  const walk = (el: XmlElement): void => {
    for (const c of elements(el)) {
      if (c.name === 'w:p') {
        if (current !== null) {
          lines.push(current);
        }
        current = '';
        walk(c);
        lines.push(current);
        current = null;
      } else if (c.name === 'w:t') {
        current = (current ?? '') + textOf(c);
      } else if ((c.name === 'w:br' && attr(c, 'w:type') === null) || c.name === 'w:cr') {
        lines.push(current ?? '');
        current = '';
      } else if (c.name === 'w:tab') {
        current = (current ?? '') + '\t';
      } else if (c.name !== 'w:del' && c.name !== 'w:instrText' && c.name !== 'w:rPr' && c.name !== 'w:pPr') {
        walk(c);
      }
    }
  };
  walk(tc);
  if (current !== null) {
    lines.push(current);
  }
  return { lines };
}

/** Whether a row repeats as a header row (w:trPr/w:tblHeader). */
export function isHeaderRow(tr: XmlElement): boolean {
  const h = child(child(tr, 'w:trPr'), 'w:tblHeader');
  const v = attr(h, 'w:val');
  return h !== null && v !== 'false' && v !== '0' && v !== 'off';
}
