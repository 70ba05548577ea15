/**
 * Walking a story (w:body, w:hdr, w:ftr) in reading order, in two steps: every paragraph is read in
 * document order (so list counters count as Word does), then placed. Layout tables (letterhead,
 * Kính gửi, signer + Nơi nhận) are placed column by column, their cells 'left'/'right'; data tables
 * are read whole (DataTableFacts) and their paragraphs marked dataTable; w:sdt, w:customXml and text
 * boxes are opened; section breaks (w:sectPr) are collected in order and each paragraph knows its
 * section and whether a page starts before it. ECMA-376 Part 1, §17.2, §17.4 and §17.6.
 */
import type { DataTableFacts, ParagraphFacts, RunFacts } from '../../model/formatting';
import type { CellParagraph, Run, TableBlock, TableCell } from '../../model/plan-document';
import { readParagraph, type ReadParagraph, type StoryContext } from './paragraph-reader';
import { readPage, startsPage } from './sections';
import { tableStyleValue } from './styles';
import { isHeaderRow, isLayoutTable, isOrderColumnName, type RawCell } from './table-kind';
import { attr, child, childrenNamed, elements, numAttr, type XmlElement, type XmlNode } from './xml';

/** Everything a story yields. */
export type StoryFacts = {
  readonly paragraphs: ParagraphFacts[];
  readonly sections: XmlElement[];
  readonly drawnLines: number;
  readonly pageFieldRun: RunFacts | null;
  readonly hasPageField: boolean;
  /** Index of the first paragraph holding a PAGE field, or null. */
  readonly pageFieldParagraph: number | null;
  readonly dataTables: DataTableFacts[];
};

type ParaItem = { readonly kind: 'p'; readonly read: ReadParagraph; readonly sect: XmlElement | null; readonly boxes: readonly Item[] };
type CellItem = { readonly items: readonly Item[]; readonly col: number; readonly span: number; readonly merge: 'restart' | 'continue' | null };
type RowItem = { readonly cells: readonly CellItem[]; readonly header: boolean };
type TableItem = { readonly kind: 'table'; readonly rows: readonly RowItem[]; readonly widths: readonly number[]; readonly position: TablePosition };
/** Where a table stands between the margins, as its w:tblPr writes it (ParagraphFacts tableIndentTw, tableAlign). */
type TablePosition = { readonly indentTw?: number; readonly align?: 'center' | 'right' };
type Item = ParaItem | TableItem | { readonly kind: 'sect'; readonly el: XmlElement };

type Acc = {
  paragraphs: ParagraphFacts[];
  sections: XmlElement[];
  drawnLines: number;
  pageFieldRun: RunFacts | null;
  hasPageField: boolean;
  pageFieldParagraph: number | null;
  tables: number;
  dataTables: DataTableFacts[];
  /** The last paragraph placed ended with a page break. */
  pendingBreak: boolean;
};

/** Where placed paragraphs go. */
type Place = {
  readonly container: 'body' | 'table';
  readonly cell: 'left' | 'right' | null;
  readonly table: number | null;
  readonly data: boolean;
  /** The data-table cell collecting the paragraphs, when inside one. */
  readonly sink: ParagraphFacts[] | null;
  /** Width of the layout-table cell (twips, from the table grid), when the grid gives it. */
  readonly cellWidthTw?: number;
  /** The outermost layout table's position and grid width, for its paragraphs' facts. */
  readonly tableIndentTw?: number;
  readonly tableAlign?: 'center' | 'right';
  readonly tableWidthTw?: number;
  readonly layoutCell?: ParagraphFacts['layoutCell'];
};

const BODY: Place = { container: 'body', cell: null, table: null, data: false, sink: null };
/** Paragraphs are read before they are placed: where they sit is set when they are placed. */
const NO_PLACE = { container: 'body', cell: null, table: null } as const;

/** Reads a story's block content. */
export function readStory(root: XmlElement, ctx: StoryContext): StoryFacts {
  const acc: Acc = {
    paragraphs: [], sections: [], drawnLines: 0, pageFieldRun: null, hasPageField: false, pageFieldParagraph: null, tables: 0, dataTables: [], pendingBreak: false,
  };
  placeItems(collect(root, ctx, 0), acc, BODY);
  markSectionStarts(acc);
  return acc;
}

// Nesting deeper than this (hostile files) is read as nothing more.
const MAX_DEPTH = 64;
// Word allows 63 columns; a larger w:gridSpan or w:gridBefore (hostile files) is cut here.
const MAX_SPAN = 64;

function collect(el: XmlElement, ctx: StoryContext, depth: number): Item[] {
  const out: Item[] = [];
  if (depth > MAX_DEPTH) {
    return out;
  }
  for (const c of joinDeletedMarks(elements(el))) {
    switch (c.name) {
      case 'w:p': {
        const read = readParagraph(c, ctx, NO_PLACE);
        const boxes = read.textBoxes.flatMap((box) => collect(box, ctx, depth + 1));
        out.push({ kind: 'p', read, sect: child(child(c, 'w:pPr'), 'w:sectPr'), boxes });
        break;
      }
      case 'w:tbl':
        out.push(collectTable(c, ctx, depth + 1));
        break;
      case 'w:sectPr':
        out.push({ kind: 'sect', el: c });
        break;
      case 'w:sdt':
        out.push(...collect(child(c, 'w:sdtContent') ?? c, ctx, depth + 1));
        break;
      case 'w:customXml':
      case 'w:ins':
      case 'w:moveTo':
        out.push(...collect(c, ctx, depth + 1));
        break;
      default:
        break;
    }
  }
  return out;
}

/**
 * A paragraph whose mark is deleted under tracked changes (w:pPr/w:rPr/w:del or w:moveFrom, ECMA-376 Part 1,
 * §17.13.5.15) is, accepted, one paragraph with the next: its runs join the next paragraph's, which keeps its
 * own properties (the surviving mark). A deleted mark before anything but a paragraph is read as written.
 */
export function joinDeletedMarks(items: readonly XmlElement[]): XmlElement[] {
  const out: XmlElement[] = [];
  let pending: XmlElement[] = [];
  for (const c of items) {
    if (c.name !== 'w:p') {
      out.push(...pending, c);
      pending = [];
    } else if (markDeleted(c)) {
      pending.push(c);
    } else if (pending.length > 0) {
      const inline = (p: XmlElement): XmlNode[] => p.children.filter((n) => n.name !== 'w:pPr');
      const pPr = child(c, 'w:pPr');
      // Built field by field: an element's attributes are a getter (xml-scan.ts parses them on first read), which a spread drops.
      out.push({ name: c.name, attrs: c.attrs, children: [...(pPr ? [pPr] : []), ...pending.flatMap(inline), ...inline(c)] });
      pending = [];
    } else {
      out.push(c);
    }
  }
  out.push(...pending);
  return out;
}

function markDeleted(p: XmlElement): boolean {
  const pPr = child(p, 'w:pPr');
  const mark = child(pPr, 'w:rPr');
  // A section break ends with its paragraph: that mark stays.
  return (child(mark, 'w:del') !== null || child(mark, 'w:moveFrom') !== null) && child(pPr, 'w:sectPr') === null;
}

function collectTable(tbl: XmlElement, ctx: StoryContext, depth: number): TableItem {
  const widths = childrenNamed(child(tbl, 'w:tblGrid'), 'w:gridCol').map((g) => Math.max(0, numAttr(g, 'w:w') ?? 0));
  const rows = rowsOf(tbl).map((tr): RowItem => {
    let col = Math.min(Math.max(0, Math.trunc(numAttr(child(child(tr, 'w:trPr'), 'w:gridBefore'), 'w:val') ?? 0)), MAX_SPAN);
    const cells = cellsOf(tr).map((tc): CellItem => {
      const tcPr = child(tc, 'w:tcPr');
      const span = Math.min(Math.max(1, Math.trunc(numAttr(child(tcPr, 'w:gridSpan'), 'w:val') ?? 1)), MAX_SPAN);
      const vMerge = child(tcPr, 'w:vMerge');
      const merge = vMerge === null ? null : attr(vMerge, 'w:val') === 'restart' ? 'restart' : 'continue';
      const cell = { items: collect(tc, ctx, depth + 1), col, span, merge } as const;
      col += span;
      return cell;
    });
    return { cells, header: isHeaderRow(tr) };
  });
  return { kind: 'table', rows, widths: widths.some((w) => w > 0) ? widths : [], position: tablePosition(child(tbl, 'w:tblPr'), ctx) };
}

/** Word lets a table stand off the margins: written in twips (w:type dxa, or none) or not at all. */
function twips(el: XmlElement | null): number | undefined {
  const type = attr(el, 'w:type');
  const w = numAttr(el, 'w:w');
  return w === null || (type !== null && type !== 'dxa') ? undefined : w;
}

/** Word's left cell margin when neither the table nor its style writes one (Normal Table's 0.075 in). */
const DEFAULT_CELL_LEFT_TW = 108;

/** The table's left cell margin (w:tblCellMar w:left, or w:start), its own or its style's, in twips. */
function cellLeftTw(tblPr: XmlElement | null, ctx: StoryContext): number {
  const pick = (pr: XmlElement): number | undefined => {
    const mar = child(pr, 'w:tblCellMar');
    return twips(child(mar, 'w:left') ?? child(mar, 'w:start'));
  };
  const own = tblPr ? pick(tblPr) : undefined;
  return own ?? tableStyleValue(ctx.sheet, attr(child(tblPr, 'w:tblStyle'), 'w:val'), pick) ?? DEFAULT_CELL_LEFT_TW;
}

/**
 * A table's place (ECMA-376 Part 1, §17.4.51, §17.4.28, §17.4.57): a floating table (w:tblpPr) by its w:tblpXSpec
 * or its w:tblpX from the margin (from the page edge, unknown here, is left out); else a w:jc of center or right
 * (which sets w:tblInd aside); else w:tblInd (the table's own, else its style's; none is 0). The indent is given as
 * where the table's left border stands: Word 2013 and later (compatibilityMode 15) measure w:tblInd and w:tblpX to
 * the border, older modes to the first cell's text, the border one left cell margin further left (as LibreOffice
 * lays such files out: corpus 111's w:tblInd -34 puts its border 142 twips into the margin).
 */
function tablePosition(tblPr: XmlElement | null, ctx: StoryContext): TablePosition {
  const toText = (ctx.compatibilityMode ?? 15) < 15;
  const border = (indent: number): TablePosition => ({ indentTw: toText ? indent - cellLeftTw(tblPr, ctx) : indent });
  const floating = child(tblPr, 'w:tblpPr');
  if (floating !== null) {
    const spec = attr(floating, 'w:tblpXSpec');
    if (spec === 'center' || spec === 'right') {
      return { align: spec };
    }
    return spec === null && attr(floating, 'w:horzAnchor') !== 'page' ? border(numAttr(floating, 'w:tblpX') ?? 0) : {};
  }
  const jc = attr(child(tblPr, 'w:jc'), 'w:val');
  if (jc === 'center' || jc === 'right' || jc === 'end') {
    return { align: jc === 'center' ? 'center' : 'right' };
  }
  const ind = (pr: XmlElement): number | undefined => twips(child(pr, 'w:tblInd'));
  return border((tblPr ? ind(tblPr) : undefined) ?? tableStyleValue(ctx.sheet, attr(child(tblPr, 'w:tblStyle'), 'w:val'), ind) ?? 0);
}

function placeItems(items: readonly Item[], acc: Acc, place: Place): void {
  for (const item of items) {
    if (item.kind === 'p') {
      addParagraph(item, acc, place);
    } else if (item.kind === 'sect') {
      acc.sections.push(item.el);
    } else if (place.sink !== null) {
      // A table inside a data cell: its text joins the cell's paragraphs.
      item.rows.forEach((row) => row.cells.forEach((cell) => placeItems(cell.items, acc, place)));
    } else if (isLayoutTable(item.rows.map((row) => ({ cells: row.cells.map(rawOf), header: row.header })))) {
      placeLayout(item, acc, place);
    } else {
      placeData(item, acc, place);
    }
  }
}

function addParagraph(item: ParaItem, acc: Acc, place: Place): void {
  const { read } = item;
  const breakBefore = acc.pendingBreak || read.facts.pageBreakBefore === true;
  const { pageBreakBefore: _written, ...rest } = read.facts;
  const facts: ParagraphFacts = {
    index: acc.paragraphs.length,
    ...rest,
    container: place.container,
    cell: place.cell,
    table: place.table,
    section: acc.sections.length,
    ...(place.data ? { dataTable: true } : {}),
    ...(breakBefore ? { pageBreakBefore: true } : {}),
    ...(place.cellWidthTw === undefined ? {} : { cellWidthTw: place.cellWidthTw }),
    ...(place.tableIndentTw === undefined ? {} : { tableIndentTw: place.tableIndentTw }),
    ...(place.tableAlign === undefined ? {} : { tableAlign: place.tableAlign }),
    ...(place.tableWidthTw === undefined ? {} : { tableWidthTw: place.tableWidthTw }),
    ...(place.layoutCell === undefined ? {} : { layoutCell: place.layoutCell }),
  };
  acc.pendingBreak = read.pageBreakAfter;
  acc.paragraphs.push(facts);
  acc.drawnLines += facts.drawnLines ?? 0;
  if (read.pageFieldRun !== null) {
    acc.hasPageField = true;
    acc.pageFieldParagraph = acc.pageFieldParagraph ?? facts.index;
    acc.pageFieldRun = acc.pageFieldRun ?? read.pageFieldRun;
  }
  place.sink?.push(facts);
  if (item.sect) {
    acc.sections.push(item.sect);
  }
  placeItems(item.boxes, acc, place);
}

/** The first paragraph of a section that starts a page (w:type nextPage, oddPage, evenPage) starts one. */
function markSectionStarts(acc: Acc): void {
  if (acc.sections.length < 2) {
    return;
  }
  const starts = acc.sections.map((s) => startsPage(readPage(s)));
  for (let i = 1; i < acc.paragraphs.length; i += 1) {
    const p = acc.paragraphs[i];
    const prev = acc.paragraphs[i - 1];
    if (p && prev && (p.section ?? 0) > (prev.section ?? 0) && starts[p.section ?? 0] === true && !p.pageBreakBefore) {
      acc.paragraphs[i] = { ...p, pageBreakBefore: true };
    }
  }
}

function rawOf(cell: CellItem): RawCell {
  const lines: string[] = [];
  const own: string[] = [];
  const walk = (items: readonly Item[], nested: boolean): void => {
    for (const item of items) {
      if (item.kind === 'p') {
        const text = item.read.facts.text.split('\n');
        lines.push(...text);
        if (!nested) {
          own.push(...text);
        }
        walk(item.boxes, nested);
      } else if (item.kind === 'table') {
        item.rows.forEach((row) => row.cells.forEach((c) => walk(c.items, true)));
      }
    }
  };
  walk(cell.items, false);
  return { lines, own };
}

/**
 * A layout table is read in bands: rows of several cells column by column (the left cell, agency and
 * Số or Nơi nhận, before the right one, Quốc hiệu and date or the signer, as on paper); a row of one
 * cell on its own. A cell left of the middle is 'left', any other 'right'.
 */
function placeLayout(t: TableItem, acc: Acc, outer: Place): void {
  const table = outer.table ?? acc.tables++;
  const columns = Math.max(1, ...t.rows.map((r) => r.cells.reduce((end, c) => Math.max(end, c.col + c.span), 0)));
  // Grid widths when the grid covers every column; else equal columns.
  const widths = t.widths.length >= columns ? t.widths : null;
  const sum = (from: number, to: number): number => (widths ? widths.slice(from, to).reduce((a, b) => a + b, 0) : to - from);
  const total = sum(0, columns) || 1;
  const sideOf = (cell: CellItem): 'left' | 'right' => (sum(0, cell.col) + sum(cell.col, cell.col + cell.span) / 2 < total / 2 ? 'left' : 'right');
  // A nested table stands where its outer table puts it: the outermost table's position is the one drawn.
  const position =
    outer.table === null
      ? {
          ...(t.position.indentTw === undefined ? {} : { tableIndentTw: t.position.indentTw }),
          ...(t.position.align === undefined ? {} : { tableAlign: t.position.align }),
          ...(widths ? { tableWidthTw: total } : {}),
        }
      : {
          ...(outer.tableIndentTw === undefined ? {} : { tableIndentTw: outer.tableIndentTw }),
          ...(outer.tableAlign === undefined ? {} : { tableAlign: outer.tableAlign }),
          ...(outer.tableWidthTw === undefined ? {} : { tableWidthTw: outer.tableWidthTw }),
          ...(outer.layoutCell === undefined ? {} : { layoutCell: outer.layoutCell }),
        };
  const spans = verticalMerges(t).spans;
  const cellOf = (cell: CellItem, row: number): { layoutCell: NonNullable<ParagraphFacts['layoutCell']> } | Record<string, never> =>
    outer.table === null && widths ? { layoutCell: { row, rowSpan: spans.get(cell) ?? 1, leftTw: sum(0, cell.col), widthTw: sum(cell.col, cell.col + cell.span) } } : {};
  const place = (cell: CellItem, side: 'left' | 'right' | null, row: number): void =>
    placeItems(cell.items, acc, {
      container: 'table',
      cell: outer.cell ?? side,
      table,
      data: false,
      sink: null,
      ...(widths ? { cellWidthTw: sum(cell.col, cell.col + cell.span) } : outer.cellWidthTw === undefined ? {} : { cellWidthTw: outer.cellWidthTw }),
      ...position,
      ...cellOf(cell, row),
    });
  let band: { cell: CellItem; row: number }[] = [];
  const flush = (): void => {
    band.sort((a, b) => a.cell.col - b.cell.col || a.row - b.row).forEach(({ cell, row }) => place(cell, sideOf(cell), row));
    band = [];
  };
  t.rows.forEach((row, r) => {
    if (row.cells.length <= 1) {
      flush();
      row.cells.forEach((cell) => place(cell, null, r));
    } else {
      band.push(...row.cells.map((cell) => ({ cell, row: r })));
    }
  });
  flush();
}

/**
 * Vertical merges (w:vMerge restart, then continue in the same columns): the rows each merge's first cell spans,
 * and the cells the merges cover.
 */
function verticalMerges(t: TableItem): { readonly spans: Map<CellItem, number>; readonly covered: Set<CellItem> } {
  const spans = new Map<CellItem, number>();
  const covered = new Set<CellItem>();
  let open = new Map<number, CellItem>();
  for (const row of t.rows) {
    const next = new Map<number, CellItem>();
    for (const cell of row.cells) {
      const owner = cell.merge === 'continue' ? open.get(cell.col) : undefined;
      if (owner && owner.span === cell.span) {
        spans.set(owner, (spans.get(owner) ?? 1) + 1);
        covered.add(cell);
        next.set(cell.col, owner);
      } else if (cell.merge !== null) {
        next.set(cell.col, cell);
      }
    }
    open = next;
  }
  return { spans, covered };
}

function placeData(t: TableItem, acc: Acc, outer: Place): void {
  const table = acc.tables++;
  const firstParagraph = acc.paragraphs.length;
  const read = new Map<CellItem, ParagraphFacts[]>();
  // A data table in the body stands where its w:tblPr puts it, as a layout table does; one inside a layout
  // table's cell stands in that cell (its paragraphs keep the outer table's place).
  const total = t.widths.reduce((a, b) => a + b, 0);
  const position =
    outer.table === null
      ? {
          ...(t.position.indentTw === undefined ? {} : { tableIndentTw: t.position.indentTw }),
          ...(t.position.align === undefined ? {} : { tableAlign: t.position.align }),
          ...(total > 0 ? { tableWidthTw: total } : {}),
        }
      : {};
  for (const row of t.rows) {
    for (const cell of row.cells) {
      const sink: ParagraphFacts[] = [];
      placeItems(cell.items, acc, { container: 'table', cell: null, table, data: true, sink, ...position });
      read.set(cell, sink);
    }
  }
  acc.dataTables.push({ table, firstParagraph, endParagraph: acc.paragraphs.length, block: tableBlock(t, read, table) });
}

/** Rows of cells as in HTML: a vertical merge's first cell carries rowSpan, the cells it covers are left out. */
function tableBlock(t: TableItem, read: ReadonlyMap<CellItem, ParagraphFacts[]>, table: number): TableBlock {
  const { spans: rowSpans, covered } = verticalMerges(t);
  const rows = t.rows.map((row) => ({
    cells: row.cells
      .filter((cell) => !covered.has(cell))
      .map((cell): TableCell => {
        const rowSpan = rowSpans.get(cell) ?? 1;
        return {
          paragraphs: cellParagraphs(read.get(cell) ?? []),
          ...(cell.span > 1 ? { colSpan: cell.span } : {}),
          ...(rowSpan > 1 ? { rowSpan } : {}),
        };
      }),
  }));
  return { kind: 'table', id: `table-${table + 1}`, rows, headerRows: headerRows(t, rows, rowSpans), columnWidths: t.widths };
}

/** Header rows: those Word repeats (w:tblHeader), else a first row of column names; widened to cover their vertical merges. */
function headerRows(t: TableItem, rows: TableBlock['rows'], rowSpans: ReadonlyMap<CellItem, number>): number {
  let count = 0;
  while (count < t.rows.length && t.rows[count]?.header === true) {
    count += 1;
  }
  if (count === 0 && rows.length > 1 && namesColumns(rows[0]?.cells ?? [])) {
    count = 1;
  } else if (count === 0 && rows.length > 2 && rows[0]?.cells.length === 1 && namesColumns(rows[1]?.cells ?? [])) {
    // A title row across the table ("Biểu mẫu 1 …") above the column names.
    count = 2;
  }
  for (let r = 0; r < count && r < t.rows.length; r += 1) {
    for (const cell of t.rows[r]?.cells ?? []) {
      count = Math.max(count, r + (rowSpans.get(cell) ?? 1));
    }
  }
  return Math.min(count, rows.length);
}

function namesColumns(cells: readonly TableCell[]): boolean {
  const texts = cells.map((c) => c.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' ').trim());
  if (texts.some((t) => isOrderColumnName(t))) {
    return true;
  }
  const filled = cells.filter((_c, i) => texts[i] !== '');
  return filled.length >= 2 && filled.every((c) => c.paragraphs.every((p) => p.runs.every((r) => r.bold === true || r.text.trim() === '')));
}

const ALIGN: Readonly<Record<string, CellParagraph['align']>> = {
  left: 'left', start: 'left', center: 'center', right: 'right', end: 'right', both: 'justify', distribute: 'justify',
};

/** A cell's paragraphs (soft breaks start new ones), trimmed; empty ones at either end dropped, at least one kept. */
function cellParagraphs(paragraphs: readonly ParagraphFacts[]): CellParagraph[] {
  const out: CellParagraph[] = [];
  for (const p of paragraphs) {
    const align = p.alignment === null ? undefined : ALIGN[p.alignment];
    for (const runs of splitRuns(p.runs)) {
      out.push({ runs: trimRuns(runs), ...(align ? { align } : {}) });
    }
  }
  while (out.length > 1 && out[0]?.runs.length === 0) {
    out.shift();
  }
  while (out.length > 1 && out[out.length - 1]?.runs.length === 0) {
    out.pop();
  }
  return out.length > 0 ? out : [{ runs: [] }];
}

function toRun(text: string, r: RunFacts): Run {
  return { text, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italic: true } : {}) };
}

function splitRuns(runs: readonly RunFacts[]): Run[][] {
  const lines: Run[][] = [[]];
  for (const r of runs) {
    r.text.split('\n').forEach((piece, i) => {
      if (i > 0) {
        lines.push([]);
      }
      if (piece !== '') {
        lines[lines.length - 1]?.push(toRun(piece, r));
      }
    });
  }
  return lines;
}

function trimRuns(runs: readonly Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  while (out.length > 0 && (out[0]?.text.trimStart() ?? '') === '') {
    out.shift();
  }
  while (out.length > 0 && (out[out.length - 1]?.text.trimEnd() ?? '') === '') {
    out.pop();
  }
  const first = out[0];
  if (first) {
    out[0] = { ...first, text: first.text.trimStart() };
  }
  const last = out[out.length - 1];
  if (last) {
    out[out.length - 1] = { ...last, text: last.text.trimEnd() };
  }
  return out;
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
