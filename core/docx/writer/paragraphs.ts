/**
 * Turns layout specs into docx paragraphs. Every run carries its font (all four slots), size and
 * emphasis explicitly (w:rFonts, w:sz, w:b, w:i), so readers that ignore styles still see them.
 */
import { BorderStyle, Paragraph, TextRun } from 'docx';
import { FONT } from './layout';
import type { ParaSpec, RuleSpec, RunSpec, TextSpec } from './spec';
import { STYLES, StyleId } from './styles';

const FONTS = { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT } as const;

/** A docx run for a run spec in a style; "\n" in the text becomes a line break (w:br). */
export function toRun(run: RunSpec, style: StyleId, breakBefore = false): TextRun {
  const def = STYLES[style];
  return new TextRun({
    text: run.text,
    font: FONTS,
    size: run.size ?? def.size,
    bold: run.bold === true || def.bold === true ? true : undefined,
    italics: run.italic === true ? true : undefined,
    break: breakBefore ? 1 : undefined,
  });
}

function textRuns(spec: TextSpec): TextRun[] {
  const out: TextRun[] = [];
  for (const run of spec.runs) {
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
    run: { size: STYLES[StyleId.RULE].size, font: FONTS },
  });
}

/** One docx paragraph for a spec. */
export function toParagraph(spec: ParaSpec): Paragraph {
  if (spec.kind === 'rule') {
    return ruleParagraph(spec);
  }
  const def = STYLES[spec.style];
  return new Paragraph({
    style: spec.style,
    keepNext: spec.keepNext === true ? true : undefined,
    spacing:
      spec.before !== undefined || spec.after !== undefined
        ? { before: spec.before ?? def.before ?? 0, after: spec.after ?? def.after ?? 0 }
        : undefined,
    indent: spec.indentLeft !== undefined ? { left: spec.indentLeft, firstLine: 0 } : undefined,
    run: { font: FONTS, size: def.size },
    children: textRuns(spec),
  });
}
