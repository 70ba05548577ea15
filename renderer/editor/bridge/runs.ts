/**
 * Runs ↔ text nodes. Only bold and italic exist in the model; adjacent runs of the same style merge (the pure run
 * helpers are core/model/runs.ts).
 */
import { $createTextNode, $isLineBreakNode, $isTextNode, type ElementNode, type TextNode } from 'lexical';
import type { Run } from '@core/model';
import { makeRun, pushRun } from '@core/model';

/** Text nodes for runs (empty runs are dropped). */
export function $textNodesOf(runs: readonly Run[]): TextNode[] {
  const nodes: TextNode[] = [];
  for (const run of runs) {
    if (run.text === '') {
      continue;
    }
    const node = $createTextNode(run.text);
    if (run.bold) {
      node.toggleFormat('bold');
    }
    if (run.italic) {
      node.toggleFormat('italic');
    }
    nodes.push(node);
  }
  return nodes;
}

/** The runs of a block element; a line break (Shift+Enter) becomes "\n" in the text. */
export function $runsOf(element: ElementNode): Run[] {
  const runs: Run[] = [];
  for (const child of element.getChildren()) {
    if ($isTextNode(child)) {
      pushRun(runs, makeRun(child.getTextContent(), { bold: child.hasFormat('bold'), italic: child.hasFormat('italic') }));
    } else if ($isLineBreakNode(child)) {
      const last = runs[runs.length - 1];
      pushRun(runs, makeRun('\n', last));
    } else {
      pushRun(runs, makeRun(child.getTextContent()));
    }
  }
  return runs;
}
