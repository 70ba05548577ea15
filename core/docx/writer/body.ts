/**
 * Ô 6, the content: căn cứ / thực hiện lines, the numbered body (Phần, I., 1., a), "-", "+") with literal
 * labels, and the closing paragraphs, ending with "./.". Placeholder guidance is never exported.
 */
import { computeLabels, displayLabel } from '../../model/numbering';
import type { Block, NumberedBlock, ParagraphBlock, PlanDocument, Run } from '../../model/plan-document';
import { upper } from '../../text/normalize';
import { BLANK } from './layout';
import { text, type RunSpec, type TextSpec } from './spec';
import { StyleId } from './styles';
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

function blockSpecs(blocks: readonly Block[], labels: ReadonlyMap<string, string>, out: TextSpec[]): void {
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      if (!block.placeholder && hasText(block.runs)) {
        out.push(text(StyleId.BODY, runSpecs(block.runs)));
      }
      continue;
    }
    if (block.kind === 'table') {
      continue; // tables are written by the table writer (tables.ts) — see writeBody
    }
    if (block.kind === 'bullet') {
      out.push(text(StyleId.BODY, [{ text: `${block.marker} ` }, ...runSpecs(block.runs)]));
    } else {
      out.push(...numberedSpecs(block, displayLabel(block, labels)));
    }
    blockSpecs(block.children, labels, out);
  }
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

/** Every content paragraph, in order, the last one ending with "./.". */
export function contentSpecs(doc: PlanDocument): TextSpec[] {
  const out: TextSpec[] = doc.opening.filter((p) => !p.placeholder && hasText(p.runs)).map(openingSpec);
  blockSpecs(doc.body, computeLabels(doc.body), out);
  for (const p of doc.closing) {
    if (!p.placeholder && hasText(p.runs)) {
      out.push(text(StyleId.BODY, runSpecs(p.runs)));
    }
  }
  const last = out.pop() ?? text(StyleId.BODY, [{ text: BLANK }]);
  return [...out, { ...last, runs: withEndMark(last.runs) }];
}
