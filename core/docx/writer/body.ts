/**
 * Ô 6, the content: căn cứ / thực hiện lines, the numbered body (Phần, I., 1., a), "-", "+") with literal
 * labels, data tables where they stand, and the closing paragraphs, ending with "./.". Placeholder guidance is
 * never exported. Appendices reuse the block flow with their own numbering.
 */
import { computeLabels, displayLabel } from '../../model/numbering';
import type { Block, NumberedBlock, ParagraphBlock, PlanDocument, Run } from '../../model/plan-document';
import { upper } from '../../text/normalize';
import { BLANK, SIZE } from './layout';
import { text, type RunSpec, type TableSpec, type TextSpec } from './spec';
import { StyleId } from './style-defs';
import { isBasisLine } from '../../model/opening';

const END_MARK = './.';

function runSpecs(runs: readonly Run[], transform: (s: string) => string = (s) => s): RunSpec[] {
  const out = runs.filter((run) => run.text !== '').map((run) => ({ text: transform(run.text), bold: run.bold === true, italic: run.italic === true }));
  return out.length > 0 ? out : [{ text: BLANK }];
}

function hasText(runs: readonly Run[]): boolean {
  return runs.some((run) => run.text.trim() !== '');
}

/** An opening line: a "Căn cứ …" line is italic (PL I khoản 6.a); "Thực hiện …" keeps its runs. */
export function openingSpec(block: ParagraphBlock): TextSpec {
  const isBasis = isBasisLine(block.runs.map((r) => r.text).join(''));
  const runs = runSpecs(block.runs).map((run) => (isBasis ? { ...run, italic: true } : run));
  return text(StyleId.BODY, runs);
}

function numberedSpecs(block: NumberedBlock, label: string): TextSpec[] {
  const lead = { text: `${label} ` };
  switch (block.level) {
    case 'part':
      // "Phần I" on its own line, its title below in capitals (PL I khoản 6.đ).
      return hasText(block.runs)
        ? [text(StyleId.PART, [{ text: label }]), text(StyleId.PART, runSpecs(block.runs, upper), { before: 0, after: 120 })]
        : [text(StyleId.PART, [{ text: label }], { after: 120 })];
    case 'section':
      return [text(StyleId.SECTION, [lead, ...runSpecs(block.runs, upper)])];
    case 'item':
      return [text(block.titled ? StyleId.ITEM : StyleId.BODY, [lead, ...runSpecs(block.runs)])];
    case 'point':
      return [text(StyleId.BODY, [lead, ...runSpecs(block.runs)])];
  }
}

/** What the content is made of: paragraphs and data tables, in order. */
export type BodySpec = TextSpec | TableSpec;

function blockSpecs(blocks: readonly Block[], labels: ReadonlyMap<string, string>, tableSize: number, out: BodySpec[]): void {
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      if (!block.placeholder && hasText(block.runs)) {
        out.push(text(StyleId.BODY, runSpecs(block.runs), { blockId: block.id }));
      }
      continue;
    }
    if (block.kind === 'table') {
      if (block.rows.length > 0) {
        out.push({ kind: 'table', table: block, size: tableSize });
      }
      continue;
    }
    if (block.kind === 'bullet') {
      out.push(text(StyleId.BODY, [{ text: `${block.marker} ` }, ...runSpecs(block.runs)], { blockId: block.id }));
    } else {
      out.push(...numberedSpecs(block, displayLabel(block, labels)).map((spec) => ({ ...spec, blockId: block.id })));
    }
    blockSpecs(block.children, labels, tableSize, out);
  }
}

/** The specs of a block tree numbered on its own (an appendix's blocks), tables at `tableSize` half-points. */
export function blockFlow(blocks: readonly Block[], tableSize: number): BodySpec[] {
  const out: BodySpec[] = [];
  blockSpecs(blocks, computeLabels(blocks), tableSize, out);
  return out;
}

/** The runs with "./." ending the text: kept if there, "/." after a final ".", else "./." appended. */
export function withEndMark(runs: readonly RunSpec[]): RunSpec[] {
  const copy = runs.map((run) => ({ ...run }));
  let last = copy.length - 1;
  while (last >= 0 && (copy[last]?.text.trim() ?? '') === '') {
    last -= 1;
  }
  const target = copy[last];
  if (!target) {
    return [...copy, { text: END_MARK }];
  }
  const trimmed = target.text.replace(/\s+$/u, '');
  const ending = trimmed.endsWith(END_MARK) ? '' : trimmed.endsWith('.') ? '/.' : END_MARK;
  copy[last] = { ...target, text: trimmed + ending };
  return copy.slice(0, last + 1);
}

/**
 * Every content paragraph and table, in order, ending with "./.": on the last paragraph, or on a paragraph of
 * its own when the content ends with a table.
 */
export function contentSpecs(doc: PlanDocument): BodySpec[] {
  const out: BodySpec[] = doc.opening.filter((p) => !p.placeholder && hasText(p.runs)).map((p) => ({ ...openingSpec(p), blockId: p.id }));
  blockSpecs(doc.body, computeLabels(doc.body), SIZE.tableCell, out);
  for (const p of doc.closing) {
    if (!p.placeholder && hasText(p.runs)) {
      out.push(text(StyleId.BODY, runSpecs(p.runs), { blockId: p.id }));
    }
  }
  const last = out[out.length - 1];
  if (last === undefined) {
    return [text(StyleId.BODY, withEndMark([{ text: BLANK }]))];
  }
  if (last.kind === 'table') {
    return [...out, text(StyleId.BODY, withEndMark([]))];
  }
  return [...out.slice(0, -1), { ...last, runs: withEndMark(last.runs) }];
}
