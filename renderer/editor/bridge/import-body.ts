/**
 * PlanDocument body → editor: replaces the root's content with one block node per body block.
 */
import { $createLineBreakNode, $getRoot, type LexicalNode } from 'lexical';
import type { Block, Run } from '../../../core/model/plan-document';
import { $createPlanBlockNode, type PlanBlockNode } from '../nodes/PlanBlockNode';
import { type FlatBlock, flattenBody } from '../structure/flat-block';
import { $textNodesOf } from './runs';

/** Children of a block: text nodes, with "\n" in the text as line breaks. */
function $inlineNodesOf(runs: readonly Run[]): LexicalNode[] {
  const out: LexicalNode[] = [];
  for (const run of runs) {
    const parts = run.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) {
        out.push($createLineBreakNode());
      }
      out.push(...$textNodesOf([{ ...run, text: part }]));
    });
  }
  return out;
}

/** A block node for one flat block. */
export function $nodeOfFlat(flat: FlatBlock): PlanBlockNode {
  const node = $createPlanBlockNode(flat.props);
  node.append(...$inlineNodesOf(flat.runs));
  return node;
}

/** Replaces the editor content with the body (inside editor.update). */
export function $importBody(blocks: readonly Block[]): void {
  const root = $getRoot();
  root.clear();
  root.append(...flattenBody(blocks).map($nodeOfFlat));
}
