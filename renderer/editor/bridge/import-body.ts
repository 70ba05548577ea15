/**
 * PlanDocument body → editor: replaces the root's content with one node per body block (a block node,
 * or a table node for a table).
 */
import type { TableNode } from '@lexical/table';
import { $getRoot } from 'lexical';
import type { Block } from '@core/model';
import { $createPlanBlockNode, type PlanBlockNode } from '../nodes/PlanBlockNode';
import { type FlatBlock, flattenBody } from '../structure/flat-block';
import { $inlineNodesOf } from './inline';
import { $forgetLoadedTables, $tableNodeOf } from './table';

/** A block node for one flat block (not a table). */
export function $nodeOfFlat(flat: FlatBlock): PlanBlockNode {
  const node = $createPlanBlockNode(flat.props);
  node.append(...$inlineNodesOf(flat.runs));
  return node;
}

/** The node of any flat entry: a table node for a table, else a block node. */
export function $nodeOfEntry(flat: FlatBlock): PlanBlockNode | TableNode {
  return flat.table ? $tableNodeOf(flat.table, flat.props.depth) : $nodeOfFlat(flat);
}

/** Replaces the editor content with the body (inside editor.update). */
export function $importBody(blocks: readonly Block[]): void {
  const root = $getRoot();
  root.clear();
  $forgetLoadedTables();
  root.append(...flattenBody(blocks).map($nodeOfEntry));
}
