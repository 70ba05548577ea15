/**
 * TableBlock ⇄ @lexical/table nodes. Header rows are header cells (th), merged cells keep their
 * colSpan / rowSpan, widths are shown in proportion and given back as read when no column changed.
 * A table that comes back with the same content as it was loaded is the very object that was loaded
 * (load → save keeps it exactly, even details the editor does not show, such as an explicit align: null).
 */
import {
  $createTableCellNode,
  $createTableNode,
  $createTableRowNode,
  $isTableCellNode,
  $isTableRowNode,
  TableCellHeaderStates,
  type TableCellNode,
  type TableNode,
} from '@lexical/table';
import { $getEditor, $isElementNode, type ElementFormatType, type LexicalEditor, type LexicalNode } from 'lexical';
import { randomId } from '@core/base';
import type { CellParagraph, Run, TableBlock, TableCell, TableRow } from '@core/model';
import { $createPlanBlockNode, type PlanBlockNode } from '../nodes/PlanBlockNode';
import { $setTableProps, $tablePropsOf } from '../nodes/table-state';
import { newProps } from '../structure/flat-block';
import { $inlineNodesOf } from './inline';
import { mergeRuns } from '@core/model';
import { $runsOf } from './runs';

/** The width the editor shows a table's columns in, as a sum of pixels (the table then fills the line). */
const SHOWN_TOTAL = 600;

type Loaded = { readonly table: TableBlock; readonly shown: readonly number[] | undefined; canonical?: string };

const loadedByEditor = new WeakMap<LexicalEditor, Map<string, Loaded>>();

/** The tables an editor loaded, by id; reading a state outside `read(…, { editor })` has none to compare with. */
function $loadedTables(): Map<string, Loaded> {
  let editor: LexicalEditor;
  try {
    editor = $getEditor();
  } catch {
    return new Map();
  }
  let map = loadedByEditor.get(editor);
  if (!map) {
    map = new Map();
    loadedByEditor.set(editor, map);
  }
  return map;
}

/** Forgets the tables loaded before (a new load replaces them all). */
export function $forgetLoadedTables(): void {
  $loadedTables().clear();
}

/** Column widths scaled for the editor (px summing to SHOWN_TOTAL); undefined for equal columns. */
export function shownWidths(widths: readonly number[]): number[] | undefined {
  const total = widths.reduce((sum, w) => sum + (w > 0 ? w : 0), 0);
  if (widths.length === 0 || total <= 0) {
    return undefined;
  }
  return widths.map((w) => Math.max(1, Math.round((Math.max(0, w) / total) * SHOWN_TOTAL)));
}

const ALIGNS: Readonly<Record<string, CellParagraph['align']>> = { left: 'left', start: 'left', center: 'center', right: 'right', end: 'right', justify: 'justify' };

/** A cell paragraph node (a block node of style paragraph: the replacement Lexical uses everywhere). */
function $cellParagraphNode(paragraph: CellParagraph): PlanBlockNode {
  const node = $createPlanBlockNode(newProps(randomId('c'), 'paragraph', 0));
  if (paragraph.align) {
    node.setFormat(paragraph.align as ElementFormatType);
  }
  node.append(...$inlineNodesOf(paragraph.runs));
  return node;
}

/** An empty table of rows × columns, the first row a header row when asked. */
export function emptyTable(rows: number, columns: number, headerRows: number, id = randomId('t')): TableBlock {
  const cell: TableCell = { paragraphs: [{ runs: [] }] };
  return {
    kind: 'table',
    id,
    rows: Array.from({ length: rows }, () => ({ cells: Array.from({ length: columns }, () => cell) })),
    headerRows: Math.min(headerRows, rows),
    columnWidths: [],
  };
}

/** A table node for a table block at a depth of the body list (inside editor.update). */
export function $tableNodeOf(table: TableBlock, depth: number): TableNode {
  const node = $createTableNode();
  $setTableProps(node, { id: table.id, depth, ...(table.role ? { role: table.role } : {}), ...(table.source ? { source: table.source } : {}) });
  const shown = shownWidths(table.columnWidths);
  if (shown) {
    node.setColWidths(shown);
  }
  table.rows.forEach((row, r) => {
    const rowNode = $createTableRowNode();
    for (const cell of row.cells) {
      const header = r < table.headerRows ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS;
      const cellNode = $createTableCellNode(header, Math.max(1, cell.colSpan ?? 1));
      if ((cell.rowSpan ?? 1) > 1) {
        cellNode.setRowSpan(cell.rowSpan ?? 1);
      }
      const paragraphs = cell.paragraphs.length > 0 ? cell.paragraphs : [{ runs: [] }];
      cellNode.append(...paragraphs.map($cellParagraphNode));
      rowNode.append(cellNode);
    }
    node.append(rowNode);
  });
  $loadedTables().set(table.id, { table, shown });
  return node;
}

function $cellOf(cell: TableCellNode): TableCell {
  const paragraphs: CellParagraph[] = cell.getChildren().map((child: LexicalNode) => {
    if (!$isElementNode(child)) {
      return { runs: mergeRuns([{ text: child.getTextContent() }]) };
    }
    const align = ALIGNS[child.getFormatType()];
    return align ? { runs: $runsOf(child), align } : { runs: $runsOf(child) };
  });
  const colSpan = cell.getColSpan();
  const rowSpan = cell.getRowSpan();
  return { paragraphs, ...(colSpan > 1 ? { colSpan } : {}), ...(rowSpan > 1 ? { rowSpan } : {}) };
}

function isHeaderCell(cell: TableCellNode): boolean {
  return (cell.getHeaderStyles() & TableCellHeaderStates.ROW) !== 0;
}

/** A canonical form for comparing a table read back with the one loaded (runs merged, defaults filled). */
function canonical(rows: readonly TableRow[], headerRows: number): string {
  const runs = (list: readonly Run[]): Run[] => mergeRuns(list);
  return JSON.stringify({
    headerRows: Math.min(headerRows, rows.length),
    rows: rows.map((row) =>
      row.cells.map((cell) => ({
        p: (cell.paragraphs.length > 0 ? cell.paragraphs : [{ runs: [] }]).map((p) => ({ r: runs(p.runs), a: p.align ?? null })),
        c: cell.colSpan ?? 1,
        s: cell.rowSpan ?? 1,
      })),
    ),
  });
}

function sameNumbers(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]));
}

/** The table block of a table node (inside read/update). */
export function $tableOf(node: TableNode): TableBlock {
  const props = $tablePropsOf(node);
  const rowNodes = node.getChildren().filter($isTableRowNode);
  const rows: TableRow[] = rowNodes.map((row) => ({ cells: row.getChildren().filter($isTableCellNode).map($cellOf) }));
  let headerRows = 0;
  while (headerRows < rowNodes.length && (rowNodes[headerRows]?.getChildren().filter($isTableCellNode) ?? []).every(isHeaderCell) && (rowNodes[headerRows]?.getChildrenSize() ?? 0) > 0) {
    headerRows += 1;
  }
  const id = props.id !== '' ? props.id : `t${node.getKey()}`;
  const loaded = $loadedTables().get(id);
  const nodeWidths = node.getColWidths();
  const widthsKept = loaded !== undefined && sameNumbers(nodeWidths, loaded.shown);
  const columnWidths = widthsKept && loaded ? loaded.table.columnWidths : nodeWidths ? nodeWidths.map((w) => Math.round(w)) : [];
  if (
    loaded &&
    widthsKept &&
    (loaded.table.role ?? null) === (props.role ?? null) &&
    (loaded.canonical ??= canonical(loaded.table.rows, loaded.table.headerRows)) === canonical(rows, headerRows)
  ) {
    return loaded.table;
  }
  return {
    kind: 'table',
    id,
    rows,
    headerRows,
    columnWidths,
    ...(props.role ? { role: props.role } : {}),
    ...(props.source ? { source: props.source } : {}),
  };
}
