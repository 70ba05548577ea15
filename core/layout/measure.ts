/**
 * Lines of a paragraph as Word and LibreOffice set them: the style's size, emphasis, indents and spacing,
 * words broken greedily at spaces within the available width (a word wider than the line is broken by
 * letters), a line break ("\n", w:br) starting a new line, each line as tall as its largest run at the
 * paragraph's line spacing. Pure.
 */
import { CELL_MARGIN } from '../docx/writer/layout';
import type { ParaSpec, TextSpec } from '../docx/writer/spec';
import { STYLES, StyleId, type Align } from '../docx/writer/style-defs';
import { charUnits, LINE_HEIGHT_EM } from './text-width';

/** A piece of a line in one face and size (size in half-points). */
export type LineRun = {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly size: number;
};

/** One printed line: its runs, natural width, height and left offset from the paragraph's box (twips). */
export type Line = {
  readonly runs: readonly LineRun[];
  readonly width: number;
  readonly height: number;
  /** Height the line needs at the foot of a page: LibreOffice lets the extra of spacing above single hang below the margin. */
  readonly fit: number;
  readonly indent: number;
  /** The last line of the paragraph or before a line break: never stretched when justified. */
  readonly ends: boolean;
};

/** A measured paragraph: its lines, spacing and the keep-with-next flag, in twips. */
export type MeasuredParagraph = {
  readonly lines: readonly Line[];
  readonly before: number;
  readonly after: number;
  readonly keepNext: boolean;
  readonly align: Align;
  /** Extra height under the last line (the border of a solid line). */
  readonly border: number;
};

/** A solid line's bottom border: 1 pt from the text and 3/4 pt thick (w:pBdr/w:bottom w:space="1" w:sz="6"). */
const RULE_BORDER = 20 + 15;

type Glyph = { readonly ch: string; readonly bold: boolean; readonly italic: boolean; readonly size: number; readonly width: number };

function glyphs(spec: TextSpec): Glyph[] {
  const def = STYLES[spec.style];
  const out: Glyph[] = [];
  for (const run of spec.runs) {
    const size = run.size ?? def.size;
    const bold = run.bold === true || def.bold === true;
    const italic = run.italic === true;
    for (const ch of run.text.normalize('NFC')) {
      out.push({ ch, bold, italic, size, width: ch === '\n' ? 0 : (charUnits(ch, bold, italic) * size) / 100 });
    }
  }
  return out;
}

/** Whole twips, as LibreOffice rounds: the single line first, then the proportion. */
function lineHeight(size: number, line: number): number {
  return Math.round((Math.round(size * 10 * LINE_HEIGHT_EM) * line) / 240);
}

function toRuns(line: readonly Glyph[]): LineRun[] {
  const out: LineRun[] = [];
  for (const g of line) {
    const prev = out[out.length - 1];
    if (prev && prev.bold === g.bold && prev.italic === g.italic && prev.size === g.size) {
      out[out.length - 1] = { ...prev, text: prev.text + g.ch };
    } else {
      out.push({ text: g.ch, bold: g.bold, italic: g.italic, size: g.size });
    }
  }
  return out;
}

/** Splits glyphs of one hard line into lines no wider than `first` (first line) and `rest` twips. */
function wrap(hard: readonly Glyph[], first: number, rest: number): Glyph[][] {
  const lines: Glyph[][] = [];
  let current: Glyph[] = [];
  let width = 0;
  let i = 0;
  const room = (): number => (lines.length === 0 ? first : rest);
  while (i < hard.length) {
    // The next word and the spaces after it.
    let end = i;
    while (end < hard.length && hard[end]?.ch !== ' ') {
      end += 1;
    }
    const word = hard.slice(i, end);
    let spaceEnd = end;
    while (spaceEnd < hard.length && hard[spaceEnd]?.ch === ' ') {
      spaceEnd += 1;
    }
    const spaces = hard.slice(end, spaceEnd);
    const wordWidth = word.reduce((a, g) => a + g.width, 0);
    if (current.length > 0 && width + wordWidth > room()) {
      lines.push(current);
      current = [];
      width = 0;
    }
    if (current.length === 0 && wordWidth > room()) {
      // A word wider than the line: broken by letters.
      for (const g of word) {
        if (current.length > 0 && width + g.width > room()) {
          lines.push(current);
          current = [];
          width = 0;
        }
        current.push(g);
        width += g.width;
      }
    } else {
      current.push(...word);
      width += wordWidth;
    }
    current.push(...spaces);
    width += spaces.reduce((a, g) => a + g.width, 0);
    i = spaceEnd;
  }
  lines.push(current);
  return lines;
}

function trimEnd(line: readonly Glyph[]): Glyph[] {
  let end = line.length;
  while (end > 0 && line[end - 1]?.ch === ' ') {
    end -= 1;
  }
  return line.slice(0, end);
}

/** The lines of a paragraph spec set in a box `width` twips wide. */
export function measureParagraph(spec: ParaSpec, width: number): MeasuredParagraph {
  if (spec.kind === 'rule') {
    const def = STYLES[StyleId.RULE];
    return {
      lines: [{ runs: [], width: 0, height: def.line ?? 40, fit: def.line ?? 40, indent: 0, ends: true }],
      before: 0,
      after: spec.after,
      keepNext: false,
      align: 'center',
      border: RULE_BORDER,
    };
  }
  const def = STYLES[spec.style];
  const exact = spec.style === StyleId.RULE;
  const line = def.line ?? 240;
  const left = spec.indentLeft ?? 0;
  const firstLine = spec.indentLeft !== undefined ? 0 : (def.firstLine ?? 0);
  const all = glyphs(spec);
  const hardLines: Glyph[][] = [[]];
  for (const g of all) {
    if (g.ch === '\n') {
      hardLines.push([]);
    } else {
      hardLines[hardLines.length - 1]?.push(g);
    }
  }
  const lines: Line[] = [];
  hardLines.forEach((hard, h) => {
    const first = h === 0 ? width - left - firstLine : width - left;
    const wrapped = wrap(hard, first, width - left);
    wrapped.forEach((glyphLine, k) => {
      const shown = trimEnd(glyphLine);
      const size = shown.length > 0 ? Math.max(...shown.map((g) => g.size)) : (spec.runs[0]?.size ?? def.size);
      lines.push({
        runs: toRuns(shown),
        width: shown.reduce((a, g) => a + g.width, 0),
        height: exact ? line : lineHeight(size, line),
        fit: exact ? line : Math.min(lineHeight(size, line), lineHeight(size, 240)),
        indent: left + (h === 0 && k === 0 ? firstLine : 0),
        ends: k === wrapped.length - 1,
      });
    });
  });
  return {
    lines,
    before: spec.before ?? def.before ?? 0,
    after: spec.after ?? def.after ?? 0,
    keepNext: spec.keepNext === true || def.keepNext === true,
    align: spec.align ?? def.align,
    border: 0,
  };
}

/** Height of a measured paragraph with its spacing. */
export function paragraphHeight(p: MeasuredParagraph): number {
  return p.before + p.lines.reduce((a, l) => a + l.height, 0) + p.border + p.after;
}

/**
 * Height of a cell's paragraphs in a column `width` twips wide (cell margins left and right), the spacing between
 * two paragraphs being the larger of the one's space after and the other's space before.
 */
export function cellHeight(paragraphs: readonly ParaSpec[], width: number): number {
  let height = 0;
  let trailing = 0;
  for (const spec of paragraphs) {
    const p = measureParagraph(spec, width - 2 * CELL_MARGIN);
    height += Math.max(0, p.before - trailing) + p.lines.reduce((a, l) => a + l.height, 0) + p.border + p.after;
    trailing = p.after;
  }
  return height;
}

/** Runs of a line as plain text (tests, search). */
export function lineText(line: Line): string {
  return line.runs.map((r) => r.text).join('');
}

