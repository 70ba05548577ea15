/**
 * The layout of a data table before it becomes OOXML: where each cell sits on the grid (w:gridSpan, w:vMerge)
 * and how tall each row is, to tell which rows fit on a page (w:cantSplit). Pure. Column widths: table-columns.ts.
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
