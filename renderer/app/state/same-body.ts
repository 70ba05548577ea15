/**
 * Structural equality of two bodies, stopping at the first difference. The editor reports its body
 * after every load too; an unchanged body must not mark the plan as edited.
 */
import type { Block, Run } from '@core/model';

function sameRuns(a: readonly Run[], b: readonly Run[]): boolean {
  if (a.length !== b.length) {
    return false;
  }
  return a.every((run, i) => {
    const other = b[i];
    return other !== undefined && run.text === other.text && Boolean(run.bold) === Boolean(other.bold) && Boolean(run.italic) === Boolean(other.italic);
  });
}

function sameBlock(a: Block, b: Block): boolean {
  if (a === b) {
    return true;
  }
  if (a.kind === 'table' || b.kind === 'table') {
    return a.kind === b.kind && JSON.stringify(a) === JSON.stringify(b);
  }
  if (a.kind !== b.kind || a.id !== b.id || !sameRuns(a.runs, b.runs)) {
    return false;
  }
  if (a.kind === 'paragraph' && b.kind === 'paragraph') {
    return Boolean(a.placeholder) === Boolean(b.placeholder);
  }
  if (a.kind === 'bullet' && b.kind === 'bullet') {
    return a.marker === b.marker && sameBody(a.children, b.children);
  }
  if (a.kind === 'numbered' && b.kind === 'numbered') {
    return a.level === b.level && a.label === b.label && a.titled === b.titled && a.sectionKey === b.sectionKey && sameBody(a.children, b.children);
  }
  return false;
}

/** True when both bodies hold the same blocks, text, emphasis, labels and nesting. */
export function sameBody(a: readonly Block[], b: readonly Block[]): boolean {
  if (a === b) {
    return true;
  }
  if (a.length !== b.length) {
    return false;
  }
  return a.every((block, i) => {
    const other = b[i];
    return other !== undefined && sameBlock(block, other);
  });
}
