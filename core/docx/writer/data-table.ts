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
import { tableGeometry } from './table-geometry';
import { cellWidth } from './table-grid';

const SINGLE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: SINGLE, bottom: SINGLE, left: SINGLE, right: SINGLE, insideHorizontal: SINGLE, insideVertical: SINGLE } as const;

/** The docx table for a spec on a page; null for a table with no rows (Word cannot open an empty w:tbl). */
export function dataTable(spec: TableSpec, page: PageGeometry): Table | null {
  const { table, size } = spec;
  if (table.rows.length === 0) {
    return null;
  }
  const { grid, headerRows, repeats, columns, cantSplit } = tableGeometry(spec, page);
  const rows = grid.rows.map((cells, r) => {
    const header = r < headerRows;
    return new TableRow({
      tableHeader: header && repeats ? true : undefined,
      keepNext: header && repeats ? true : undefined,
      cantSplit: cantSplit[r] === true ? true : undefined,
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
