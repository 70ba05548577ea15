/**
 * Inserts recognized pasted blocks at the selection: fresh ids, computed labels, depths from the
 * level rules. One plain line goes in as text; anything with structure goes in as blocks.
 */
import { $getSelection, $isRangeSelection } from 'lexical';
import { randomId } from '../../../core/base/ids';
import { $nodeOfFlat } from '../bridge/import-body';
import { $textNodesOf } from '../bridge/runs';
import { $blockOf, $caretOffsetInBlock, $placedBefore } from '../ops/block-ops';
import type { PlanBlockNode } from '../nodes/PlanBlockNode';
import { newProps } from '../structure/flat-block';
import { depthFor, type Placed } from '../structure/levels';
import type { PastedBlock } from './recognize-lines';

/** Inserts the blocks (inside editor.update). Returns false when there is nowhere to insert. */
export function $insertPasted(blocks: readonly PastedBlock[]): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || blocks.length === 0) {
    return false;
  }
  const single = blocks[0];
  if (blocks.length === 1 && single && single.style === 'paragraph') {
    selection.insertNodes($textNodesOf(single.runs));
    return true;
  }
  if (!selection.isCollapsed()) {
    selection.removeText();
  }
  const current = $blockOf(selection.anchor.getNode());
  if (!current) {
    return false;
  }
  const { after, replaced } = $insertionPoint(current);
  const placed: Placed[] = after ? [...$placedBefore(after), after.getProps()] : $placedBefore(current);
  let anchor: PlanBlockNode | null = after;
  let last: PlanBlockNode | null = null;
  for (const block of blocks) {
    const depth = depthFor(placed, block.style);
    const node = $nodeOfFlat({ props: newProps(randomId('b'), block.style, depth, block.titled), runs: block.runs });
    if (anchor) {
      anchor.insertAfter(node);
    } else {
      current.insertBefore(node);
    }
    placed.push({ style: block.style, depth });
    anchor = node;
    last = node;
  }
  if (replaced) {
    current.remove();
  }
  last?.selectEnd();
  return true;
}

/**
 * Where pasted blocks go: after the current block (caret at its end, or the block is empty and is
 * replaced), before it (caret at its start), or after its first half (caret inside: the block splits).
 */
function $insertionPoint(current: PlanBlockNode): { after: PlanBlockNode | null; replaced: boolean } {
  const selection = $getSelection();
  const size = current.getTextContentSize();
  if (!$isRangeSelection(selection) || size === 0) {
    return { after: current, replaced: size === 0 && current.getProps().sectionKey === null };
  }
  const offset = $caretOffsetInBlock(current) ?? size;
  if (offset === 0) {
    return { after: $blockOf(current.getPreviousSibling()), replaced: false };
  }
  if (offset < size) {
    selection.insertParagraph();
  }
  return { after: current, replaced: false };
}
