/**
 * The numbered labels of a block tree in document order ("I.", "1.", "a)"), as printed: labels read from a
 * file, else computed. For round-trip tests that compare numbering.
 */
import { computeLabels, displayLabel } from '../../core/model/numbering';
import type { Block } from '../../core/model/plan-document';
import { walkBlocks } from '../../core/model/walk';

export function blockLabels(blocks: readonly Block[]): string[] {
  const computed = computeLabels(blocks);
  const out: string[] = [];
  walkBlocks(blocks, ({ block }) => {
    if (block.kind === 'numbered') {
      out.push(displayLabel(block, computed));
    }
  });
  return out;
}
