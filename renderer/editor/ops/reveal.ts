/**
 * Selecting a block or a text range in it by block id (outline clicks, findings).
 */
import { $createRangeSelection, $setSelection, type TextNode } from 'lexical';
import { $findBlock } from './block-ops';

/** The text node and offset at a character offset of a block's text. */
export function $pointAt(nodes: readonly TextNode[], offset: number): { node: TextNode; offset: number } | null {
  let rest = offset;
  for (const node of nodes) {
    const size = node.getTextContentSize();
    if (rest <= size) {
      return { node, offset: rest };
    }
    rest -= size;
  }
  const last = nodes[nodes.length - 1];
  return last ? { node: last, offset: last.getTextContentSize() } : null;
}

/** Selects the block (its whole text) or a range in it; returns the node key, or null when absent. */
export function $selectBlock(blockId: string, range?: { readonly start: number; readonly end: number }): string | null {
  const block = $findBlock(blockId);
  if (!block) {
    return null;
  }
  const texts = block.getAllTextNodes();
  const start = $pointAt(texts, range?.start ?? 0);
  const end = $pointAt(texts, range?.end ?? block.getTextContentSize());
  if (!start || !end) {
    block.selectStart();
    return block.getKey();
  }
  const selection = $createRangeSelection();
  selection.anchor.set(start.node.getKey(), start.offset, 'text');
  selection.focus.set(end.node.getKey(), end.offset, 'text');
  $setSelection(selection);
  return block.getKey();
}
