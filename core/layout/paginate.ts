/**
 * Pages of an export: the writer's layout description (describeDocument) measured with Liberation Serif /
 * Times New Roman metrics and broken into A4 pages as LibreOffice and Word break them: paragraphs split
 * between lines, keep-with-next chains moved whole, table rows that may not split moved whole with the
 * header rows repeated, each section (appendix) on new pages with its own numbering, page 1 of each
 * section without a number. Pure; the page view, the print preview and the layout rules read it.
 */
import { describeDocument, type DocumentLayout, type LayoutItem, type SectionLayout } from '../docx/writer/describe';
import type { PageGeometry } from '../docx/writer/layout';
import type { GridSpec, RuleSpec, TableSpec, TextSpec } from '../docx/writer/spec';
import { StyleId } from '../docx/writer/style-defs';
import { cellSpecs } from '../docx/writer/table-cells';
import { tableGeometry, type TableGeometry } from '../docx/writer/table-geometry';
import { cellWidth } from '../docx/writer/table-grid';
import type { PlanDocument } from '../model/plan-document';
import { cellHeight, measureParagraph, type Line, type MeasuredParagraph } from './measure';

/** Part of a paragraph on one page: lines from `from` (inclusive) to `to` (exclusive). */
export type TextFragment = {
  readonly kind: 'text';
  readonly item: number;
  readonly spec: TextSpec | RuleSpec;
  readonly top: number;
  readonly height: number;
  readonly para: MeasuredParagraph;
  readonly lines: readonly Line[];
  /** Space above the first line on this page (0 when the paragraph continues from the page before). */
  readonly before: number;
  readonly first: boolean;
  readonly last: boolean;
};

/** Rows of a data table on one page; repeated header rows come first. */
export type RowsFragment = {
  readonly kind: 'rows';
  readonly item: number;
  readonly spec: TableSpec;
  readonly geometry: TableGeometry;
  readonly top: number;
  readonly height: number;
  readonly rows: readonly number[];
  readonly heights: readonly number[];
  /** Per row shown: how much of it earlier pages showed (a row split over pages); 0 for a whole row. */
  readonly offsets: readonly number[];
  /** Per row shown: true when only a part of the row is on this page. */
  readonly cut: readonly boolean[];
  /** Space above the table (the paragraph after a table carries the 6 pt; a table has none). */
  readonly before: number;
};

/** A letterhead or signer table on one page. */
export type GridFragment = {
  readonly kind: 'grid';
  readonly item: number;
  readonly spec: GridSpec;
  readonly top: number;
  readonly height: number;
  readonly heights: readonly number[];
};

export type Fragment = TextFragment | RowsFragment | GridFragment;

/** One printed page. */
export type LayoutPage = {
  /** 0 = the main section; 1… the appendices in order. */
  readonly section: number;
  readonly appendix: number | null;
  readonly page: PageGeometry;
  /** The number printed in the header (page numbers restart at 1 in each appendix). */
  readonly number: number;
  /** Page 1 of a section prints no number (w:titlePg). */
  readonly showsNumber: boolean;
  readonly fragments: readonly Fragment[];
  /** Height used by the fragments (twips from the top margin). */
  readonly used: number;
};

export type Pagination = {
  readonly layout: DocumentLayout;
  readonly pages: readonly LayoutPage[];
};

/** Table borders: 1/2 pt lines (w:sz="4") between rows and around the table. */
const BORDER = 10;

/**
 * Widow and orphan lines: LibreOffice keeps at least two lines of a paragraph at the foot and at the head of a
 * page when it opens the export (its default paragraph settings; the writer sets no w:widowControl).
 */
const KEEP_LINES = 2;

type Measured =
  | { readonly kind: 'text'; readonly spec: TextSpec | RuleSpec; readonly para: MeasuredParagraph }
  | { readonly kind: 'rows'; readonly spec: TableSpec; readonly geometry: TableGeometry; readonly heights: readonly number[]; readonly keepTogether: readonly boolean[] }
  | { readonly kind: 'grid'; readonly spec: GridSpec; readonly heights: readonly number[]; readonly cantSplit: readonly boolean[] };

function measureItem(item: LayoutItem, page: PageGeometry): Measured {
  if (item.kind === 'grid') {
    const heights = item.rows.map((row) => Math.max(0, ...row.cells.map((cell, i) => cellHeight(cell, item.columns[i] ?? 0))));
    return { kind: 'grid', spec: item, heights, cantSplit: item.rows.map((row) => row.cantSplit === true) };
  }
  if (item.kind === 'table') {
    const geometry = tableGeometry(item, page);
    const heights = geometry.grid.rows.map((cells, r) => {
      let tallest = 0;
      for (const placed of cells) {
        const height = cellHeight(cellSpecs(placed.cell, r < geometry.headerRows, item.size), cellWidth(placed, geometry.columns)) / placed.rowSpan;
        tallest = Math.max(tallest, height);
      }
      return tallest + BORDER;
    });
    return { kind: 'rows', spec: item, geometry, heights, keepTogether: geometry.cantSplit };
  }
  return { kind: 'text', spec: item, para: measureParagraph(item, page.textWidth) };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Height the item needs at the top of its chain: whole for keep-together pieces, else its first line or row. */
function leadHeight(m: Measured): number {
  if (m.kind === 'text') {
    return m.para.before + sum(m.para.lines.slice(0, Math.max(1, KEEP_LINES)).map((l) => l.height)) + (m.para.lines.length <= 1 ? m.para.border : 0);
  }
  if (m.kind === 'grid') {
    return m.heights[0] ?? 0;
  }
  const header = m.geometry.repeats ? m.geometry.headerRows : 0;
  return sum(m.heights.slice(0, header + 1)) + BORDER;
}

function fullHeight(m: Measured): number {
  if (m.kind === 'text') {
    return m.para.before + sum(m.para.lines.map((l) => l.height)) + m.para.border + m.para.after;
  }
  return sum(m.heights) + (m.kind === 'rows' ? BORDER : 0);
}

function keepsNext(m: Measured): boolean {
  return m.kind === 'text' && m.para.keepNext;
}

type Builder = {
  readonly pages: LayoutPage[];
  fragments: Fragment[];
  used: number;
  /** Space after the last paragraph placed (collapses at the page bottom). */
  trailing: number;
};

function paginateSection(section: SectionLayout, index: number, out: LayoutPage[]): void {
  const page = section.page;
  const limit = page.textHeight;
  const measured = section.items.map((item) => measureItem(item, page));
  const b: Builder = { pages: out, fragments: [], used: 0, trailing: 0 };
  let count = 0;
  const flush = (): void => {
    count += 1;
    out.push({ section: index, appendix: section.appendix, page, number: count, showsNumber: count > 1, fragments: b.fragments, used: b.used });
    b.fragments = [];
    b.used = 0;
    b.trailing = 0;
  };
  const room = (): number => limit - b.used;

  measured.forEach((m, i) => {
    // A keep-with-next chain that does not fit moves whole to a new page (when it fits on one).
    if (keepsNext(m) && b.fragments.length > 0) {
      let need = fullHeight(m);
      let j = i + 1;
      while (j < measured.length && keepsNext(measured[j] as Measured)) {
        need += fullHeight(measured[j] as Measured);
        j += 1;
      }
      const next = measured[j];
      need += next ? leadHeight(next) : 0;
      if (need > room() && need <= limit) {
        flush();
      }
    }
    if (m.kind === 'text') {
      placeText(m, i, b, limit, flush);
    } else if (m.kind === 'grid') {
      placeGrid(m, i, b, limit, flush);
    } else {
      placeRows(m, i, b, limit, flush);
    }
  });
  flush();
}

function placeText(m: Extract<Measured, { kind: 'text' }>, item: number, b: Builder, limit: number, flush: () => void): void {
  const { para } = m;
  let from = 0;
  let first = true;
  while (from < para.lines.length) {
    // LibreOffice sets the larger of the space after the paragraph above and the space before this one, not both.
    const before = first ? Math.max(0, para.before - b.trailing) : 0;
    const avail = limit - b.used - before;
    let to = from;
    let height = 0;
    while (to < para.lines.length && height + (para.lines[to]?.fit ?? 0) + (to === para.lines.length - 1 ? para.border : 0) <= avail) {
      height += para.lines[to]?.height ?? 0;
      to += 1;
    }
    const remaining = para.lines.length - to;
    if (remaining > 0 && remaining < KEEP_LINES) {
      to = Math.max(from, para.lines.length - KEEP_LINES);
    }
    if (to - from < Math.min(KEEP_LINES, para.lines.length - from) || to === from) {
      if (b.fragments.length > 0) {
        flush();
        continue;
      }
      // A line taller than the page: placed anyway.
      to = from + 1;
    }
    height = para.lines.slice(from, to).reduce((a, l) => a + l.height, 0);
    const last = to === para.lines.length;
    const total = before + height + (last ? para.border + para.after : 0);
    b.fragments.push({ kind: 'text', item, spec: m.spec, top: b.used, height: total, para, lines: para.lines.slice(from, to), before, first, last });
    b.used += total;
    b.trailing = last ? para.after : 0;
    from = to;
    first = false;
    if (!last) {
      flush();
    }
  }
}

function placeGrid(m: Extract<Measured, { kind: 'grid' }>, item: number, b: Builder, limit: number, flush: () => void): void {
  const height = sum(m.heights);
  // Space after the last paragraph may hang below the margin; a row that cannot split moves whole.
  if (b.fragments.length > 0 && b.used + height > limit + (m.cantSplit.every(Boolean) ? 0 : 0)) {
    flush();
  }
  b.fragments.push({ kind: 'grid', item, spec: m.spec, top: b.used, height, heights: m.heights });
  b.used += height;
  b.trailing = 0;
}

/** The least of a splittable row worth leaving at the foot of a page (about a line of a cell with its spacing). */
const MIN_ROW_PIECE = 400;

/** Header rows taller than this share of the page are not repeated: they would leave no room for data rows. */
const REPEAT_SHARE = 0.5;

function placeRows(m: Extract<Measured, { kind: 'rows' }>, item: number, b: Builder, limit: number, flush: () => void): void {
  const declared = m.geometry.repeats ? m.geometry.headerRows : 0;
  const header = sum(m.heights.slice(0, declared)) <= limit * REPEAT_SHARE ? declared : 0;
  const headerRows = Array.from({ length: header }, (_, r) => r);
  let r = 0;
  let rows: number[] = [];
  let heights: number[] = [];
  let offsets: number[] = [];
  let top = b.used;
  const start = (): void => {
    top = b.used;
    rows = [];
    heights = [];
    offsets = [];
    if (r > 0 && r >= header) {
      for (const h of headerRows) {
        rows.push(h);
        heights.push(m.heights[h] ?? 0);
        offsets.push(0);
      }
    }
  };
  const close = (): void => {
    const height = sum(heights) + BORDER;
    const cut = rows.map((row, k) => (heights[k] ?? 0) < (m.heights[row] ?? 0) - 0.5);
    b.fragments.push({ kind: 'rows', item, spec: m.spec, geometry: m.geometry, top, height, rows, heights, offsets, cut, before: 0 });
    b.used = top + height;
    b.trailing = 0;
  };
  // What is left of a row split over pages (a row that may split, taller than the room left).
  let rest: number | null = null;
  start();
  while (r < m.heights.length) {
    // Header rows stay with the first data row.
    const group = r === 0 && header > 0 && header < m.heights.length ? header + 1 : 1;
    const need: number = rest ?? sum(m.heights.slice(r, r + group));
    const usedHere = top + sum(heights) + BORDER;
    const room = limit - usedHere;
    if (need > room && group === 1 && r >= declared && m.keepTogether[r] !== true && room >= MIN_ROW_PIECE) {
      // LibreOffice splits such a row between its lines: as much as fits stays here.
      rows.push(r);
      heights.push(room);
      offsets.push((m.heights[r] ?? 0) - need);
      rest = need - room;
      close();
      flush();
      start();
      continue;
    }
    if (need > room && (rows.length > (r > 0 && r >= header ? header : 0) || b.fragments.length > 0)) {
      if (rows.length > 0) {
        close();
      }
      flush();
      start();
      continue;
    }
    for (let k = r; k < r + group; k += 1) {
      rows.push(k);
      heights.push(k === r && rest !== null ? rest : (m.heights[k] ?? 0));
      offsets.push(k === r && rest !== null ? (m.heights[k] ?? 0) - rest : 0);
    }
    rest = null;
    r += group;
  }
  if (rows.length > 0) {
    close();
  }
}

/** Pages of a layout description. */
export function paginateLayout(layout: DocumentLayout): Pagination {
  const pages: LayoutPage[] = [];
  layout.sections.forEach((section, index) => paginateSection(section, index, pages));
  return { layout, pages };
}

// The last pages worked out per plan object: the layout rules and the views ask for the same plan's pages in turn.
const known = new WeakMap<PlanDocument, Pagination>();

/** Pages of a plan's export (plans are immutable: the same object gives the same pages). */
export function paginate(doc: PlanDocument): Pagination {
  let pages = known.get(doc);
  if (!pages) {
    pages = paginateLayout(describeDocument(doc));
    known.set(doc, pages);
  }
  return pages;
}

/** 1-based page (over the whole document) on which the paragraph of `blockId` starts; null when not exported. */
export function pageOfBlock(pagination: Pagination, blockId: string): number | null {
  const index = pagination.pages.findIndex((p) => p.fragments.some((f) => f.kind === 'text' && f.first && f.spec.kind === 'text' && f.spec.blockId === blockId));
  return index < 0 ? null : index + 1;
}

/** 1-based page that holds the signer block. */
export function signerPage(pagination: Pagination): number {
  const index = pagination.pages.findIndex((p) => p.fragments.some((f) => f.kind === 'grid' && f.spec.role === 'signer'));
  return index + 1;
}

/** The description with the body's last paragraph no longer kept with the signer block (how a plain file breaks). */
export function withoutSignerKeep(layout: DocumentLayout): DocumentLayout {
  const [main, ...rest] = layout.sections;
  if (!main) {
    return layout;
  }
  const signer = main.items.findIndex((item) => item.kind === 'grid' && item.role === 'signer');
  const last = main.items[signer - 1];
  if (signer < 1 || !last || last.kind !== 'text') {
    return layout;
  }
  const items = main.items.map((item, i) => (i === signer - 1 ? { ...last, keepNext: false } : item));
  return { sections: [{ ...main, items }, ...rest] };
}

/** Whether the signer block starts its page with nothing of the body above it. */
export function signerAlone(pagination: Pagination): boolean {
  const page = pagination.pages[signerPage(pagination) - 1];
  return page?.fragments[0]?.kind === 'grid' && page.fragments[0].spec.role === 'signer';
}

const HEADINGS: ReadonlySet<string> = new Set([StyleId.PART, StyleId.SECTION, StyleId.ITEM, StyleId.APPENDIX_LABEL, StyleId.APPENDIX_TITLE]);

/** Headings (Phần, Mục, titled khoản, an appendix's heading) that end a page with the rest of the document after it. */
export function headingsEndingPages(pagination: Pagination): { readonly page: number; readonly fragment: TextFragment }[] {
  const out: { page: number; fragment: TextFragment }[] = [];
  pagination.pages.forEach((page, i) => {
    const last = page.fragments[page.fragments.length - 1];
    const next = pagination.pages[i + 1];
    if (last?.kind === 'text' && last.spec.kind === 'text' && HEADINGS.has(last.spec.style) && next && next.section === page.section) {
      out.push({ page: i + 1, fragment: last });
    }
  });
  return out;
}
