/**
 * The layout of a data table before it becomes OOXML: where each cell sits on the grid (w:gridSpan, w:vMerge),
 * the column widths (w:tblGrid) fitted to the text width, and which rows fit on a page (w:cantSplit). Pure.
 */
import type { TableBlock, TableCell } from '../../model/plan-document';
import { CELL } from './layout';
import { textWidth } from './text-width';

/** A cell of the model placed on the grid; `filler` cells pad a short row to the grid's width. */
export type PlacedCell = {
  readonly cell: TableCell;
  readonly column: number;
  readonly colSpan: number;
  readonly rowSpan: number;
  readonly filler: boolean;
};

/** The table's grid: its column count and, per row, the cells the row itself holds (not those merged from above). */
export type TableGrid = {
  readonly columns: number;
  readonly rows: readonly (readonly PlacedCell[])[];
};

const EMPTY_CELL: TableCell = { paragraphs: [] };

/** A span as a whole number of at least 1 (imported files may hold anything). */
function span(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : 1;
}

/**
 * Places cells as HTML does: each in the next column not covered by a rowSpan from above. A colSpan that would
 * run into a covered column, or a rowSpan past the last row, is cut short; short rows are padded with empty cells.
 */
export function placeCells(table: TableBlock): TableGrid {
  const covered = table.rows.map(() => new Set<number>());
  const placed: PlacedCell[][] = [];
  let columns = 1;
  table.rows.forEach((row, r) => {
    const out: PlacedCell[] = [];
    let column = 0;
    for (const cell of row.cells) {
      while (covered[r]?.has(column)) {
        column += 1;
      }
      let colSpan = 1;
      while (colSpan < span(cell.colSpan) && !covered[r]?.has(column + colSpan)) {
        colSpan += 1;
      }
      const rowSpan = Math.min(span(cell.rowSpan), table.rows.length - r);
      for (let below = r + 1; below < r + rowSpan; below += 1) {
        for (let c = column; c < column + colSpan; c += 1) {
          covered[below]?.add(c);
        }
      }
      out.push({ cell, column, colSpan, rowSpan, filler: false });
      column += colSpan;
    }
    columns = Math.max(columns, column, ...[...(covered[r] ?? [])].map((c) => c + 1));
    placed.push(out);
  });
  return { columns, rows: placed.map((cells, r) => padRow(cells, covered[r] ?? new Set(), columns)) };
}

function padRow(cells: readonly PlacedCell[], covered: ReadonlySet<number>, columns: number): PlacedCell[] {
  const last = cells[cells.length - 1];
  const out = [...cells];
  for (let column = last ? last.column + last.colSpan : 0; column < columns; column += 1) {
    if (!covered.has(column)) {
      out.push({ cell: EMPTY_CELL, column, colSpan: 1, rowSpan: 1, filler: true });
    }
  }
  return out;
}

/** The narrowest a column may be made: its two side margins and room for about two letters. */
export const MIN_COLUMN = 2 * CELL.margin + 300;

/**
 * `count` whole-twip widths summing to `total`, in the proportions of `widths` (a missing or invalid width
 * takes the mean of the valid ones; none valid: equal), none narrower than MIN_COLUMN where that fits.
 */
export function fitColumns(widths: readonly number[], count: number, total: number): number[] {
  const valid = widths.slice(0, count).filter((w) => Number.isFinite(w) && w > 0);
  const mean = valid.length > 0 ? valid.reduce((a, b) => a + b, 0) / valid.length : 1;
  const raw = Array.from({ length: count }, (_, i) => {
    const w = widths[i];
    return w !== undefined && Number.isFinite(w) && w > 0 ? w : mean;
  });
  const floor = count * MIN_COLUMN <= total ? MIN_COLUMN : 0;
  // Raise narrow columns to the floor and share what is left among the others, in proportion.
  const narrow = new Set<number>();
  for (;;) {
    const rest = total - narrow.size * floor;
    const sum = raw.reduce((a, w, i) => (narrow.has(i) ? a : a + w), 0);
    const more = raw.findIndex((w, i) => !narrow.has(i) && (w / sum) * rest < floor);
    if (more < 0) {
      return wholeTwips(raw.map((w, i) => (narrow.has(i) ? floor : (w / sum) * rest)), total);
    }
    narrow.add(more);
  }
}

/** Rounds widths down and gives the twips lost to rounding to the widest column, so they sum to `total`. */
function wholeTwips(widths: readonly number[], total: number): number[] {
  const out = widths.map((w) => Math.floor(w));
  const widest = out.indexOf(Math.max(...out));
  out[widest] = (out[widest] ?? 0) + total - out.reduce((a, b) => a + b, 0);
  return out;
}

/** A column whose data cells are all this short (STT, "1.", "a)") is made narrow when no widths are known. */
const SHORT_CELL = 4;

type ColumnText = { widths: number[]; widestWord: number; short: boolean };

function columnTexts(grid: TableGrid, size: number, headerRows: number): ColumnText[] {
  const columns: ColumnText[] = Array.from({ length: grid.columns }, () => ({ widths: [], widestWord: 0, short: true }));
  grid.rows.forEach((cells, r) => {
    for (const placed of cells) {
      const column = columns[placed.column];
      if (placed.colSpan !== 1 || placed.filler || !column) {
        continue;
      }
      const header = r < headerRows;
      const text = placed.cell.paragraphs.map((p) => p.runs.map((run) => run.text).join('')).join(' ').trim();
      column.widestWord = Math.max(column.widestWord, ...text.split(/\s+/u).map((word) => textWidth(word, size, header)));
      if (!header) {
        column.widths.push(textWidth(text, size));
        column.short &&= text.length <= SHORT_CELL;
      }
    }
  });
  return columns;
}

/**
 * Widths for a table whose widths are unknown (made in the app or read from text), as Word's autofit would
 * roughly give them: a column of short cells (STT) only as wide as its widest cell or header word; the others
 * share the rest by the square root of their mean text length, none narrower than its longest word. A table
 * without data rows, or whose columns are all short, gets equal columns.
 */
export function unknownWidths(grid: TableGrid, size: number, headerRows: number, total: number): number[] {
  const columns = columnTexts(grid, size, headerRows);
  const pad = 2 * CELL.margin + 100;
  const hasData = columns.some((c) => c.widths.length > 0);
  const narrow = columns.map((c) => (c.short && c.widths.length > 0 ? c.widestWord + pad : null));
  const used = narrow.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  if (!hasData || narrow.every((w) => w !== null) || used > total / 2) {
    return columns.map(() => 1);
  }
  const weights = columns.map((c, i) => (narrow[i] !== null ? 0 : Math.sqrt(c.widths.reduce((a, b) => a + b, 0) / Math.max(1, c.widths.length) + 1)));
  const sum = weights.reduce((a, b) => a + b, 0);
  return columns.map((c, i) => narrow[i] ?? Math.max(((weights[i] ?? 0) / sum) * (total - used), c.widestWord + pad));
}

/** Width in twips of the grid columns a placed cell spans. */
export function cellWidth(placed: PlacedCell, columns: readonly number[]): number {
  return columns.slice(placed.column, placed.column + placed.colSpan).reduce((a, b) => a + b, 0);
}

/** Estimated height in twips of a cell's text at `size` half-points, single spacing, in a cell `width` wide. */
export function cellHeight(cell: TableCell, width: number, size: number, bold: boolean): number {
  const room = Math.max(width - 2 * CELL.margin, 200);
  // A line of Times New Roman at single spacing is about 1.15 × its size; word wrapping wastes about a tenth.
  const lineHeight = size * 10 * 1.15;
  const paragraphs = cell.paragraphs.length > 0 ? cell.paragraphs : [{ runs: [] }];
  return paragraphs.reduce((sum, p) => {
    const text = p.runs.map((r) => r.text).join('');
    const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil((textWidth(line, size, bold) * 1.1) / room)), 0);
    return sum + lines * lineHeight + CELL.before + CELL.after;
  }, 0);
}

/** Estimated height of each row: its tallest cell, a cell merged down counting a share of its height in each of its rows. */
export function rowHeights(grid: TableGrid, columns: readonly number[], size: number, headerRows: number): number[] {
  const heights = grid.rows.map(() => 0);
  grid.rows.forEach((cells, r) => {
    for (const placed of cells) {
      const share = cellHeight(placed.cell, cellWidth(placed, columns), size, r < headerRows) / placed.rowSpan;
      for (let k = r; k < r + placed.rowSpan; k += 1) {
        heights[k] = Math.max(heights[k] ?? 0, share);
      }
    }
  });
  return heights;
}
