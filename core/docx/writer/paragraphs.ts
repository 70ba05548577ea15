/**
 * Turns layout specs into docx paragraphs. Runs carry emphasis explicitly (w:b, w:i) and a size (w:sz) only
 * when it differs from their style's; fonts come from the styles and defaults (all four w:rFonts slots).
 */
import { AlignmentType, BorderStyle, Paragraph, TextRun } from 'docx';
import { joinAdjacent } from '../../model/runs';
import type { ParaSpec, RuleSpec, RunSpec, TextSpec } from './spec';
import { STYLES, StyleId } from './styles';
import { xmlSafe } from './xml-safe';

/** A docx run for a run spec in a style; "\n" in the text becomes a line break (w:br). */
export function toRun(run: RunSpec, style: StyleId, breakBefore = false): TextRun {
  const def = STYLES[style];
  return new TextRun({
    text: xmlSafe(run.text),
    size: run.size !== undefined && run.size !== def.size ? run.size : undefined,
    bold: run.bold === true || def.bold === true ? true : undefined,
    italics: run.italic === true ? true : undefined,
    break: breakBefore ? 1 : undefined,
  });
}

/** Adjacent runs with the same emphasis and size joined into one (fewer w:r, same text). */
export function mergeRunSpecs(runs: readonly RunSpec[]): RunSpec[] {
  return joinAdjacent(runs, (prev, run) => prev.bold === run.bold && prev.italic === run.italic && prev.size === run.size && !run.text.includes('\n'));
}

function textRuns(spec: TextSpec): TextRun[] {
  const out: TextRun[] = [];
  for (const run of mergeRunSpecs(spec.runs)) {
    run.text.split('\n').forEach((piece, i) => {
      if (piece !== '' || i > 0) {
        out.push(toRun({ ...run, text: piece }, spec.style, i > 0));
      }
    });
  }
  return out;
}

function ruleParagraph(spec: RuleSpec): Paragraph {
  const side = Math.max(0, Math.floor((spec.within - spec.width) / 2));
  return new Paragraph({
    style: StyleId.RULE,
    indent: { left: side, right: side },
    spacing: spec.after > 0 ? { after: spec.after } : undefined,
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
  });
}

/**
 * The paragraph that ends the document after the signer table: Word always stores one there, and a
 * tiny one (the rule style, 2 pt) cannot push an empty page after a table that ends near the bottom.
 */
export function endParagraph(): Paragraph {
  return new Paragraph({ style: StyleId.RULE });
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

/** One docx paragraph for a spec. */
export function toParagraph(spec: ParaSpec): Paragraph {
  if (spec.kind === 'rule') {
    return ruleParagraph(spec);
  }
  const def = STYLES[spec.style];
  return new Paragraph({
    style: spec.style,
    keepNext: spec.keepNext === true ? true : undefined,
    alignment: spec.align !== undefined ? ALIGN[spec.align] : undefined,
    spacing:
      spec.before !== undefined || spec.after !== undefined
        ? { before: spec.before ?? def.before ?? 0, after: spec.after ?? def.after ?? 0 }
        : undefined,
    indent: spec.indentLeft !== undefined ? { left: spec.indentLeft, firstLine: 0 } : undefined,
    children: textRuns(spec),
  });
}
