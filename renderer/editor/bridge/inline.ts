/**
 * Runs → the inline children of a block or cell paragraph: text nodes, "\n" as line breaks.
 */
import { $createLineBreakNode, type LexicalNode } from 'lexical';
import type { Run } from '@core/model';
import { $textNodesOf } from './runs';

/** Children of a block: text nodes, with "\n" in the text as line breaks. */
export function $inlineNodesOf(runs: readonly Run[]): LexicalNode[] {
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
