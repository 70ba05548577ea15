/**
 * Inserts recognized pasted blocks at the selection: fresh ids, computed labels, depths from the
 * level rules; tables as table nodes at a paragraph's depth. One plain line goes in as text; anything
 * with structure goes in as blocks. In a table cell, lines become paragraphs of the cell and a table
 * becomes text (tables do not nest): the returned notes say so.
 */
import { $findCellNode, type TableNode } from '@lexical/table';
import { $getSelection, $isRangeSelection } from 'lexical';
import { randomId } from '@core/base';
import { runsText } from '@core/model';
import { $nodeOfFlat } from '../bridge/import-body';
import { $textNodesOf } from '../bridge/runs';
import { $tableNodeOf } from '../bridge/table';
import { $blockOf, $caretOffsetInBlock, $placedBefore } from '../ops/block-ops';
import { $createPlanBlockNode, type PlanBlockNode } from '../nodes/PlanBlockNode';
import { newProps } from '../structure/flat-block';
import { depthFor, type Placed } from '../structure/levels';
import type { PastedBlock } from './recognize-lines';

/** What an insertion could not keep as pasted. */
export type InsertNote = 'table-in-cell';

/** A pasted table read as lines of text (cells separated by " | "), for where a table cannot go. */
function tableAsLines(block: PastedBlock): PastedBlock[] {
  return (block.table?.rows ?? []).map((row) => ({
    style: 'paragraph' as const,
    titled: false,
    runs: [{ text: row.cells.map((c) => c.paragraphs.map((p) => runsText(p.runs)).join(' ')).join(' | ') }],
  }));
}

/** Pasting in a cell: every line a paragraph of the cell, with its marker kept as text. */
function $insertInCell(blocks: readonly PastedBlock[], lines: readonly (readonly PastedBlock[])[]): InsertNote[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) {
    return [];
  }
  const flat = lines.flat();
  const notes: InsertNote[] = blocks.some((b) => b.table) ? ['table-in-cell'] : [];
  if (flat.length === 1 && flat[0]) {
    selection.insertNodes($textNodesOf(flat[0].runs));
    return notes;
  }
  const nodes = flat.map((b) => {
    const node = $createPlanBlockNode(newProps(randomId('c'), 'paragraph', 0));
    node.append(...$textNodesOf(b.runs));
    return node;
  });
  selection.insertNodes(nodes);
  return notes;
}

/**
 * Inserts the blocks (inside editor.update). `raw` holds, for each block, the lines to use where
 * markers stay text (in a cell). Returns null when there is nowhere to insert, else the notes.
 */
export function $insertPasted(blocks: readonly PastedBlock[], raw: readonly (readonly PastedBlock[])[] = blocks.map((b) => (b.table ? tableAsLines(b) : [b]))): InsertNote[] | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || blocks.length === 0) {
    return null;
  }
  if ($findCellNode(selection.anchor.getNode()) !== null) {
    return $insertInCell(blocks, raw);
  }
  const single = blocks[0];
  if (blocks.length === 1 && single && single.style === 'paragraph' && !single.table) {
    selection.insertNodes($textNodesOf(single.runs));
    return [];
  }
  if (!selection.isCollapsed()) {
    selection.removeText();
  }
  const current = $blockOf(selection.anchor.getNode());
  if (!current) {
    return null;
  }
  const { after, replaced } = $insertionPoint(current);
  const placed: Placed[] = after ? [...$placedBefore(after), after.getProps()] : $placedBefore(current);
  let anchor: PlanBlockNode | TableNode | null = after;
  let last: PlanBlockNode | TableNode | null = null;
  for (const block of blocks) {
    const depth = depthFor(placed, block.style);
    const node = block.table
      ? $tableNodeOf({ ...block.table, id: randomId('t') }, depth)
      : $nodeOfFlat({ props: newProps(randomId('b'), block.style, depth, block.titled), runs: block.runs });
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
  if (last && last.getType() !== 'plan-block' && last.getNextSibling() === null) {
    const depth = placed[placed.length - 1]?.depth ?? 0;
    last.insertAfter($createPlanBlockNode(newProps(randomId('b'), 'paragraph', depth)));
  }
  last?.selectEnd();
  return [];
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
