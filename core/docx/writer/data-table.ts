/**
 * A data table of the model as a docx table: single black borders (w:tblBorders), fixed DXA columns fitted
 * to the page's text width (w:tblGrid; unknown widths: equal, an STT column narrow), header rows repeated on each page (w:tblHeader) and kept with the
 * first data row, rows that fit kept on one page (w:cantSplit), merges as w:gridSpan / w:vMerge.
 */
import { BorderStyle, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { CELL, type PageGeometry } from './layout';
import { toParagraph } from './paragraphs';
import type { TableSpec } from './spec';
import { cellSpecs } from './table-cells';
import { fitColumns, unknownWidths } from './table-columns';
import { cellWidth, placeCells, rowHeights } from './table-grid';

const SINGLE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: SINGLE, bottom: SINGLE, left: SINGLE, right: SINGLE, insideHorizontal: SINGLE, insideVertical: SINGLE } as const;

/** A row taller than this share of the text height may split: kept whole it would leave most of a page blank. */
const UNSPLIT_SHARE = 0.8;

/** The docx table for a spec on a page; null for a table with no rows (Word cannot open an empty w:tbl). */
export function dataTable(spec: TableSpec, page: PageGeometry): Table | null {
  const { table, size } = spec;
  if (table.rows.length === 0) {
    return null;
  }
  const grid = placeCells(table);
  const headerRows = Math.max(0, Math.min(Math.floor(table.headerRows), table.rows.length));
  const known = table.columnWidths.length > 0 ? table.columnWidths : unknownWidths(grid, size, headerRows, page.textWidth);
  const columns = fitColumns(known, grid.columns, page.textWidth);
  const heights = rowHeights(grid, columns, size, headerRows);
  const headerHeight = heights.slice(0, headerRows).reduce((a, b) => a + b, 0);
  // Header rows repeat only when some row follows them; all-header tables have nothing to repeat.
  const repeats = headerRows < table.rows.length;
  const rows = grid.rows.map((cells, r) => {
    const header = r < headerRows;
    return new TableRow({
      tableHeader: header && repeats ? true : undefined,
      keepNext: header && repeats ? true : undefined,
      cantSplit: (heights[r] ?? 0) <= (page.textHeight - (header ? 0 : headerHeight)) * UNSPLIT_SHARE ? true : undefined,
      children: cells.map(
        (placed) =>
          new TableCell({
            width: { size: cellWidth(placed, columns), type: WidthType.DXA },
            columnSpan: placed.colSpan > 1 ? placed.colSpan : undefined,
            rowSpan: placed.rowSpan > 1 ? placed.rowSpan : undefined,
            verticalAlign: VerticalAlignTable.CENTER,
            children: cellSpecs(placed.cell, header, size).map(toParagraph),
          }),
      ),
    });
  });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: page.textWidth, type: WidthType.DXA },
    columnWidths: columns,
    margins: { left: CELL.margin, right: CELL.margin, top: 0, bottom: 0 },
    borders: BORDERS,
    rows,
  });
}
