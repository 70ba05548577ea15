/**
 * Reviewer mode: the Word file as it is. Drawn from the formatting facts the reader keeps for each
 * paragraph (core/model/formatting.ts: effective font, size, bold/italic, alignment, indents, spacing,
 * borders, drawn lines, layout-table cell, data tables, sections), not from the model the app would
 * write: no Quốc hiệu, line or "Số:" the file does not have, the date and numbers as written, the
 * file's own fonts and sizes. Each paragraph carries its source line (data-line) and, where the model
 * took a block, header field or part from it, that block's id (data-block-id), field (data-field) and
 * part (data-part), so a finding reveals exactly its paragraph (renderer/app/utils/reveal.ts).
 */
import { Fragment, type CSSProperties, type ReactElement, type ReactNode } from 'react';
import type { DataTableFacts, FormattingFacts, PageFacts, ParagraphFacts, RunFacts } from '@core/model';
import type { Block, PlanDocument } from '@core/model';
import { childBlocks } from '@core/model';
import { TableView } from './TableView';
import { SHEET_STRINGS } from './strings';
import './file-sheet.css';

/** What the model took from a source line: the first block, header field and part read there. */
type LineTag = { blockId?: string; field?: string; part?: string };

/** Source line (1-based) → what the model read from it. */
export function lineTags(doc: PlanDocument): Map<number, LineTag> {
  const tags = new Map<number, LineTag>();
  const tag = (line: number | undefined, add: LineTag): void => {
    if (line === undefined) {
      return;
    }
    const had = tags.get(line) ?? {};
    tags.set(line, { ...add, ...had });
  };
  for (const [field, source] of Object.entries(doc.header.source ?? {})) {
    tag(source?.line, { field, part: 'header' });
  }
  const blocks = (list: readonly Block[], part: string): void => {
    for (const block of list) {
      tag(block.source?.line, { blockId: block.id, part });
      blocks(childBlocks(block), part);
    }
  };
  doc.opening.forEach((p) => tag(p.source?.line, { blockId: p.id, part: 'opening' }));
  blocks(doc.body, 'body');
  blocks(doc.closing, 'closing');
  doc.signature?.sourceLines?.forEach((s) => tag(s.line, { part: 'signature' }));
  tag(doc.signature?.nameSource?.line, { part: 'signature' });
  tag(doc.recipients?.headingSource?.line, { part: 'recipients' });
  doc.recipients?.items.forEach((r) => tag(r.source?.line, { part: 'recipients' }));
  for (const appendix of doc.appendices) {
    tag(appendix.source?.line, { blockId: appendix.id, part: 'appendix' });
    blocks(appendix.blocks, 'appendix');
  }
  return tags;
}

const pt = (twips: number): string => `${twips / 20}pt`;

/** Word's default tab stops: every half inch from the margin. */
const TAB_STOP_TW = 720;

const ALIGN: Readonly<Record<string, CSSProperties['textAlign']>> = {
  both: 'justify',
  distribute: 'justify',
  center: 'center',
  right: 'right',
  end: 'right',
  left: 'left',
  start: 'left',
};

/** Sans families fall back to a sans face (LibreOffice's metric twins first), the others to the page's serif. */
const SANS = /calibri|arial|helvetica|verdana|tahoma|segoe|sans|cambria math/iu;

/** The CSS family of a Word font name. */
function family(font: string): string {
  const fallback = /calibri/iu.test(font) ? '"Carlito", ' : /arial|helvetica/iu.test(font) ? '"Liberation Sans", ' : '';
  return `"${font}", ${fallback}${SANS.test(font) ? 'sans-serif' : 'var(--page-font)'}`;
}

/** A run's own look: family, size, bold, italic, underline, capitals. */
function runStyle(run: RunFacts | null | undefined): CSSProperties {
  if (!run) {
    return {};
  }
  return {
    ...(run.font ? { fontFamily: family(run.font) } : {}),
    ...(run.sizeHalfPt ? { fontSize: `${run.sizeHalfPt / 2}pt` } : {}),
    fontWeight: run.bold ? 'bold' : 'normal',
    fontStyle: run.italic ? 'italic' : 'normal',
    ...(run.underline ? { textDecoration: 'underline' } : {}),
    ...(run.caps ? { textTransform: 'uppercase' } : {}),
    ...(run.color && /^[0-9A-Fa-f]{6}$/u.test(run.color) && run.color !== '000000' ? { color: `#${run.color}` } : {}),
  };
}

/** The paragraph's first run with text: its font and size stand for the paragraph (an empty line keeps its height). */
function leadRun(p: ParagraphFacts): RunFacts | null {
  return p.runs.find((r) => r.text.trim() !== '') ?? p.runs[0] ?? p.numberingRun ?? null;
}

/** The paragraph's box: alignment, indents, spacing, line height, a bottom border where the file has one. */
export function paragraphStyle(p: ParagraphFacts, before: RunFacts | null): CSSProperties {
  // An empty paragraph without runs takes the look of the text before it (its mark is set like it in Word).
  const lead = leadRun(p) ?? before;
  const first = p.hangingTw ? -p.hangingTw : (p.firstLineTw ?? 0);
  const spacing = p.lineSpacing;
  let lineHeight: string | number = 1.15;
  if (spacing && spacing.rule === 'auto') {
    lineHeight = Math.max(0.8, (spacing.value / 240) * 1.15);
  } else if (spacing && spacing.rule === 'atLeast' && spacing.value > 0) {
    // At least: a smaller value than the font's single line leaves the line single (w:lineRule="atLeast").
    lineHeight = `max(${pt(spacing.value)}, 1.15em)`;
  } else if (spacing && spacing.value > 0) {
    lineHeight = pt(spacing.value);
  }
  return {
    ...runStyle(lead),
    fontWeight: 'normal',
    fontStyle: 'normal',
    textDecoration: 'none',
    textTransform: 'none',
    textAlign: ALIGN[p.alignment ?? 'left'] ?? 'left',
    textIndent: pt(first),
    marginLeft: pt(Math.max(0, p.indentLeftTw ?? 0)),
    marginRight: pt(Math.max(0, p.indentRightTw ?? 0)),
    marginTop: pt(p.spacingBeforeTw ?? 0),
    marginBottom: pt(p.spacingAfterTw ?? 0),
    lineHeight,
    ...(p.hasBottomBorder ? { borderBottom: '1px solid #000' } : {}),
  };
}

/** The paragraph's text as runs; a tab is a tab (Word keeps it as one space in `text`), the list label first. */
function RunsOf(props: { readonly p: ParagraphFacts }): ReactElement {
  const { p } = props;
  const tabs = new Set(p.tabs ?? []);
  const runsText = p.runs.map((r) => r.text).join('');
  const label = p.numberingLabel && !runsText.startsWith(p.numberingLabel) ? p.numberingLabel : null;
  let offset = label === null ? 0 : p.text.length - runsText.length;
  const parts: ReactNode[] = [];
  if (label !== null) {
    parts.push(
      <span key="label" style={runStyle(p.numberingRun ?? leadRun(p))}>
        {p.text.slice(0, offset)}
      </span>,
    );
  }
  // Tabs at the start of the paragraph go to Word's next default stops (every 720 twips from the margin)
  // after the first-line indent; CSS tab stops count from the indented start, so they get their widths here.
  let at = p.indentLeftTw ?? 0;
  at += p.hangingTw ? -p.hangingTw : (p.firstLineTw ?? 0);
  let leading = true;
  // The reader puts the list label first among the runs with the emphasis of the text it leads; Word draws it
  // with its own run properties (style, paragraph mark, numbering level: numberingRun, ECMA-376 §17.9.6).
  const labelRun = label === null && p.numberingLabel && p.numberingRun && p.runs[0]?.text.trimEnd() === p.numberingLabel ? 0 : -1;
  p.runs.forEach((run, i) => {
    let text = '';
    const pieces: ReactNode[] = [];
    for (const ch of run.text) {
      if (tabs.has(offset) && leading) {
        const next = (Math.floor(at / TAB_STOP_TW) + 1) * TAB_STOP_TW;
        pieces.push(text, <span key={`tab${offset}`} className="file-tab" style={{ width: pt(next - at) }} />);
        text = '';
        at = next;
      } else {
        leading = false;
        text += tabs.has(offset) ? '\t' : ch;
      }
      offset += ch.length;
    }
    pieces.push(text);
    parts.push(
      <span key={i} style={runStyle(i === labelRun ? p.numberingRun : run)} {...(i === labelRun ? { className: 'file-label' } : {})}>
        {pieces}
      </span>,
    );
  });
  return <>{parts}</>;
}

function Paragraph(props: { readonly p: ParagraphFacts; readonly tag: LineTag | undefined; readonly before: RunFacts | null }): ReactElement {
  const { p, tag } = props;
  const empty = p.text.trim() === '';
  // A drawn line is anchored in the paragraph under it (the Số or date line, the blank after the trích yếu)
  // and drawn above its text: it shows before the paragraph.
  return (
    <>
      {p.drawnLines ? <div className="file-drawn-line" aria-hidden="true" /> : null}
      <p
        className={`file-p${empty ? ' file-p--empty' : ''}`}
        style={paragraphStyle(p, props.before)}
        data-line={p.index + 1}
        {...(tag?.blockId ? { 'data-block-id': tag.blockId } : {})}
        {...(tag?.field ? { 'data-field': tag.field } : {})}
      >
        {empty ? '\u00a0' : <RunsOf p={p} />}
      </p>
    </>
  );
}

/** Where a data table stands and how wide it is: its grid's width, its left border where the file puts it. */
export function dataTablePlace(first: ParagraphFacts | undefined, page: PageFacts | null): CSSProperties {
  const left = first ? layoutLeftTw(first, page) : undefined;
  const width = first?.tableWidthTw;
  return {
    ...(left === undefined ? {} : { marginLeft: pt(left) }),
    ...(width === undefined || width <= 0 ? {} : { width: pt(width), maxWidth: 'none' }),
  };
}

/** A data table as read; its text in the family and size of its first paragraph. */
function DataTable(props: {
  readonly table: DataTableFacts;
  readonly first: ParagraphFacts | undefined;
  readonly tag: LineTag | undefined;
  readonly page: PageFacts | null;
}): ReactElement {
  const lead = props.first ? leadRun(props.first) : null;
  const style: CSSProperties = {
    ...(lead?.font ? { fontFamily: family(lead.font) } : {}),
    ...(lead?.sizeHalfPt ? { fontSize: `${lead.sizeHalfPt / 2}pt` } : {}),
    ...dataTablePlace(props.first, props.page),
  };
  return (
    <div className="file-table" style={style} data-line={props.table.firstParagraph + 1} {...(props.tag?.blockId ? { 'data-block-id': props.tag.blockId } : {})}>
      <TableView table={props.table.block} />
    </div>
  );
}

/** Something on a sheet: a paragraph, a layout table (two columns), or a data table. */
type Piece =
  | { readonly kind: 'p'; readonly p: ParagraphFacts }
  | { readonly kind: 'layout'; readonly table: number; readonly columns: LayoutColumn[]; readonly first: number; readonly lead?: ParagraphFacts }
  | { readonly kind: 'data'; readonly table: DataTableFacts; readonly first: ParagraphFacts | undefined };

/** A column of a layout table: the cells on one side with one grid width, stacked. */
type LayoutColumn = { readonly side: 'left' | 'right'; readonly widthTw: number | null; readonly paragraphs: ParagraphFacts[] };

/** A sheet: one section (or the part of it after a page break), with its page setup. */
type FileSheetPage = { readonly page: PageFacts | null; readonly pieces: Piece[] };

/** The file's paragraphs cut into sheets at sections and page breaks, tables gathered. */
export function filePages(facts: FormattingFacts): FileSheetPage[] {
  const sections = facts.sections ?? [];
  const tables = new Map((facts.dataTables ?? []).map((t) => [t.firstParagraph, t] as const));
  const pages: FileSheetPage[] = [];
  let current: FileSheetPage | null = null;
  let section = -1;
  let skipTo = -1;
  let layout: Extract<Piece, { kind: 'layout' }> | null = null;
  for (const p of facts.paragraphs) {
    if (p.index < skipTo) {
      continue;
    }
    const s = p.section ?? 0;
    if (current === null || s !== section || (p.pageBreakBefore && current.pieces.length > 0)) {
      current = { page: sections[s] ?? facts.page, pieces: [] };
      pages.push(current);
      section = s;
      layout = null;
    }
    const table = tables.get(p.index);
    if (table && table.endParagraph > table.firstParagraph) {
      skipTo = table.endParagraph;
      current.pieces.push({ kind: 'data', table, first: facts.paragraphs.find((q) => q.index === p.index) });
      layout = null;
      continue;
    }
    if (p.container === 'table' && p.table !== null && p.table !== undefined && !p.dataTable && p.cell) {
      if (layout === null || layout.table !== p.table) {
        layout = { kind: 'layout', table: p.table, columns: [], first: p.index, lead: p };
        current.pieces.push(layout);
      }
      const side = p.cell;
      const widthTw = p.cellWidthTw ?? null;
      let column = layout.columns.find((c) => c.side === side && c.widthTw === widthTw);
      if (!column) {
        column = { side, widthTw, paragraphs: [] };
        layout.columns.push(column);
        layout.columns.sort((a, b) => (a.side === b.side ? 0 : a.side === 'left' ? -1 : 1));
      }
      column.paragraphs.push(p);
      continue;
    }
    layout = null;
    current.pieces.push({ kind: 'p', p });
  }
  return pages;
}

function pageStyle(page: PageFacts | null): CSSProperties {
  if (!page) {
    return {};
  }
  return {
    width: pt(page.widthTw),
    minHeight: pt(page.heightTw),
    padding: `${pt(page.marginTopTw)} ${pt(page.marginRightTw)} ${pt(page.marginBottomTw)} ${pt(page.marginLeftTw)}`,
  };
}

/** The part a piece starts, marked on its first paragraph so a part-wide finding reveals where the part begins. */
function partMarks(pages: readonly FileSheetPage[], tags: Map<number, LineTag>): Map<number, string> {
  const seen = new Set<string>();
  const marks = new Map<number, string>();
  const lines = pages.flatMap((page) =>
    page.pieces.flatMap((piece) =>
      piece.kind === 'p'
        ? [piece.p.index + 1]
        : piece.kind === 'data'
          ? [piece.table.firstParagraph + 1]
          : piece.columns.flatMap((c) => c.paragraphs.map((q) => q.index + 1)).sort((a, b) => a - b),
    ),
  );
  for (const line of lines) {
    const part = tags.get(line)?.part;
    if (part && !seen.has(part)) {
      seen.add(part);
      marks.set(line, part);
    }
  }
  return marks;
}

function withPart(node: ReactElement, part: string | undefined, key: string | number): ReactElement {
  return part ? (
    <div key={key} className="file-part" data-part={part}>
      {node}
    </div>
  ) : (
    <Fragment key={key}>{node}</Fragment>
  );
}

/** A layout table's columns as wide as the file's grid makes them (a table may reach into the margins). */
function layoutColumns(columns: readonly LayoutColumn[]): CSSProperties | undefined {
  if (columns.some((c) => c.widthTw === null || c.widthTw <= 0)) {
    return columns.length > 1 ? { gridTemplateColumns: columns.map(() => 'minmax(0, 1fr)').join(' ') } : undefined;
  }
  return { gridTemplateColumns: columns.map((c) => pt(c.widthTw ?? 0)).join(' '), width: 'max-content', maxWidth: 'none' };
}

/**
 * Where a table's left border stands from the left margin, as Word places it: centred or right between the
 * margins (w:jc) by its grid width, else at the indent the reader gives (w:tblInd, moved to the border in files of
 * an older compatibility mode; negative: into the margin). Undefined when the facts say nothing (a table placed
 * from the page edge): the sheet's default (the cells' text on the margin) stands.
 */
export function layoutLeftTw(first: ParagraphFacts, page: PageFacts | null): number | undefined {
  const width = first.tableWidthTw;
  if (first.tableAlign !== undefined && width !== undefined && page) {
    const text = page.widthTw - page.marginLeftTw - page.marginRightTw;
    return first.tableAlign === 'center' ? (text - width) / 2 : text - width;
  }
  return first.tableIndentTw;
}

/** A cell of a layout table laid out as Word does: its paragraphs at its row and between its grid lines. */
type GridCell = { readonly key: string; readonly style: CSSProperties; readonly paragraphs: ParagraphFacts[] };

/**
 * A layout table row by row, when the reader gives each paragraph its cell (row, rows spanned, left edge and
 * width): tracks between every cell edge, each cell placed on them, so rows split differently (a gridBefore, a
 * cell across two columns) stand as in Word. Null when a paragraph lacks its cell: the columns stand instead.
 */
export function layoutGrid(paragraphs: readonly ParagraphFacts[]): { readonly columns: string; readonly cells: GridCell[] } | null {
  const cells = paragraphs.map((q) => q.layoutCell);
  if (cells.length === 0 || cells.some((c) => c === undefined || c.widthTw <= 0)) {
    return null;
  }
  // The table's left edge is its first grid line (a row's gridBefore leaves the track after it empty).
  const edges = [...new Set([0, ...cells.flatMap((c) => (c ? [c.leftTw, c.leftTw + c.widthTw] : []))])].sort((a, b) => a - b);
  const line = (at: number): number => edges.indexOf(at) + 1;
  const byKey = new Map<string, GridCell>();
  // A cell's line parted by a tab into two columns (the import splits it, left and right): the columns stand.
  let mixed = false;
  paragraphs.forEach((q) => {
    const c = q.layoutCell;
    if (!c) {
      return;
    }
    const key = `${c.row}:${c.leftTw}`;
    const had = byKey.get(key);
    if (had) {
      had.paragraphs.push(q);
      mixed ||= had.paragraphs[0]?.cell !== q.cell;
      return;
    }
    byKey.set(key, {
      key,
      style: { gridRow: `${c.row + 1} / span ${Math.max(1, c.rowSpan)}`, gridColumn: `${line(c.leftTw)} / ${line(c.leftTw + c.widthTw)}` },
      paragraphs: [q],
    });
  });
  if (mixed) {
    return null;
  }
  return { columns: edges.slice(1).map((edge, i) => pt(edge - (edges[i] ?? 0))).join(' '), cells: [...byKey.values()] };
}

/** The layout table's box: its columns (or its grid), and its left edge where the file puts it. */
function layoutStyle(piece: Extract<Piece, { kind: 'layout' }>, page: PageFacts | null, grid: ReturnType<typeof layoutGrid>): CSSProperties | undefined {
  const columns = grid ? { gridTemplateColumns: grid.columns, width: 'max-content', maxWidth: 'none' } : layoutColumns(piece.columns);
  const left = piece.lead ? layoutLeftTw(piece.lead, page) : undefined;
  return left === undefined ? columns : { ...columns, marginLeft: pt(left) };
}

/** A layout table starting among the first paragraphs is the letterhead: its columns stand as NĐ 30 draws them. */
const HEAD_PARAGRAPHS = 8;

/** The text of each source line of a Word file (line = paragraph index + 1), for naming a finding's paragraph. */
export function paragraphTexts(facts: FormattingFacts): (line: number) => string | null {
  const texts = new Map(facts.paragraphs.map((p) => [p.index + 1, p.text] as const));
  return (line) => texts.get(line) ?? null;
}

/** For each paragraph, the lead run of the last paragraph with text before it (null at the start). */
function runsBefore(facts: FormattingFacts): Map<number, RunFacts | null> {
  const out = new Map<number, RunFacts | null>();
  let last: RunFacts | null = null;
  for (const p of facts.paragraphs) {
    out.set(p.index, last);
    if (p.text.trim() !== '') {
      last = leadRun(p) ?? last;
    }
  }
  return out;
}

/** The file under review, sheet after sheet, as Word lays out its paragraphs (without page breaking). */
export function FileSheet(props: { readonly doc: PlanDocument; readonly facts: FormattingFacts }): ReactElement {
  const pages = filePages(props.facts);
  const tags = lineTags(props.doc);
  const parts = partMarks(pages, tags);
  const before = runsBefore(props.facts);
  const para = (p: ParagraphFacts): ReactElement =>
    withPart(<Paragraph p={p} tag={tags.get(p.index + 1)} before={before.get(p.index) ?? null} />, parts.get(p.index + 1), p.index);
  return (
    <div className="file-sheets" data-testid="file-sheets">
      {pages.map((page, i) => (
        <article
          key={i}
          className={`sheet sheet--file${page.page?.orientation === 'landscape' ? ' sheet--file-landscape' : ''}`}
          style={pageStyle(page.page)}
          aria-label={i === 0 ? SHEET_STRINGS.page : SHEET_STRINGS.fileSection(i + 1)}
        >
          {page.pieces.map((piece) => {
            if (piece.kind === 'p') {
              return para(piece.p);
            }
            if (piece.kind === 'data') {
              const line = piece.table.firstParagraph + 1;
              return withPart(<DataTable table={piece.table} first={piece.first} tag={tags.get(line)} page={page.page} />, parts.get(line), `t${line}`);
            }
            const grid = layoutGrid(piece.columns.flatMap((c) => c.paragraphs).sort((a, b) => a.index - b.index));
            return (
              <div
                key={`l${piece.first}`}
                className={`file-layout${piece.columns.length === 1 ? ' file-layout--single' : piece.first < HEAD_PARAGRAPHS ? ' file-layout--head' : ''}`}
                style={layoutStyle(piece, page.page, grid)}
              >
                {grid
                  ? grid.cells.map((cell) => (
                      <div key={cell.key} className="file-layout__cell" style={cell.style}>
                        {cell.paragraphs.map(para)}
                      </div>
                    ))
                  : piece.columns.map((column, c) => (
                      <div key={c} className="file-layout__cell">
                        {column.paragraphs.map(para)}
                      </div>
                    ))}
              </div>
            );
          })}
        </article>
      ))}
    </div>
  );
}
