/**
 * Edits as a Word user expects them, on block nodes (run inside editor.update):
 * - a selection across blocks deleted (Delete, Backspace, cut) leaves every surviving block its kind
 *   and level: whole blocks go, the block where the selection ends keeps its style, depth and id, and a
 *   required heading inside the selection is kept (its text untouched) rather than the edit refused;
 * - Backspace at the start of a numbered or "-" / "+" item removes the number first (a paragraph at
 *   that place); Enter at the end of a heading starts body text under it;
 * - AutoFormat: "- ", "+ ", "a) ", "3. ", "II. " typed at the start of a paragraph make it that kind of block.
 */
import { $createRangeSelection, $getEditor, $getRoot, $getSelection, $isElementNode, $isRangeSelection, $setSelection, type LexicalNode, type PointType } from 'lexical';
import { randomId } from '@core/base';
import { $createPlanBlockNode, $isPlanBlockNode, type PlanBlockNode } from '../nodes/PlanBlockNode';
import { type BlockStyle, isNumberedStyle, newProps } from '../structure/flat-block';
import { $blockOf, $caretOffsetInBlock, $restyleBlock } from './block-ops';
import { $isListNode, $placedOf } from './list-nodes';
import { $pointAt } from './reveal';

/** True when the selection runs from one body block into another (not within a table). */
export function $selectionSpansBlocks(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) {
    return false;
  }
  const a = $blockOf(selection.anchor.getNode());
  const b = $blockOf(selection.focus.getNode());
  return a !== null && b !== null && !a.is(b);
}

/** Which section keys are required (their headings are never deleted). */
export type RequiredKeys = (sectionKey: string) => boolean;

/** The root child holding a node (a block or a table), or null. */
function $topOf(node: LexicalNode): LexicalNode | null {
  const top = $blockOf(node);
  if (top) {
    return top;
  }
  // Inside a table: not a block end point.
  return null;
}

/** Offset of a selection point in its block's text. */
function $offsetIn(block: PlanBlockNode, point: PointType): number {
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
  // An element point inside the block (a line break, an inline element): its start.
  return point.offset === 0 ? 0 : block.getTextContentSize();
}

/** Removes the text of a block between two offsets (its kind and id stay). */
function $removeRange(block: PlanBlockNode, start: number, end: number): void {
  if (end <= start) {
    return;
  }
  const texts = block.getAllTextNodes();
  const a = $pointAt(texts, start);
  const b = $pointAt(texts, end);
  if (!a || !b) {
    return;
  }
  const selection = $createRangeSelection();
  selection.anchor.set(a.node.getKey(), a.offset, 'text');
  selection.focus.set(b.node.getKey(), b.offset, 'text');
  $setSelection(selection);
  selection.removeText();
}

function $caretAt(block: PlanBlockNode, offset: number): void {
  const point = $pointAt(block.getAllTextNodes(), offset);
  if (!point) {
    block.selectStart();
    return;
  }
  point.node.select(point.offset, point.offset);
}

/**
 * Removes a block or table. Its first text is marked changed first: Lexical's history takes an update
 * whose only dirty text is unchanged for a continuation of the previous step, and a removed element
 * does not mark its text, so a deletion of whole blocks could otherwise merge into the step before.
 */
function $removeBlock(node: LexicalNode): void {
  const leaf = $isElementNode(node) ? node.getFirstDescendant() : null;
  leaf?.markDirty();
  node.remove();
}

export type DeleteResult = {
  /** False: not a selection across body blocks; the default deletion applies. */
  readonly handled: boolean;
  /** Texts of the required headings kept inside the deleted range. */
  readonly kept: readonly string[];
};

/**
 * Deletes a selection that spans body blocks (see the module comment). Not handled (default deletion)
 * when the selection is collapsed, within one block, or starts or ends inside a table.
 */
export function $deleteAcrossBlocks(isRequired: RequiredKeys): DeleteResult {
  const none: DeleteResult = { handled: false, kept: [] };
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) {
    return none;
  }
  const [startPoint, endPoint] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
  const first = $topOf(startPoint.getNode());
  const last = $topOf(endPoint.getNode());
  if (!$isPlanBlockNode(first) || !$isPlanBlockNode(last) || first.is(last)) {
    return none;
  }
  const required = (node: LexicalNode): boolean => {
    const key = $isPlanBlockNode(node) ? node.getProps().sectionKey : null;
    return key !== null && isRequired(key);
  };
  const startOffset = $offsetIn(first, startPoint);
  const endOffset = $offsetIn(last, endPoint);
  const middles: LexicalNode[] = [];
  for (let n = first.getNextSibling(); n !== null && !n.is(last); n = n.getNextSibling()) {
    middles.push(n);
  }
  const kept: string[] = [];
  for (const node of middles) {
    if (required(node)) {
      kept.push(node.getTextContent());
    } else {
      $removeBlock(node);
    }
  }
  const lastWhole = endOffset >= last.getTextContentSize();
  if (startOffset === 0) {
    // Whole blocks from the first one: they go; the block where the selection ends keeps its kind.
    if (required(first)) {
      kept.unshift(first.getTextContent());
    } else {
      $removeBlock(first);
    }
    if (lastWhole && endOffset > 0 && !required(last)) {
      const after = last.getNextSibling();
      const props = last.getProps();
      if (after === null) {
        // Nothing follows: an empty paragraph takes the place (at the level of the last kept block).
        const previous = last.getPreviousSibling();
        const depth = $isListNode(previous) ? Math.min(props.depth, $placedOf(previous).depth + 1) : 0;
        const empty = $createPlanBlockNode(newProps(randomId('b'), 'paragraph', depth));
        last.insertAfter(empty);
        $removeBlock(last);
        empty.selectStart();
      } else {
        $removeBlock(last);
        if ($isPlanBlockNode(after)) {
          after.selectStart();
        } else {
          after.selectPrevious();
        }
      }
    } else if (required(last)) {
      last.selectStart();
    } else {
      $removeRange(last, 0, endOffset);
      $caretAt(last, 0);
    }
    return { handled: true, kept };
  }
  // From inside the first block: its tail goes, the last block's head goes, and the two merge (the
  // first keeps its kind, as in Word) unless a required heading stands between or is the last block.
  $removeRange(first, startOffset, first.getTextContentSize());
  if (required(last)) {
    $caretAt(first, startOffset);
    return { handled: true, kept: [...kept, last.getTextContent()] };
  }
  $removeRange(last, 0, endOffset);
  if (kept.length === 0) {
    first.append(...last.getChildren());
    last.remove();
  }
  $caretAt(first, startOffset);
  return { handled: true, kept };
}

/**
 * Backspace at the very start of a numbered or "-" / "+" item removes the number: the item becomes a
 * paragraph in its place (a second Backspace merges). Required headings and paragraphs: false.
 */
export function $backspaceRemovesNumber(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) {
    return false;
  }
  const block = $blockOf(selection.anchor.getNode());
  if (!block) {
    return false;
  }
  const props = block.getProps();
  if (props.style === 'paragraph' || props.sectionKey !== null || $caretOffsetInBlock(block) !== 0) {
    return false;
  }
  // The text stays where it stood (Word keeps the indent); what was under the item finds its place after it.
  $restyleBlock(block, 'paragraph', new Set(), props.depth);
  return true;
}

/** True for a heading: Phần, I., or a titled numbered line ("1. Mục đích"). */
export function isHeadingStyle(style: BlockStyle, titled: boolean): boolean {
  return style === 'part' || style === 'section' || (isNumberedStyle(style) && titled);
}

/** Enter at the end of a heading with text: a body paragraph under it. False otherwise. */
export function $enterAfterHeading(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) {
    return false;
  }
  const block = $blockOf(selection.anchor.getNode());
  if (!block) {
    return false;
  }
  const props = block.getProps();
  const size = block.getTextContentSize();
  if (!isHeadingStyle(props.style, props.titled) || size === 0 || $caretOffsetInBlock(block) !== size) {
    return false;
  }
  const paragraph = $createPlanBlockNode(newProps(randomId('b'), 'paragraph', props.depth + 1));
  block.insertAfter(paragraph);
  paragraph.selectStart();
  return true;
}

/** A marker typed at the start of a paragraph that AutoFormat turns into a block style. */
export type AutoMarker = { readonly style: BlockStyle; readonly label: string | null; readonly length: number };

const ROMAN = /^([IVXL]{1,6})\.\s/u;
const ITEM = /^(\d{1,2})\.\s/u;
const POINT = /^([a-zđ])\)\s/u;

/** The marker at the start of a paragraph's text ("- ", "+ ", "a) ", "3. ", "II. "), or null. */
export function autoMarker(text: string): AutoMarker | null {
  if (text.startsWith('- ')) {
    return { style: 'dash', label: null, length: 2 };
  }
  if (text.startsWith('+ ')) {
    return { style: 'plus', label: null, length: 2 };
  }
  const roman = ROMAN.exec(text);
  if (roman?.[1]) {
    return { style: 'section', label: `${roman[1]}.`, length: roman[0].length };
  }
  const item = ITEM.exec(text);
  if (item?.[1]) {
    return { style: 'item', label: `${item[1]}.`, length: item[0].length };
  }
  const point = POINT.exec(text);
  if (point?.[1]) {
    return { style: 'point', label: `${point[1]})`, length: point[0].length };
  }
  return null;
}

/**
 * Applies AutoFormat to a paragraph block whose text starts with a marker: the marker text goes, the
 * block takes the style (and the typed number as its label, so a number out of sequence is checked).
 */
export function $applyAutoFormat(block: PlanBlockNode, marker: AutoMarker): void {
  $removeRange(block, 0, marker.length);
  $restyleBlock(block, marker.style);
  if (marker.label !== null) {
    block.setProps({ ...block.getProps(), label: marker.label });
    $freezeSiblingLabels(block);
  }
  $caretAt(block, 0);
}

/**
 * A typed number stands among its siblings as written text does: the siblings' shown labels are kept
 * as written too, so the checker judges the group (a "5." after "1." is a gap) as it judges a file's.
 * The next structural change of the group numbers it anew.
 */
function $freezeSiblingLabels(block: PlanBlockNode): void {
  const { depth, style } = block.getProps();
  const editor = $getEditor();
  const group: PlanBlockNode[] = [];
  for (let n = block.getPreviousSibling(); $isListNode(n) && $placedOf(n).depth >= depth; n = n.getPreviousSibling()) {
    if ($isPlanBlockNode(n) && n.getProps().depth === depth && n.getProps().style === style) {
      group.push(n);
    }
  }
  for (let n = block.getNextSibling(); $isListNode(n) && $placedOf(n).depth >= depth; n = n.getNextSibling()) {
    if ($isPlanBlockNode(n) && n.getProps().depth === depth && n.getProps().style === style) {
      group.push(n);
    }
  }
  for (const sibling of group) {
    const props = sibling.getProps();
    const shown = editor.getElementByKey(sibling.getKey())?.dataset.label;
    if (props.label === null && shown) {
      sibling.setProps({ ...props, label: shown });
    }
  }
}

/** The body's blocks (for tests and the select-all check). */
export function $bodyBlocks(): PlanBlockNode[] {
  return $getRoot().getChildren().filter($isPlanBlockNode);
}
