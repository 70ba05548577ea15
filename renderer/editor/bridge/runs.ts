/**
 * Runs ↔ text nodes. Only bold and italic exist in the model; adjacent runs of the same style merge.
 */
import { $createTextNode, $isLineBreakNode, $isTextNode, type ElementNode, type TextNode } from 'lexical';
import type { Run } from '../../../core/model/plan-document';

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

/** Adds a run, merging it into the previous one when both have the same emphasis. */
export function pushRun(runs: Run[], run: Run): void {
  if (run.text === '') {
    return;
  }
  const last = runs[runs.length - 1];
  if (last && (last.bold ?? false) === (run.bold ?? false) && (last.italic ?? false) === (run.italic ?? false)) {
    runs[runs.length - 1] = { ...last, text: last.text + run.text };
    return;
  }
  runs.push(run);
}

/** A run with only the emphasis that is on. */
export function makeRun(text: string, bold: boolean, italic: boolean): Run {
  return { text, ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}) };
}

/** The runs of a block element; a line break (Shift+Enter) becomes "\n" in the text. */
export function $runsOf(element: ElementNode): Run[] {
  const runs: Run[] = [];
  for (const child of element.getChildren()) {
    if ($isTextNode(child)) {
      pushRun(runs, makeRun(child.getTextContent(), child.hasFormat('bold'), child.hasFormat('italic')));
    } else if ($isLineBreakNode(child)) {
      const last = runs[runs.length - 1];
      pushRun(runs, makeRun('\n', last?.bold ?? false, last?.italic ?? false));
    } else {
      pushRun(runs, makeRun(child.getTextContent(), false, false));
    }
  }
  return runs;
}

/** The same runs with adjacent equal-style runs merged and empty ones dropped (what the editor keeps). */
export function normalizeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    pushRun(out, makeRun(run.text, run.bold === true, run.italic === true));
  }
  return out;
}
