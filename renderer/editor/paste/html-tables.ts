/**
 * Pasted HTML (Word, LibreOffice, Excel, browsers, this editor) → pieces in order: lines of runs, and
 * tables kept as tables (header rows from <thead> or <th>, colspan / rowspan, bold and italic, column
 * widths when every cell of a row gives one). What cannot be kept — a table inside a cell — is said in
 * `notes` and its text kept in the cell.
 */
import type { CellParagraph, Run, TableBlock, TableCell, TableRow } from '@core/model';
import { makeRun, pushRun } from '@core/model';

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'TABLE', 'UL', 'OL', 'CAPTION']);
const SKIP_TAGS = new Set(['STYLE', 'SCRIPT', 'HEAD', 'TITLE', 'META', 'XML', 'TEMPLATE', 'COLGROUP']);

type Emphasis = { readonly bold: boolean; readonly italic: boolean };

/** A piece of a paste: one line of text, or a table. */
export type PastePiece = { readonly kind: 'line'; readonly runs: Run[] } | { readonly kind: 'table'; readonly table: TableBlock };

/** The pieces of a paste and what could not be kept as it was. */
export type ParsedPaste = { readonly pieces: PastePiece[]; readonly notes: PasteNote[] };

/** Things a paste could not keep as they were. */
export type PasteNote = 'nested-table';

function emphasisOf(element: Element, outer: Emphasis): Emphasis {
  const tag = element.tagName.toUpperCase();
  const style = (element.getAttribute('style') ?? '').toLowerCase();
  const weight = /font-weight\s*:\s*(bold|[6-9]00)/u.exec(style);
  const notBold = /font-weight\s*:\s*(normal|[1-5]00)/u.test(style);
  const bold = (outer.bold || tag === 'B' || tag === 'STRONG' || weight !== null) && !notBold;
  const italic = (outer.italic || tag === 'I' || tag === 'EM' || /font-style\s*:\s*italic/u.test(style)) && !/font-style\s*:\s*normal/u.test(style);
  return { bold, italic };
}

function trimLine(runs: readonly Run[]): Run[] {
  const out = runs.map((r) => ({ ...r, text: r.text.normalize('NFC') }));
  const first = out[0];
  if (first) {
    out[0] = { ...first, text: first.text.trimStart() };
  }
  const last = out[out.length - 1];
  if (last) {
    out[out.length - 1] = { ...last, text: last.text.trimEnd() };
  }
  return out.filter((r) => r.text !== '');
}

/** Collects lines of runs from a subtree; `onTable` takes tables met on the way (null: tables are text). */
function collectLines(start: Node, outer: Emphasis, onTable: ((table: Element, emphasis: Emphasis) => void) | null): Run[][] {
  const lines: Run[][] = [[]];
  const newLine = (): void => {
    if ((lines[lines.length - 1] ?? []).length > 0) {
      lines.push([]);
    }
  };
  const asText = onTable === null;
  const visit = (node: Node, emphasis: Emphasis): void => {
    if (node.nodeType === 3) {
      const text = (node.textContent ?? '').replace(/[\s\u00a0]+/gu, ' ');
      pushRun(lines[lines.length - 1] ?? [], makeRun(text, emphasis));
      return;
    }
    if (node.nodeType !== 1) {
      return;
    }
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) {
      return;
    }
    if (tag === 'TABLE' && onTable) {
      newLine();
      onTable(element, emphasis);
      lines.push([]);
      return;
    }
    if (tag === 'BR') {
      lines.push([]);
      return;
    }
    if ((tag === 'TD' || tag === 'TH') && asText && element.previousElementSibling) {
      // A table read as text: cells of a row on one line, separated as Word's "convert to text" does.
      pushRun(lines[lines.length - 1] ?? [], makeRun(' | '));
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      newLine();
    }
    const inner = emphasisOf(element, emphasis);
    element.childNodes.forEach((child) => visit(child, inner));
    if (block) {
      newLine();
    }
  };
  if (start.nodeType === 1) {
    const el = start as Element;
    const inner = emphasisOf(el, outer);
    el.childNodes.forEach((child) => visit(child, inner));
  } else {
    visit(start, outer);
  }
  return lines.map(trimLine).filter((runs) => runs.length > 0);
}

/** The rows of a table element (through thead / tbody / tfoot), with whether each is in a thead. */
function rowsOf(table: Element): { row: Element; head: boolean }[] {
  const out: { row: Element; head: boolean }[] = [];
  for (const child of Array.from(table.children)) {
    const tag = child.tagName.toUpperCase();
    if (tag === 'TR') {
      out.push({ row: child, head: false });
    } else if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') {
      for (const row of Array.from(child.children)) {
        if (row.tagName.toUpperCase() === 'TR') {
          out.push({ row, head: tag === 'THEAD' });
        }
      }
    }
  }
  return out;
}

function span(element: Element, name: string): number {
  const value = Number.parseInt(element.getAttribute(name) ?? '1', 10);
  return Number.isFinite(value) && value > 1 ? Math.min(value, 1000) : 1;
}

const UNIT_TWIPS: Readonly<Record<string, number>> = { pt: 20, px: 15, in: 1440, cm: 567, mm: 56.7 };

/** A cell's width in twips (style width, else the width attribute in px), or null. */
function widthOf(cell: Element): number | null {
  const style = /(?:^|;)\s*width\s*:\s*([\d.]+)\s*(pt|px|in|cm|mm)/iu.exec(cell.getAttribute('style') ?? '');
  if (style) {
    return Math.round(Number(style[1]) * (UNIT_TWIPS[(style[2] ?? 'pt').toLowerCase()] ?? 20));
  }
  const attr = /^\s*([\d.]+)\s*(px)?\s*$/u.exec(cell.getAttribute('width') ?? '');
  return attr ? Math.round(Number(attr[1]) * 15) : null;
}

function allBold(cell: TableCell): boolean {
  const runs = cell.paragraphs.flatMap((p) => p.runs).filter((r) => r.text.trim() !== '');
  return runs.length > 0 && runs.every((r) => r.bold === true);
}

/** Parses a <table> element into a table block; null when it has no cells. */
function tableOf(element: Element, outer: Emphasis, notes: Set<PasteNote>, id: string): TableBlock | null {
  const rows: TableRow[] = [];
  let theadRows = 0;
  let thRows = 0;
  let leadingTh = true;
  let widths: number[] = [];
  const nestedLines: Run[][] = [];
  for (const { row, head } of rowsOf(element)) {
    const cellEls = Array.from(row.children).filter((c) => ['TD', 'TH'].includes(c.tagName.toUpperCase()));
    if (cellEls.length === 0) {
      continue;
    }
    const cells: TableCell[] = cellEls.map((cellEl) => {
      const lines = collectLines(cellEl, outer, (nested, emphasis) => {
        notes.add('nested-table');
        for (const line of collectLines(nested, emphasis, null)) {
          nestedLines.push(line);
        }
      });
      const paragraphs: CellParagraph[] = (lines.length > 0 ? lines : [[]]).map((runs) => ({ runs }));
      if (nestedLines.length > 0) {
        paragraphs.push(...nestedLines.splice(0).map((runs) => ({ runs })));
      }
      const colSpan = span(cellEl, 'colspan');
      const rowSpan = span(cellEl, 'rowspan');
      return { paragraphs, ...(colSpan > 1 ? { colSpan } : {}), ...(rowSpan > 1 ? { rowSpan } : {}) };
    });
    if (widths.length === 0 && cellEls.every((c) => span(c, 'colspan') === 1)) {
      const read = cellEls.map(widthOf);
      if (read.every((w): w is number => w !== null && w > 0)) {
        widths = read;
      }
    }
    if (head && rows.length === theadRows) {
      theadRows += 1;
    }
    if (leadingTh && cellEls.every((c) => c.tagName.toUpperCase() === 'TH')) {
      thRows += 1;
    } else {
      leadingTh = false;
    }
    rows.push({ cells });
  }
  if (rows.length === 0) {
    return null;
  }
  let headerRows = Math.max(theadRows, thRows);
  const [first, second] = rows;
  if (headerRows === 0 && first && second && first.cells.every(allBold) && !second.cells.every(allBold)) {
    // Word marks a header row by its look only (bold), unless "Repeat as header row" gave a <thead>.
    headerRows = 1;
  }
  return { kind: 'table', id, rows, headerRows: Math.min(headerRows, rows.length), columnWidths: widths };
}

/** The pieces of an HTML fragment in document order; `newId` names each table found. */
export function htmlPieces(html: string, parser: DOMParser, newId: () => string): ParsedPaste {
  const doc = parser.parseFromString(html, 'text/html');
  const notes = new Set<PasteNote>();
  const pieces: PastePiece[] = [];
  collectLinesWithTables(
    doc.body,
    (table, emphasis) => {
      const parsed = tableOf(table, emphasis, notes, newId());
      if (parsed) {
        pieces.push({ kind: 'table', table: parsed });
      }
    },
    (runs) => pieces.push({ kind: 'line', runs }),
  );
  return { pieces, notes: [...notes] };
}

/** Like collectLines, but each finished line is handed to `onLine` as it ends, so tables keep their place. */
function collectLinesWithTables(body: Element, onTable: (table: Element, emphasis: Emphasis) => void, onLine: (runs: Run[]) => void): void {
  let current: Run[] = [];
  const end = (): void => {
    const runs = trimLine(current);
    if (runs.length > 0) {
      onLine(runs);
    }
    current = [];
  };
  const visit = (node: Node, emphasis: Emphasis): void => {
    if (node.nodeType === 3) {
      pushRun(current, makeRun((node.textContent ?? '').replace(/[\s\u00a0]+/gu, ' '), emphasis));
      return;
    }
    if (node.nodeType !== 1) {
      return;
    }
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) {
      return;
    }
    if (tag === 'TABLE') {
      end();
      onTable(element, emphasis);
      return;
    }
    if (tag === 'BR') {
      end();
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      end();
    }
    const inner = emphasisOf(element, emphasis);
    element.childNodes.forEach((child) => visit(child, inner));
    if (block) {
      end();
    }
  };
  visit(body, { bold: false, italic: false });
  end();
}

/** The lines of an HTML fragment, whitespace collapsed as a browser shows it; a table's rows are lines with " | " between cells. */
export function htmlLines(html: string, parser: DOMParser): Run[][] {
  const doc = parser.parseFromString(html, 'text/html');
  return collectLines(doc.body, { bold: false, italic: false }, null);
}
