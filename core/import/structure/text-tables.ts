/**
 * Data tables written as text: consecutive lines whose cells are separated by tabs or "|" (a table copied
 * from Word or a web page, a pandoc grid or pipe table) become one line standing for a TableBlock.
 * Letterhead, signer and Nơi nhận rows printed side by side are layout, not data: they stay lines.
 */
import { normalizeText, squeeze } from '../../text/normalize';
import type { TableBlock } from '../../model/plan-document';
import { classify, isCaps, isPersonName, isSignerTitle, LineKind } from './classify';
import type { ImportLine } from './import-line';
import { parseMarker } from './markers';

const GRID_BORDER = /^\s*\+[-=:+]+\+\s*$/u;
/** A pipe table's rule under its header row ("|---|:---:|"). */
const PIPE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/u;
const HEADER_WORDS =
  /^(?:STT|TT|Số TT|Số thứ tự|Nội dung|Nhiệm vụ|Nhiệm vụ thực hiện|Cơ quan chủ trì|Chủ trì|Đơn vị chủ trì|Cơ quan phối hợp|Phối hợp|Đơn vị phối hợp|Thời gian|Thời gian hoàn thành|Thời gian thực hiện|Tiến độ|Sản phẩm|Kết quả|Ghi chú|Đơn vị|Đơn vị tính|Họ và tên|Chức vụ|Chỉ tiêu|Kinh phí|Số lượng|Tên|Lĩnh vực|Người thực hiện|Năm sinh)(?!\p{L})/iu;

type Row = { readonly cells: string[]; readonly bold: boolean };

function clean(text: string): string {
  return squeeze(normalizeText(text)).trim();
}

/** The cells of a row: tab-separated, or "|"-separated (with or without the outer pipes); null for other lines. */
function rowCells(text: string): string[] | null {
  if (text.includes('\t')) {
    const cells = text.split('\t').map(clean);
    while (cells.length > 0 && cells[cells.length - 1] === '') {
      cells.pop();
    }
    while (cells.length > 0 && cells[0] === '') {
      cells.shift();
    }
    return cells.length >= 2 ? cells : null;
  }
  if (!text.includes('|')) {
    return null;
  }
  let body = text.trim();
  body = body.startsWith('|') ? body.slice(1) : body;
  body = body.endsWith('|') ? body.slice(0, -1) : body;
  const cells = body.split('|').map(clean);
  return cells.length >= 2 ? cells : null;
}

/** Letterhead, signer and Nơi nhận content: a row holding any of it is layout. */
function layoutCell(cell: string): boolean {
  if (cell === '') {
    return false;
  }
  const kind = classify(cell);
  const layoutKinds: ReadonlySet<LineKind> = new Set<LineKind>([
    LineKind.NATIONAL_TITLE, LineKind.MOTTO, LineKind.NUMBER, LineKind.AUTHORITY, LineKind.RECIPIENTS, LineKind.KINH_GUI, LineKind.VV,
  ]);
  // A date cell ("ngày 30/6/2026") is data; "Hà Nam, ngày …" is the place-date line of a letterhead.
  const placeDate = kind === LineKind.DATE && /,\s*ngày/u.test(cell);
  const agency = isCaps(cell) && /^(?:ỦY BAN|UỶ BAN|UBND|SỞ|BỘ)\s/u.test(cell);
  return layoutKinds.has(kind) || placeDate || isSignerTitle(cell) || agency || kind === LineKind.DOC_TYPE;
}

/** "1." / "a)" / "-" alone in the first cell: a list line whose label is followed by a tab. */
function markerOnly(cell: string): boolean {
  const m = parseMarker(cell);
  return m !== null && m.length >= cell.length;
}

function isHeaderRow(row: Row): boolean {
  // "Thời gian:" is a label with its value beside it, not a column name.
  const named = row.cells.filter((c) => HEADER_WORDS.test(c) && !c.endsWith(':')).length;
  return named >= 2 || (named >= 1 && row.cells.length === 2) || row.bold;
}

function isNameBesideBullet(cells: readonly string[]): boolean {
  return cells.some((c) => isPersonName(c)) && cells.some((c) => /^[-+]\s/u.test(c));
}

/** A run of rows is a data table: ≥2 rows, ≥2 columns, counts alike, no layout content, not a list. */
function isDataTable(rows: readonly Row[], declaredHeader = false): boolean {
  if (rows.length < 2) {
    return false;
  }
  const counts = rows.map((r) => r.cells.length);
  const max = Math.max(...counts);
  const atMax = counts.filter((n) => n === max).length;
  if (atMax * 2 < rows.length || rows.some((r) => r.cells.length < 2)) {
    return false;
  }
  if (rows.some((r) => r.cells.some(layoutCell) || isNameBesideBullet(r.cells))) {
    return false;
  }
  const first = rows[0] as Row;
  // "Thời gian:⇥Tháng 6", "Địa điểm:⇥Hội trường": labels and values aligned with a tab, not a table.
  if (max === 2 && rows.every((r) => (r.cells[0] ?? '').endsWith(':'))) {
    return false;
  }
  // "1.⇥Mục đích" lines are a numbered list: two columns need a header row to be a table.
  if (max === 2 && ((!declaredHeader && !isHeaderRow(first)) || rows.slice(1).some((r) => markerOnly(r.cells[0] ?? '')))) {
    return false;
  }
  return true;
}

function toTable(rows: readonly Row[], headerRows: number): TableBlock {
  return {
    kind: 'table',
    id: '',
    rows: rows.map((r) => ({ cells: r.cells.map((text) => ({ paragraphs: [{ runs: text === '' ? [] : [{ text }] }] })) })),
    headerRows,
    columnWidths: [],
  };
}

function tableText(rows: readonly Row[]): string {
  return rows.map((r) => r.cells.join('\t')).join(' ');
}

/** The rows of a pandoc grid table: the lines between two borders make one row, cell by cell. */
function gridRows(lines: readonly ImportLine[]): { rows: Row[]; headerRows: number } {
  const rows: Row[] = [];
  let headerRows = 0;
  let parts: string[][] = [];
  const flush = (): void => {
    if (parts.length > 0) {
      const width = Math.max(...parts.map((p) => p.length));
      const cells = Array.from({ length: width }, (_, k) => clean(parts.map((p) => p[k] ?? '').join(' ')));
      rows.push({ cells, bold: false });
      parts = [];
    }
  };
  for (const line of lines) {
    if (GRID_BORDER.test(line.text)) {
      flush();
      if (line.text.includes('=')) {
        headerRows = rows.length;
      }
      continue;
    }
    parts.push(rowCells(line.text) ?? [clean(line.text)]);
  }
  flush();
  return { rows, headerRows };
}

function bold(line: ImportLine): boolean {
  const runs = line.runs ?? [];
  return runs.length > 0 && runs.every((r) => r.bold === true || r.text.trim() === '');
}

/** A table found in the lines: it covers lines[start, end). */
type TextTable = { readonly start: number; readonly end: number; readonly table: TableBlock; readonly text: string };

const GRID_ROW = /^\s*\|.*\|\s*$/u;

/**
 * Which kind of table row a line can be: a grid or pipe-table line (borders, rules, "| … |"), tab-separated
 * cells, or "a | b" cells; null for any other line, for a row holding letterhead, signer or Nơi nhận content,
 * and for a list line ("1.⇥Mục đích": a label, a tab, its text).
 */
function family(line: ImportLine): 'grid' | 'tab' | 'pipe' | null {
  if (line.table || (line.cell ?? null) !== null) {
    return null;
  }
  const text = line.text;
  if (GRID_BORDER.test(text) || PIPE_RULE.test(text)) {
    return 'grid';
  }
  const cells = rowCells(text);
  if (!cells || cells.some(layoutCell) || isNameBesideBullet(cells) || (cells.length === 2 && markerOnly(cells[0] ?? ''))) {
    return null;
  }
  return GRID_ROW.test(text) ? 'grid' : text.includes('\t') ? 'tab' : 'pipe';
}

function readRun(lines: readonly ImportLine[]): { rows: Row[]; headerRows: number } | null {
  if (lines.some((l) => GRID_BORDER.test(l.text))) {
    const grid = gridRows(lines);
    return isDataTable(grid.rows, grid.headerRows > 0) ? { rows: grid.rows, headerRows: grid.headerRows > 0 ? grid.headerRows : isHeaderRow(grid.rows[0] as Row) ? 1 : 0 } : null;
  }
  let headerRows = -1;
  const rows: Row[] = [];
  for (const line of lines) {
    if (PIPE_RULE.test(line.text)) {
      headerRows = rows.length;
      continue;
    }
    rows.push({ cells: rowCells(line.text) ?? [], bold: bold(line) });
  }
  if (!isDataTable(rows, headerRows > 0)) {
    return null;
  }
  return { rows, headerRows: headerRows >= 0 ? headerRows : isHeaderRow(rows[0] as Row) ? 1 : 0 };
}

/** The data tables of the lines, in order. */
export function findTextTables(lines: readonly ImportLine[]): TextTable[] {
  const found: TextTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const kind = family(lines[i] as ImportLine);
    if (kind === null) {
      i += 1;
      continue;
    }
    let end = i;
    while (end < lines.length && family(lines[end] as ImportLine) === kind) {
      end += 1;
    }
    const read = readRun(lines.slice(i, end));
    if (read) {
      found.push({ start: i, end, table: toTable(read.rows, read.headerRows), text: tableText(read.rows) });
    }
    i = end;
  }
  return found;
}
