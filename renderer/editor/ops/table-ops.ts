/**
 * Table edits on @lexical/table nodes: insert a table among the body blocks, Tab between cells (a new
 * row after the last cell), rows and columns, the header row, delete the table. Run inside editor.update.
 */
import {
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $findCellNode,
  $findTableNode,
  $insertTableColumnAtNode,
  $insertTableRowAtSelection,
  $isTableCellNode,
  $isTableRowNode,
  TableCellHeaderStates,
  type TableCellNode,
  type TableNode,
} from '@lexical/table';
import { $getRoot, $getSelection, $isRangeSelection, type LexicalNode } from 'lexical';
import { randomId } from '@core/base';
import { $tableNodeOf, emptyTable } from '../bridge/table';
import { $createPlanBlockNode } from '../nodes/PlanBlockNode';
import { newProps } from '../structure/flat-block';
import { depthFor } from '../structure/levels';
import { $blockOf, $placedBefore } from './block-ops';

/** What the table menu offers. */
export const TableAction = {
  ROW_ABOVE: 'row-above',
  ROW_BELOW: 'row-below',
  COLUMN_LEFT: 'column-left',
  COLUMN_RIGHT: 'column-right',
  DELETE_ROW: 'delete-row',
  DELETE_COLUMN: 'delete-column',
  TOGGLE_HEADER: 'toggle-header',
  DELETE_TABLE: 'delete-table',
} as const;
export type TableAction = (typeof TableAction)[keyof typeof TableAction];

/** The cell holding the selection's anchor, if any. */
export function $selectedCell(): TableCellNode | null {
  const selection = $getSelection();
  if (selection === null) {
    return null;
  }
  const anchor: LexicalNode = $isRangeSelection(selection) ? selection.anchor.getNode() : (selection.getNodes()[0] ?? $getRoot());
  return $findCellNode(anchor);
}

/** Cells of a table in reading order (row by row). */
function $cellsOf(table: TableNode): TableCellNode[] {
  return table
    .getChildren()
    .filter($isTableRowNode)
    .flatMap((row) => row.getChildren().filter($isTableCellNode));
}

/**
 * Inserts an empty table (rows × columns, the first row a header row) after the block holding the
 * caret, as content of that block's section or item; an empty paragraph is replaced by it. A paragraph
 * follows the table when nothing else does, so that writing can go on after it. False inside a table.
 */
export function $insertTable(rows = 3, columns = 3): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || $findCellNode(selection.anchor.getNode()) !== null) {
    return false;
  }
  const current = $blockOf(selection.anchor.getNode());
  if (!current) {
    return false;
  }
  const props = current.getProps();
  const replace = props.style === 'paragraph' && props.sectionKey === null && current.getTextContentSize() === 0;
  const depth = replace ? props.depth : depthFor([...$placedBefore(current), { style: props.style, depth: props.depth }], 'paragraph');
  const table = $tableNodeOf(emptyTable(Math.max(1, rows), Math.max(1, columns), rows > 1 ? 1 : 0), depth);
  if (replace) {
    current.replace(table);
  } else {
    current.insertAfter(table);
  }
  if (table.getNextSibling() === null) {
    table.insertAfter($createPlanBlockNode(newProps(randomId('b'), 'paragraph', depth)));
  }
  $cellsOf(table)[0]?.selectStart();
  return true;
}

/** Tab / Shift+Tab in a cell: the next or previous cell; Tab in the last cell adds a row. False outside tables. */
export function $tabInTable(backward: boolean): boolean {
  const cell = $selectedCell();
  const table = cell ? $findTableNode(cell) : null;
  if (!cell || !table) {
    return false;
  }
  const cells = $cellsOf(table);
  const index = cells.findIndex((c) => c.is(cell));
  if (backward) {
    cells[index - 1]?.selectEnd();
    return true;
  }
  const next = cells[index + 1];
  if (next) {
    next.selectEnd();
    return true;
  }
  const row = $insertTableRowAtSelection(true);
  const first = row?.getFirstChild();
  if ($isTableCellNode(first)) {
    first.selectStart();
  }
  return true;
}

/**
 * Header rows are the leading rows (the model keeps a count): toggling the caret's row makes it and
 * every row above it header rows, or, when it is one already, makes it and every row below plain.
 */
function $toggleHeaderRow(cell: TableCellNode, table: TableNode): void {
  const rows = table.getChildren().filter($isTableRowNode);
  const row = cell.getParent();
  const index = rows.findIndex((r) => r.is(row));
  const isHeader = (cell.getHeaderStyles() & TableCellHeaderStates.ROW) !== 0;
  const count = isHeader ? index : index + 1;
  rows.forEach((r, i) => {
    for (const c of r.getChildren().filter($isTableCellNode)) {
      const want = i < count ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS;
      if ((c.getHeaderStyles() & TableCellHeaderStates.ROW) !== want) {
        c.setHeaderStyles(want, TableCellHeaderStates.ROW);
      }
    }
  });
}

/** Removes the table holding the caret; the caret goes to the block before (or after) it. */
function $deleteTable(table: TableNode): void {
  const prev = table.getPreviousSibling();
  const next = table.getNextSibling();
  table.remove();
  if ($getRoot().getChildrenSize() === 0) {
    const paragraph = $createPlanBlockNode(newProps(randomId('b'), 'paragraph', 0));
    $getRoot().append(paragraph);
    paragraph.selectStart();
  } else if (prev) {
    prev.selectEnd();
  } else {
    next?.selectStart();
  }
}

/** Runs a table menu action on the table holding the caret; false when the caret is not in a table. */
export function $runTableAction(action: TableAction): boolean {
  const cell = $selectedCell();
  const table = cell ? $findTableNode(cell) : null;
  if (!cell || !table) {
    return false;
  }
  switch (action) {
    case 'row-above':
    case 'row-below':
      $insertTableRowAtSelection(action === 'row-below');
      return true;
    case 'column-left':
    case 'column-right':
      // The caret stays in its cell (Lexical would move it to the new column's first cell).
      $insertTableColumnAtNode(cell, action === 'column-right', false);
      return true;
    case 'delete-row':
      $deleteTableRowAtSelection();
      return true;
    case 'delete-column':
      $deleteTableColumnAtSelection();
      return true;
    case 'toggle-header':
      $toggleHeaderRow(cell, table);
      return true;
    case 'delete-table':
      $deleteTable(table);
      return true;
  }
}
