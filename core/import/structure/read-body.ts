/**
 * The middle of one document: the opening (Căn cứ / Thực hiện …), the numbered body tree, the
 * closing ("Trên đây là …") and whether the text ends with "./.". Stops where the signer or Nơi nhận begins.
 */
import type { IdGenerator } from '../../base/ids';
import type { Block, ParagraphBlock } from '../../model/plan-document';
import { isOpeningStarter, isSignerTitle, LineKind } from './classify';
import { addLine, createTreeBuilder, finishBlocks } from './body-tree';
import type { Para } from './import-line';
import { dropSuffix } from '../../model/runs';
import { opensFooter } from './segment';

/** What the body reader found, and where the footer begins. */
export type BodyRead = {
  readonly opening: readonly ParagraphBlock[];
  readonly body: readonly Block[];
  readonly closing: readonly ParagraphBlock[];
  readonly endsWithMark: boolean;
  readonly next: number;
};

const END_MARK = /\s*\.\s*\/\s*\.\s*$/u;

function paragraphOf(p: Para, ids: IdGenerator): ParagraphBlock {
  return { kind: 'paragraph', id: ids(), runs: p.runs, source: p.source };
}

function footerStart(paras: readonly Para[], start: number): number {
  for (let i = start; i < paras.length; i += 1) {
    const p = paras[i] as Para;
    // A right cell opens the footer only with signer content: body tables have caps cells too ("NỘI DUNG").
    const rightCell = p.cell === 'right' && (p.kind === LineKind.AUTHORITY || isSignerTitle(p.text));
    if (opensFooter(paras, i) || rightCell) {
      return i;
    }
  }
  return paras.length;
}

/** Opening lines: all text before the first numbered line, or (with no numbering) the "Căn cứ …" run. */
function readOpening(paras: readonly Para[], start: number, end: number, hasNumbered: boolean): number {
  let i = start;
  // An unnumbered heading in capitals ("MỤC ĐÍCH, YÊU CẦU") starts the body as well.
  const bodyStart: ReadonlySet<LineKind> = new Set<LineKind>([LineKind.NUMBERED, LineKind.CLOSING, LineKind.CAPS, LineKind.TABLE]);
  for (let p = paras[i]; p && i < end && !bodyStart.has(p.kind); p = paras[i]) {
    const prev = paras[i - 1];
    const listed = i > start && prev !== undefined && prev.text.endsWith(';');
    if (!hasNumbered && !isOpeningStarter(p.text) && !listed) {
      break;
    }
    i += 1;
  }
  return i;
}

function textOf(runs: readonly { text: string }[]): string {
  return runs.map((r) => r.text).join('');
}

/** Reads opening, body and closing from `start`; `stray` header lines go first into the opening. */
export function readBody(paras: readonly Para[], start: number, stray: readonly Para[], ids: IdGenerator): BodyRead {
  const end = footerStart(paras, start);
  const hasNumbered = paras.slice(start, end).some((p) => p.kind === LineKind.NUMBERED);
  const openingEnd = readOpening(paras, start, end, hasNumbered);
  const notSeparator = (p: Para): boolean => p.kind !== LineKind.SEPARATOR;
  const opening = [...stray, ...paras.slice(start, openingEnd)].filter(notSeparator).map((p) => paragraphOf(p, ids));
  const tree = createTreeBuilder();
  const closing: ParagraphBlock[] = [];
  for (const p of paras.slice(openingEnd, end).filter(notSeparator)) {
    if ((closing.length > 0 && !p.table) || p.kind === LineKind.CLOSING) {
      closing.push(paragraphOf(p, ids));
    } else {
      addLine(tree, p, ids);
    }
  }
  let endsWithMark = false;
  const lastClosing = closing[closing.length - 1];
  const holder = lastClosing ?? tree.last;
  const mark = holder ? END_MARK.exec(textOf(holder.runs)) : null;
  if (holder && mark) {
    endsWithMark = true;
    const runs = dropSuffix(holder.runs, mark[0].length);
    if (lastClosing) {
      closing[closing.length - 1] = { ...lastClosing, runs };
    } else if (tree.last) {
      tree.last.runs = runs;
    }
  }
  return { opening, body: finishBlocks(tree.root), closing, endsWithMark, next: end };
}

