/**
 * Moving a block with everything under it past its previous or next sibling (Word's
 * Alt+Shift+↑/↓). Nodes move, so ids stay; the labels of the group are computed again.
 */
import { $getSelection, $isRangeSelection } from 'lexical';
import { $blockOf } from './block-ops';
import { $isListNode, $placedOf, type ListNode } from './list-nodes';

/** The block and the blocks and tables under it (the following deeper ones). */
function $subtree(block: ListNode): ListNode[] {
  const depth = $placedOf(block).depth;
  const out = [block];
  let next = block.getNextSibling();
  while ($isListNode(next) && $placedOf(next).depth > depth) {
    out.push(next);
    next = next.getNextSibling();
  }
  return out;
}

/** The previous sibling at the same depth, if the parent does not close before it. */
function $previousSibling(block: ListNode): ListNode | null {
  const depth = $placedOf(block).depth;
  let prev = block.getPreviousSibling();
  while ($isListNode(prev) && $placedOf(prev).depth > depth) {
    prev = prev.getPreviousSibling();
  }
  return $isListNode(prev) && $placedOf(prev).depth === depth ? prev : null;
}

/** Moves the block holding the caret up or down among its siblings. False when it cannot move. */
export function $moveSelectedBlock(direction: 'up' | 'down'): boolean {
  const selection = $getSelection();
  const block = $isRangeSelection(selection) ? $blockOf(selection.anchor.getNode()) : null;
  if (!block) {
    return false;
  }
  const own = $subtree(block);
  if (direction === 'up') {
    const target = $previousSibling(block);
    if (!target) {
      return false;
    }
    for (const node of own) {
      target.insertBefore(node, false);
    }
    return true;
  }
  const after = own[own.length - 1]?.getNextSibling();
  if (!$isListNode(after) || $placedOf(after).depth !== block.getProps().depth) {
    return false;
  }
  const theirs = $subtree(after);
  let anchor = theirs[theirs.length - 1] ?? after;
  for (const node of own) {
    anchor.insertAfter(node, false);
    anchor = node;
  }
  return true;
}
