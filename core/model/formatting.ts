/**
 * Formatting facts read from a Word file: what the format.* rules judge. A .txt yields none.
 * Lengths are in twips (1/20 pt), sizes in half-points, as OOXML stores them.
 */
import type { TableBlock } from './plan-document';

export type PageFacts = {
  readonly widthTw: number;
  readonly heightTw: number;
  readonly orientation: 'portrait' | 'landscape';
  readonly marginTopTw: number;
  readonly marginBottomTw: number;
  readonly marginLeftTw: number;
  readonly marginRightTw: number;
  /** w:titlePg: a different first page header. */
  readonly titlePage: boolean;
  /** w:pgNumType/@w:start: the page number this section restarts at; null or absent when it continues. */
  readonly pageNumberStart?: number | null;
  /** How the section starts (w:type); 'nextPage' when not written. Absent in older facts. */
  readonly breakType?: 'nextPage' | 'oddPage' | 'evenPage' | 'continuous' | 'nextColumn';
};

/** A header or footer part and what it shows. */
export type HeaderFooterFacts = {
  readonly kind: 'header' | 'footer';
  readonly type: 'default' | 'first' | 'even';
  readonly text: string;
  readonly hasPageField: boolean;
  readonly alignment: string | null;
  /** Effective formatting of the PAGE field's first run, when there is one. */
  readonly pageFieldRun?: RunFacts | null;
  /**
   * Whether Word shows this part: an even-page part only with w:evenAndOddHeaders (settings.xml), a first-page
   * part only with w:titlePg in its section. Absent in older facts (then judged by type and titlePage).
   */
  readonly shown?: boolean;
  /** 0-based index (in FormattingFacts.sections) of the section whose w:sectPr references this part; absent: the first. */
  readonly section?: number;
};

/** A run with its effective formatting (after styles and defaults). */
export type RunFacts = {
  readonly text: string;
  readonly font: string | null;
  readonly sizeHalfPt: number | null;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly caps: boolean;
  readonly underline: boolean;
  readonly color: string | null;
};

/** A paragraph with its effective formatting. */
export type ParagraphFacts = {
  /** Index in reading order (body paragraphs and table-cell paragraphs). */
  readonly index: number;
  readonly text: string;
  /** Where it sits: the body, or a table (letterhead, signer). */
  readonly container: 'body' | 'table';
  readonly alignment: string | null;
  readonly firstLineTw: number | null;
  readonly spacingBeforeTw: number | null;
  readonly spacingAfterTw: number | null;
  readonly lineSpacing: { readonly value: number; readonly rule: string } | null;
  readonly hasBottomBorder: boolean;
  readonly runs: readonly RunFacts[];
  /** Cell of a layout table (letterhead, signer, Nơi nhận): left of the middle 'left', else 'right'; null elsewhere. */
  readonly cell?: 'left' | 'right' | null;
  /**
   * 0-based index of the table the paragraph sits in (a layout table and the layout tables nested in it share
   * one; each data table has its own); null outside tables.
   */
  readonly table?: number | null;
  readonly hangingTw?: number | null;
  readonly indentLeftTw?: number | null;
  readonly indentRightTw?: number | null;
  /** Drawn line shapes anchored in this paragraph. */
  readonly drawnLines?: number;
  /** Offsets in `text` where those shapes' anchors sit, when known (a paragraph of several lines tells which line holds them). */
  readonly drawnLinesAt?: readonly number[];
  /** The list label Word shows (w:numPr), already prefixed to text; null when not a list item. */
  readonly numberingLabel?: string | null;
  readonly styleId?: string | null;
  /** True in a cell of a data table (not a layout table of letterhead, signer or Nơi nhận). */
  readonly dataTable?: boolean;
  /** 0-based index (in FormattingFacts.sections) of the section the paragraph belongs to. */
  readonly section?: number;
  /** Effective formatting of the list label (style, paragraph mark, numbering level), when there is one. */
  readonly numberingRun?: RunFacts | null;
  /** A page break or a page-starting section break comes right before this paragraph. */
  readonly pageBreakBefore?: boolean;
  /** Offsets in `text` where Word has a tab (shown there as one space). */
  readonly tabs?: readonly number[];
  /** Width (twips, from the table grid) of the layout-table cell holding it, when the grid gives it: reviewer mode draws the letterhead and signer columns as wide as the file does. */
  readonly cellWidthTw?: number;
  /**
   * Where the table holding it stands (a layout table: the outermost one, when nested; a data table: one in the
   * body): its left border's distance from the left margin in twips, negative into the margin, as Word places it
   * from w:tblInd (or a floating table's w:tblpX; none written is 0). In files of compatibilityMode below 15
   * (Word 2010 and older, or no mode) Word measures the indent to the first cell's text, so the border stands one
   * left cell margin (w:tblCellMar, 108 twips unless written) left of the written indent: that is subtracted here.
   * Absent when the table is aligned (tableAlign) or placed from the page edge.
   */
  readonly tableIndentTw?: number;
  /** The table's alignment between the margins (w:jc, or a floating table's w:tblpXSpec), when centred or right. */
  readonly tableAlign?: 'center' | 'right';
  /** The table's width (twips, the sum of its grid columns), when the grid gives it. */
  readonly tableWidthTw?: number;
  /**
   * The cell of the (outermost) layout table holding it, when the grid gives widths: its row, the rows a vertical
   * merge makes it span, and its left edge and width in twips from the table's left edge. Reviewer mode lays the
   * table out row by row as Word does (rows of different splits, a cell across columns).
   */
  readonly layoutCell?: { readonly row: number; readonly rowSpan: number; readonly leftTw: number; readonly widthTw: number };
};

/**
 * A data table read whole (rows, cells with their paragraphs, merges, header rows, grid widths). Its
 * paragraphs are also in FormattingFacts.paragraphs (dataTable: true, the same `table` index).
 */
export type DataTableFacts = {
  /** The `table` index its paragraphs carry. */
  readonly table: number;
  /** Index of its first paragraph, and one past its last, in FormattingFacts.paragraphs. */
  readonly firstParagraph: number;
  readonly endParagraph: number;
  readonly block: TableBlock;
};

export type FormattingFacts = {
  readonly page: PageFacts | null;
  readonly headerFooters: readonly HeaderFooterFacts[];
  readonly paragraphs: readonly ParagraphFacts[];
  /** Legacy font encodings detected (TCVN3 ".VnTime", VNI "VNI-Times"). */
  readonly legacyFonts: readonly string[];
  /** Drawn lines (VML/DrawingML shapes) found near the header. */
  readonly drawnLines: number;
  /** Every section's page setup in order (page is the first); absent in older facts. */
  readonly sections?: readonly PageFacts[];
  /** Page count Word saved in docProps/app.xml (<Pages>); null or absent when not recorded. */
  readonly pagesAsSaved?: number | null;
  /** Data tables read whole, in document order. */
  readonly dataTables?: readonly DataTableFacts[];
};
