/**
 * Walking a story (w:body, w:hdr, w:ftr) in reading order: paragraphs; tables (a two-column layout
 * table's cells are 'left'/'right', data tables carry no side); w:sdt, w:customXml and text boxes
 * opened; section breaks (w:sectPr) collected in order. ECMA-376 Part 1, §17.2 and §17.4.
 */
import type { ParagraphFacts, RunFacts } from '../../model/formatting';
import { readParagraph, type Placement, type StoryContext } from './paragraph-reader';
import { child, childrenNamed, elements, type XmlElement } from './xml';

/** Everything a story yields. */
export type StoryFacts = {
  readonly paragraphs: ParagraphFacts[];
  readonly sections: XmlElement[];
  readonly drawnLines: number;
  readonly pageFieldRun: RunFacts | null;
  readonly hasPageField: boolean;
  /** Index of the first paragraph holding a PAGE field, or null. */
  readonly pageFieldParagraph: number | null;
};

type Acc = {
  paragraphs: ParagraphFacts[];
  sections: XmlElement[];
  drawnLines: number;
  pageFieldRun: RunFacts | null;
  hasPageField: boolean;
  pageFieldParagraph: number | null;
  tables: number;
};

/** Reads a story's block content. */
export function readStory(root: XmlElement, ctx: StoryContext): StoryFacts {
  const acc: Acc = { paragraphs: [], sections: [], drawnLines: 0, pageFieldRun: null, hasPageField: false, pageFieldParagraph: null, tables: 0 };
  walkBlocks(root, ctx, acc, { container: 'body', cell: null, table: null });
  return acc;
}

function walkBlocks(el: XmlElement, ctx: StoryContext, acc: Acc, place: Placement): void {
  for (const c of elements(el)) {
    switch (c.name) {
      case 'w:p':
        addParagraph(c, ctx, acc, place);
        break;
      case 'w:tbl':
        walkTable(c, ctx, acc, place);
        break;
      case 'w:sectPr':
        acc.sections.push(c);
        break;
      case 'w:sdt':
        walkBlocks(child(c, 'w:sdtContent') ?? c, ctx, acc, place);
        break;
      case 'w:customXml':
      case 'w:ins':
      case 'w:moveTo':
        walkBlocks(c, ctx, acc, place);
        break;
      default:
        break;
    }
  }
}

function addParagraph(p: XmlElement, ctx: StoryContext, acc: Acc, place: Placement): void {
  const read = readParagraph(p, ctx, place);
  acc.paragraphs.push({ index: acc.paragraphs.length, ...read.facts });
  acc.drawnLines += read.facts.drawnLines ?? 0;
  if (read.pageFieldRun !== null) {
    acc.hasPageField = true;
    acc.pageFieldParagraph = acc.pageFieldParagraph ?? acc.paragraphs.length - 1;
    acc.pageFieldRun = acc.pageFieldRun ?? read.pageFieldRun;
  }
  const sect = child(child(p, 'w:pPr'), 'w:sectPr');
  if (sect) {
    acc.sections.push(sect);
  }
  for (const box of read.textBoxes) {
    walkBlocks(box, ctx, acc, place);
  }
}

/**
 * A small two-column table (letterhead, signer block: at most 3 rows) is read column by column, so
 * its left cell (agency, Số; Nơi nhận) comes before its right cell (Quốc hiệu, date; signer) as on
 * paper; any other table is read row by row.
 */
function walkTable(tbl: XmlElement, ctx: StoryContext, acc: Acc, outer: Placement): void {
  const table = outer.table ?? acc.tables++;
  const grid = rowsOf(tbl).map(cellsOf);
  const layout = grid.length <= 3 && grid.every((cells) => cells.length === 2);
  const ordered = layout ? [0, 1].flatMap((col) => grid.map((cells) => ({ cell: cells[col], i: col, n: 2 }))) : grid.flatMap((cells) => cells.map((cell, i) => ({ cell, i, n: cells.length })));
  for (const { cell, i, n } of ordered) {
    if (cell) {
      // Only a layout table has a left and a right side; a data table's cells are plain content.
      const side = outer.cell ?? (!layout || n < 2 ? null : i === 0 ? 'left' : 'right');
      walkBlocks(cell, ctx, acc, { container: 'table', cell: side, table });
    }
  }
}

function rowsOf(tbl: XmlElement): XmlElement[] {
  const rows: XmlElement[] = [];
  for (const c of elements(tbl)) {
    if (c.name === 'w:tr') {
      rows.push(c);
    } else if (c.name === 'w:sdt' || c.name === 'w:customXml') {
      rows.push(...childrenNamed(child(c, 'w:sdtContent') ?? c, 'w:tr'));
    }
  }
  return rows;
}

function cellsOf(row: XmlElement): XmlElement[] {
  const cells: XmlElement[] = [];
  for (const c of elements(row)) {
    if (c.name === 'w:tc') {
      cells.push(c);
    } else if (c.name === 'w:sdt' || c.name === 'w:customXml') {
      cells.push(...childrenNamed(child(c, 'w:sdtContent') ?? c, 'w:tc'));
    }
  }
  return cells;
}
