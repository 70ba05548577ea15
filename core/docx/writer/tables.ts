/**
 * Borderless two-column tables (letterhead, signer block): NONE on the table and on every cell
 * (w:tblBorders, w:tcBorders), fixed layout and DXA widths, which LibreOffice honours.
 */
import { BorderStyle, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { CELL_MARGIN, TEXT_WIDTH } from './layout';
import { toParagraph } from './paragraphs';
import type { ParaSpec, RowSpec } from './spec';

export type { RowSpec } from './spec';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const CELL_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE } as const;

function cell(paragraphs: readonly ParaSpec[], width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: CELL_BORDERS,
    verticalAlign: VerticalAlignTable.TOP,
    children: paragraphs.map(toParagraph),
  });
}

/** A borderless table with fixed column widths in twips. */
export function borderlessTable(columns: readonly number[], rows: readonly RowSpec[]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...columns],
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
    borders: { ...CELL_BORDERS, insideHorizontal: NONE, insideVertical: NONE },
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: row.cantSplit === true ? true : undefined,
          children: row.cells.map((paragraphs, i) => cell(paragraphs, columns[i] ?? 0)),
        }),
    ),
  });
}
