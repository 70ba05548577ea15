/**
 * A table block as it prints: borders, header rows bold and centred, column widths in proportion
 * (the .docx scales them to the text width), merged cells as read.
 */
import type { ReactElement } from 'react';
import type { CellParagraph, TableBlock, TableCell } from '@core/model';
import { RunsView } from './BodyView';

/** Column widths as percentages of the table width; empty when the table has none (equal columns). */
export function columnPercents(widths: readonly number[]): number[] {
  const total = widths.reduce((sum, w) => sum + (w > 0 ? w : 0), 0);
  return total > 0 ? widths.map((w) => (Math.max(0, w) / total) * 100) : [];
}

function CellContent(props: { readonly paragraphs: readonly CellParagraph[] }): ReactElement {
  return (
    <>
      {props.paragraphs.map((p, i) => (
        <p key={i} className="doc-table__p" style={p.align ? { textAlign: p.align } : undefined}>
          <RunsView runs={p.runs} />
        </p>
      ))}
    </>
  );
}

function cellProps(cell: TableCell): { colSpan?: number; rowSpan?: number } {
  return {
    ...(cell.colSpan && cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
    ...(cell.rowSpan && cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
  };
}

/** The table, read-only. */
export function TableView(props: { readonly table: TableBlock }): ReactElement {
  const { table } = props;
  const percents = columnPercents(table.columnWidths);
  const head = table.rows.slice(0, table.headerRows);
  const body = table.rows.slice(table.headerRows);
  return (
    <table className="doc-table" data-block-id={table.id} data-role={table.role}>
      {percents.length > 0 ? (
        <colgroup>
          {percents.map((p, i) => (
            <col key={i} style={{ width: `${p.toFixed(2)}%` }} />
          ))}
        </colgroup>
      ) : null}
      {head.length > 0 ? (
        <thead>
          {head.map((row, r) => (
            <tr key={r}>
              {row.cells.map((cell, c) => (
                <th key={c} {...cellProps(cell)}>
                  <CellContent paragraphs={cell.paragraphs} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
      ) : null}
      <tbody>
        {body.map((row, r) => (
          <tr key={r}>
            {row.cells.map((cell, c) => (
              <td key={c} {...cellProps(cell)}>
                <CellContent paragraphs={cell.paragraphs} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
