/**
 * Structural edits on block nodes: restyle (Tab, Shift+Tab, set level) with the subtree following,
 * and Enter in an empty block. Run inside editor.update.
 */
import { $getRoot, $getSelection, $isRangeSelection, $isRootNode, type LexicalNode } from 'lexical';
import { randomId } from '@core/base';
import { $createPlanBlockNode, $isPlanBlockNode, type PlanBlockNode } from '../nodes/PlanBlockNode';
import { type BlockStyle, isNumberedStyle, newProps, type PlanBlockProps } from '../structure/flat-block';
import { depthFor, paragraphDepthAfter, type Placed, stepStyle, styleAfterEmptyEnter } from '../structure/levels';
import { $isListNode, $placedOf, $setListDepth } from './list-nodes';

/**
 * The body block holding a node (its top-level ancestor), if any. Inside a table there is none: a
 * cell's paragraphs are not body blocks, so structure commands leave them alone.
 */
export function $blockOf(node: LexicalNode | null): PlanBlockNode | null {
  if ($isPlanBlockNode(node) && $isRootNode(node.getParent())) {
    return node;
  }
  // A cell is a shadow root: the top-level element of a cell's paragraph is that paragraph, not the table.
  const top = node?.getTopLevelElement() ?? null;
  return $isPlanBlockNode(top) && $isRootNode(top.getParent()) ? top : null;
}

/** The blocks touched by the selection, in document order. */
export function $selectedBlocks(): PlanBlockNode[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) {
    return [];
  }
  const seen = new Set<string>();
  const out: PlanBlockNode[] = [];
  const candidates = [selection.anchor.getNode(), ...selection.getNodes(), selection.focus.getNode()];
  for (const node of candidates) {
    const block = $blockOf(node);
    if (block && !seen.has(block.getKey())) {
      seen.add(block.getKey());
      out.push(block);
    }
  }
  return out.sort((a, b) => (a.isBefore(b) ? -1 : 1));
}

/** The (style, depth) of every block before `node`, in document order. */
export function $placedBefore(node: LexicalNode): Placed[] {
  const out: Placed[] = [];
  let sibling = node.getPreviousSibling();
  while (sibling !== null) {
    if ($isListNode(sibling)) {
      out.push($placedOf(sibling));
    }
    sibling = sibling.getPreviousSibling();
  }
  return out.reverse();
}

function titledFor(style: BlockStyle, old: PlanBlockProps): boolean {
  if (style === 'part' || style === 'section') {
    return true;
  }
  return style === 'item' && isNumberedStyle(old.style) ? old.titled : false;
}

/**
 * Gives a block a new style and the depth that style takes where it stands. Its descendants follow:
 * body paragraphs move by the same number of levels (they stay its content); numbered blocks and
 * bullets take the depth their own style takes after it, so "a)" under a demoted "2." become its
 * siblings rather than points under a point. The block's label is computed from now on.
 */
export function $restyleBlock(block: PlanBlockNode, style: BlockStyle, skip: ReadonlySet<string> = new Set(), atDepth?: number): void {
  const old = block.getProps();
  const placed = $placedBefore(block);
  const depth = atDepth ?? (style === 'paragraph' && old.style === 'paragraph' ? Math.max(0, old.depth - 1) : depthFor(placed, style));
  const delta = depth - old.depth;
  block.setProps({ ...old, style, depth, label: null, titled: titledFor(style, old) });
  placed.push({ style, depth });
  let next = block.getNextSibling();
  while (old.style !== 'paragraph' && $isListNode(next) && $placedOf(next).depth > old.depth) {
    const p = $placedOf(next);
    const moved = p.style === 'paragraph' ? Math.max(0, p.depth + delta) : depthFor(placed, p.style);
    if (!skip.has(next.getKey()) && moved !== p.depth) {
      $setListDepth(next, moved);
    }
    placed.push({ style: p.style, depth: skip.has(next.getKey()) ? p.depth : moved });
    next = next.getNextSibling();
  }
}

/** Tab / Shift+Tab on the selected blocks. Returns false when nothing could move. */
export function $stepSelectedBlocks(direction: 'demote' | 'promote'): boolean {
  const blocks = $selectedBlocks();
  const keys = new Set(blocks.map((b) => b.getKey()));
  let changed = false;
  for (const block of blocks) {
    const props = block.getProps();
    const style = direction === 'promote' && props.style === 'paragraph' ? 'paragraph' : stepStyle(props.style, direction);
    if (style !== null && !(style === 'paragraph' && props.depth === 0)) {
      $restyleBlock(block, style, keys);
      changed = true;
    }
  }
  return changed;
}

/** Sets one style on the selected blocks (toolbar). */
export function $setSelectedStyle(style: BlockStyle): boolean {
  const blocks = $selectedBlocks();
  const keys = new Set(blocks.map((b) => b.getKey()));
  for (const block of blocks) {
    if (block.getProps().style !== style) {
      $restyleBlock(block, style, keys);
    }
  }
  return blocks.length > 0;
}

/** Toggles titled on the selected numbered blocks. */
export function $toggleTitled(): boolean {
  const blocks = $selectedBlocks().filter((b) => isNumberedStyle(b.getProps().style));
  const titled = !blocks.every((b) => b.getProps().titled);
  for (const block of blocks) {
    block.setProps({ ...block.getProps(), titled });
  }
  return blocks.length > 0;
}

/**
 * Enter in an empty list item or heading, like Word: "+" outdents to "-"; "-", "a)" end the list as a
 * paragraph at the same level; an empty heading becomes body text of the block above. False otherwise.
 */
export function $enterInEmptyBlock(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) {
    return false;
  }
  const block = $blockOf(selection.anchor.getNode());
  if (!block || block.getTextContentSize() > 0) {
    return false;
  }
  const props = block.getProps();
  const style = styleAfterEmptyEnter(props.style);
  if (style === null || props.sectionKey !== null) {
    return false;
  }
  if (style === 'dash') {
    $restyleBlock(block, style);
    return true;
  }
  const prev = block.getPreviousSibling();
  const previous = $isListNode(prev) ? $placedOf(prev) : null;
  const depth = paragraphDepthAfter(props, previous);
  block.setProps({ ...props, style: 'paragraph', depth, label: null, titled: false });
  return true;
}

/** The caret's offset in its block's text, or null without a collapsed range selection. */
export function $caretOffsetInBlock(block: PlanBlockNode): number | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) {
    return null;
  }
  const point = selection.anchor;
  const target = point.getNode();
  if (point.type === 'element' && target.is(block)) {
    return block.getChildren().slice(0, point.offset).reduce((sum, n) => sum + n.getTextContentSize(), 0);
  }
  let offset = 0;
  for (const node of block.getAllTextNodes()) {
    if (node.is(target)) {
      return offset + point.offset;
    }
    offset += node.getTextContentSize();
  }
  return null;
}

/**
 * Enter at the very start of a block with text, like Word: an empty block of the same level goes
 * before it and the text keeps its block (and its id, which findings point at). False otherwise.
 */
export function $enterAtBlockStart(): boolean {
  const selection = $getSelection();
  const block = $isRangeSelection(selection) ? $blockOf(selection.anchor.getNode()) : null;
  if (!block || block.getTextContentSize() === 0 || $caretOffsetInBlock(block) !== 0) {
    return false;
  }
  const props = block.getProps();
  block.insertBefore($createPlanBlockNode(newProps(randomId('b'), props.style, props.depth, props.titled)));
  block.selectStart();
  return true;
}

/** The block with a given id, if present. */
export function $findBlock(blockId: string): PlanBlockNode | null {
  let child = $getRoot().getFirstChild();
  while (child !== null) {
    if ($isPlanBlockNode(child) && child.getProps().id === blockId) {
      return child;
    }
    child = child.getNextSibling();
  }
  return null;
}
