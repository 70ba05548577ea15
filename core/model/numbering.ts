/**
 * Numbering computed from the tree: Phần I; I., II.; 1., 2.; a), b) … đ) …; "-" and "+".
 * Labels read from files are kept; `renumber` replaces them only when asked.
 */
import { pointLetter, toRoman } from '../text/letters';
import type { Block, NumberLevel, NumberedBlock } from './plan-document';

/** The marker for the n-th block (1-based) of a level. */
export function labelFor(level: NumberLevel, n: number): string {
  switch (level) {
    case 'part':
      return `Phần ${toRoman(n)}`;
    case 'section':
      return `${toRoman(n)}.`;
    case 'item':
      return `${n}.`;
    case 'point':
      return `${pointLetter(n)})`;
  }
}

/** Computed labels for every numbered block, by id (counting restarts under each parent). */
export function computeLabels(blocks: readonly Block[]): Map<string, string> {
  const labels = new Map<string, string>();
  const rec = (list: readonly Block[]): void => {
    const counters = new Map<NumberLevel, number>();
    for (const block of list) {
      if (block.kind === 'numbered') {
        const n = (counters.get(block.level) ?? 0) + 1;
        counters.set(block.level, n);
        labels.set(block.id, labelFor(block.level, n));
      }
      if (block.kind === 'numbered' || block.kind === 'bullet') {
        rec(block.children);
      }
    }
  };
  rec(blocks);
  return labels;
}

/** The label shown for a block: the one read from a file, else the computed one. */
export function displayLabel(block: NumberedBlock, computed: ReadonlyMap<string, string>): string {
  return block.label ?? computed.get(block.id) ?? labelFor(block.level, 1);
}

/** A copy of the body with every label cleared, so that all are computed. Never mutates. */
export function renumber(blocks: readonly Block[]): Block[] {
  return blocks.map((block): Block => {
    if (block.kind === 'paragraph' || block.kind === 'table') {
      return block;
    }
    if (block.kind === 'bullet') {
      return { ...block, children: renumber(block.children) };
    }
    return { ...block, label: null, children: renumber(block.children) };
  });
}
