/**
 * The node registry of the body editor: the only node classes it registers, and the replacement
 * that turns any paragraph Lexical creates by itself into a body block (cell paragraphs included:
 * a block node inside a cell is just a paragraph of that cell).
 */
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { type Klass, type LexicalNode, type LexicalNodeReplacement, ParagraphNode } from 'lexical';
import { randomId } from '@core/base';
import { newProps } from '../structure/flat-block';
import { $createPlanBlockNode, PlanBlockNode } from './PlanBlockNode';

/** Node classes and replacements for the editor config. */
export const PLAN_NODES: ReadonlyArray<Klass<LexicalNode> | LexicalNodeReplacement> = [
  PlanBlockNode,
  // Tables are @lexical/table's own nodes; the plan properties ride on the table as node state.
  TableNode,
  TableRowNode,
  TableCellNode,
  {
    replace: ParagraphNode,
    with: () => $createPlanBlockNode(newProps(randomId('b'), 'paragraph', 0)),
    withKlass: PlanBlockNode,
  },
];

export { $createPlanBlockNode, $isPlanBlockNode, PlanBlockNode } from './PlanBlockNode';
export type { SerializedPlanBlockNode } from './PlanBlockNode';
export { $setTableProps, $tablePropsOf } from './table-state';
export type { PlanTableProps } from './table-state';
