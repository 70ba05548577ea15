/**
 * The body list's two kinds of root children, seen alike where only their place matters: block nodes
 * and table nodes (a table sits in the list like a paragraph: it has a depth and never holds children).
 */
import { $isTableNode, type TableNode } from '@lexical/table';
import type { LexicalNode } from 'lexical';
import { $isPlanBlockNode, type PlanBlockNode } from '../nodes/PlanBlockNode';
import { $setTableProps, $tablePropsOf } from '../nodes/table-state';
import type { Placed } from '../structure/levels';

/** A root child that belongs to the body list. */
export type ListNode = PlanBlockNode | TableNode;

/** True for a block node or a table node. */
export function $isListNode(node: LexicalNode | null | undefined): node is ListNode {
  return $isPlanBlockNode(node) || $isTableNode(node);
}

/** The style and depth of a list node (a table counts as a paragraph). */
export function $placedOf(node: ListNode): Placed {
  if ($isPlanBlockNode(node)) {
    const p = node.getProps();
    return { style: p.style, depth: p.depth };
  }
  return { style: 'paragraph', depth: $tablePropsOf(node).depth };
}

/** Moves a list node to a depth. */
export function $setListDepth(node: ListNode, depth: number): void {
  if ($isPlanBlockNode(node)) {
    if (node.getProps().depth !== depth) {
      node.setProps({ ...node.getProps(), depth });
    }
    return;
  }
  const props = $tablePropsOf(node);
  if (props.depth !== depth) {
    $setTableProps(node, { ...props, depth });
  }
}
