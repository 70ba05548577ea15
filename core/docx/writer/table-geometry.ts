/**
 * The decisions the writer makes about a data table before writing it: the grid, the header rows, the column
 * widths on the page, which rows may not split. Pure, shared by the writer and the page layout.
 */
import type { PageGeometry } from './layout';
import type { TableSpec } from './spec';
import { fitColumns, unknownWidths } from './table-columns';
import { placeCells, rowHeights, type TableGrid } from './table-grid';

/** A row taller than this share of the text height may split: kept whole it would leave most of a page blank. */
const UNSPLIT_SHARE = 0.8;

export type TableGeometry = {
  readonly grid: TableGrid;
  readonly headerRows: number;
  /** Header rows repeat on each page (w:tblHeader) and keep with the first data row: only when a data row follows. */
  readonly repeats: boolean;
  /** Column widths in twips, summing to the page's text width. */
  readonly columns: readonly number[];
  /** Per row: kept on one page (w:cantSplit). */
  readonly cantSplit: readonly boolean[];
};

/** The geometry of a table spec on a page. */
export function tableGeometry(spec: TableSpec, page: PageGeometry): TableGeometry {
  const { table, size } = spec;
  const grid = placeCells(table);
  const headerRows = Math.max(0, Math.min(Math.floor(table.headerRows), table.rows.length));
  const known = table.columnWidths.length > 0 ? table.columnWidths : unknownWidths(grid, size, headerRows, page.textWidth);
  const columns = fitColumns(known, grid.columns, page.textWidth);
  const heights = rowHeights(grid, columns, size, headerRows);
  const headerHeight = heights.slice(0, headerRows).reduce((a, b) => a + b, 0);
  const cantSplit = grid.rows.map((_, r) => (heights[r] ?? 0) <= (page.textHeight - (r < headerRows ? 0 : headerHeight)) * UNSPLIT_SHARE);
  return { grid, headerRows, repeats: headerRows < table.rows.length, columns, cantSplit };
}
