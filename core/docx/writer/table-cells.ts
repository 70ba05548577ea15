/**
 * The paragraphs of a data-table cell as specs: the cell's runs with their emphasis, header cells bold and
 * centred, the alignment as read, no first-line indent (the KhTableCell style has none). Pure.
 */
import type { CellParagraph, TableCell } from '../../model/plan-document';
import { SIZE } from './layout';
import { text, type RunSpec, type TextSpec } from './spec';
import { StyleId } from './style-defs';

// A cell that holds only a short number or label ("1", "12.", "IV", "a)") is the STT column: centred.
const ORDINAL = /^\s*(\d{1,3}[.)]?|[IVXLC]{1,6}\.?|[a-zđ]\))\s*$/u;

function align(p: CellParagraph, header: boolean, cellText: string): TextSpec['align'] {
  if (p.align) {
    return p.align;
  }
  return header || ORDINAL.test(cellText) ? 'center' : undefined;
}

/**
 * The specs of a cell's paragraphs at `size` half-points, in the cell style of that size (body 13 pt, appendix
 * 12 pt) so that runs carry no size of their own; an empty cell still has its one paragraph.
 */
export function cellSpecs(cell: TableCell, header: boolean, size: number): TextSpec[] {
  const paragraphs: readonly CellParagraph[] = cell.paragraphs.length > 0 ? cell.paragraphs : [{ runs: [] }];
  const cellText = paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n');
  const style = size === SIZE.appendixTableCell ? StyleId.APPENDIX_TABLE_CELL : StyleId.TABLE_CELL;
  const own = size !== SIZE.appendixTableCell && size !== SIZE.tableCell ? size : undefined;
  return paragraphs.map((p) => {
    const runs: RunSpec[] = p.runs
      .filter((run) => run.text !== '')
      .map((run) => ({ text: run.text, bold: header || run.bold === true, italic: run.italic === true, size: own }));
    const spec = text(style, runs);
    const aligned = align(p, header, cellText);
    return aligned ? { ...spec, align: aligned } : spec;
  });
}
