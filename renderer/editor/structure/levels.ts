/**
 * Level rules of the editor: the Tab / Shift+Tab ladder and where a block lands in the tree.
 * Pure functions over (style, depth) lists; the plugins apply them to editor nodes.
 */
import { type BlockStyle, isNumberedStyle } from './flat-block';

/** The ladder Tab walks down and Shift+Tab walks up: Phần → I. → 1. → a) → "-" → "+". */
export const LADDER: readonly BlockStyle[] = ['part', 'section', 'item', 'point', 'dash', 'plus'];

/** A block's place in the list: what the level rules need. */
export type Placed = { readonly style: BlockStyle; readonly depth: number };

/** Rank on the ladder (0 = Phần); paragraphs have none. */
export function rankOf(style: BlockStyle): number | null {
  const i = LADDER.indexOf(style);
  return i < 0 ? null : i;
}

/** The style one step down (demote) or up (promote); a paragraph demotes to "-". Null at the ends. */
export function stepStyle(style: BlockStyle, direction: 'demote' | 'promote'): BlockStyle | null {
  if (style === 'paragraph') {
    return direction === 'demote' ? 'dash' : null;
  }
  const rank = rankOf(style) ?? 0;
  const next = direction === 'demote' ? rank + 1 : rank - 1;
  return LADDER[next] ?? null;
}

/**
 * The depth a block of `style` takes after the blocks `before` (document order). A numbered block or
 * bullet goes under the nearest open block of a higher rank; a paragraph goes under the nearest open
 * numbered block (body text of that heading). Open blocks are those not closed by a shallower one.
 */
export function depthFor(before: readonly Placed[], style: BlockStyle): number {
  const rank = rankOf(style);
  let minDepth = Number.POSITIVE_INFINITY;
  for (let i = before.length - 1; i >= 0 && minDepth > 0; i -= 1) {
    const b = before[i];
    if (!b || b.depth >= minDepth) {
      continue;
    }
    minDepth = b.depth;
    if (b.style === 'paragraph') {
      continue;
    }
    const fits = rank === null ? isNumberedStyle(b.style) : (rankOf(b.style) ?? 0) < rank;
    if (fits) {
      return b.depth + 1;
    }
  }
  return 0;
}

/**
 * The depth of a paragraph that replaces an emptied block (Enter in an empty block): after a list
 * ("-", "+", "a)") it stays a sibling of the list; after a heading it becomes body text of the block above.
 */
export function paragraphDepthAfter(emptied: Placed, previous: Placed | null): number {
  if (emptied.style === 'dash' || emptied.style === 'plus' || emptied.style === 'point') {
    return emptied.depth;
  }
  if (previous === null) {
    return 0;
  }
  return previous.style === 'paragraph' ? previous.depth : previous.depth + 1;
}

/** What Enter does in an empty block: "+" outdents to "-"; other list and heading levels end as a paragraph. */
export function styleAfterEmptyEnter(style: BlockStyle): BlockStyle | null {
  if (style === 'plus') {
    return 'dash';
  }
  return style === 'paragraph' ? null : 'paragraph';
}

/** Index just past the descendants of the block at `index` (the following blocks that are deeper). */
export function subtreeEnd(list: readonly Placed[], index: number): number {
  const own = list[index]?.depth ?? 0;
  let end = index + 1;
  while (end < list.length && (list[end]?.depth ?? 0) > own) {
    end += 1;
  }
  return end;
}
