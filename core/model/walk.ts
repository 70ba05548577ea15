/**
 * Walking the body tree: visit in document order with the path of labels ("V.9").
 */
import type { Block, NumberedBlock, Run } from './plan-document';

/** A block with its parent chain. */
export type Visited = {
  readonly block: Block;
  readonly parents: readonly Block[];
  readonly depth: number;
};

/** Visits every block in document order (pre-order). */
export function walkBlocks(blocks: readonly Block[], visit: (v: Visited) => void): void {
  const rec = (list: readonly Block[], parents: readonly Block[]): void => {
    for (const block of list) {
      visit({ block, parents, depth: parents.length });
      if (block.kind !== 'paragraph') {
        rec(block.children, [...parents, block]);
      }
    }
  };
  rec(blocks, []);
}

/** All blocks in document order. */
export function flattenBlocks(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  walkBlocks(blocks, (v) => out.push(v.block));
  return out;
}

/** Plain text of runs. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

/** Plain text of a block (its own runs, no children). */
export function blockText(block: Block): string {
  return runsText(block.runs);
}

/** Finds a block by id. */
export function findBlock(blocks: readonly Block[], id: string): Visited | null {
  let found: Visited | null = null;
  walkBlocks(blocks, (v) => {
    if (!found && v.block.id === id) {
      found = v;
    }
  });
  return found;
}

/** The numbered blocks at the top level of the body that are sections ("I.", "II."). */
export function topSections(blocks: readonly Block[]): NumberedBlock[] {
  return blocks.filter((b): b is NumberedBlock => b.kind === 'numbered' && b.level === 'section');
}

/** Plain text of a block and everything under it. */
export function deepText(block: Block): string {
  const parts = [blockText(block)];
  if (block.kind !== 'paragraph') {
    for (const child of block.children) {
      parts.push(deepText(child));
    }
  }
  return parts.join('\n');
}
