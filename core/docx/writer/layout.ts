/**
 * Page geometry, font and sizes of the NĐ 30 export (PL I, Phần I, Mục I and Mục V). Numbers only.
 * Twips (1/20 pt) for lengths, half-points for font sizes, as OOXML writes them.
 */

/** A4 portrait with the decree's margins: top/bottom 20 mm, left 30 mm, right 15 mm (w:pgSz, w:pgMar). */
export const PAGE = {
  width: 11906,
  height: 16838,
  top: 1134,
  bottom: 1134,
  left: 1701,
  right: 850,
  header: 567,
  footer: 567,
} as const;

/** Width of the text area between the margins. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** The page a section sits on; lengths in twips. */
export type PageGeometry = {
  readonly orientation: 'portrait' | 'landscape';
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  /** Width and height of the text area between the margins. */
  readonly textWidth: number;
  readonly textHeight: number;
};

/**
 * A4 in either orientation (PL I, Mục I, khoản 1–3). Landscape turns the sheet, not the margins: each edge
 * keeps the decree's value for that edge (top/bottom 20 mm, left 30 mm, right 15 mm), as Vietnamese offices
 * print landscape appendices and as the format rules measure them.
 */
export function pageGeometry(orientation: 'portrait' | 'landscape'): PageGeometry {
  const [width, height] = orientation === 'landscape' ? [PAGE.height, PAGE.width] : [PAGE.width, PAGE.height];
  return {
    orientation,
    width,
    height,
    top: PAGE.top,
    bottom: PAGE.bottom,
    left: PAGE.left,
    right: PAGE.right,
    textWidth: width - PAGE.left - PAGE.right,
    textHeight: height - PAGE.top - PAGE.bottom,
  };
}

/** The only typeface (PL I, Mục I, khoản 4). */
export const FONT = 'Times New Roman';

/** Proofing language of every run (w:lang). */
export const LANGUAGE = 'vi-VN';

/** Left and right cell margins of the two borderless tables (w:tblCellMar). */
export const CELL_MARGIN = 108;

/** Letterhead columns: issuing body | Quốc hiệu (the Quốc hiệu at 12 pt bold needs about 5,010 tw). */
export const LETTERHEAD_COLUMNS = [3969, 5386] as const;

/** Signer table columns: Nơi nhận | authority, signature and name. */
export const SIGNER_COLUMNS = [4253, 5102] as const;

/** Font sizes in half-points, within the ranges of spec §6. */
export const SIZE = {
  nationalTitle: 24,
  motto: 26,
  parentAgency: 26,
  agency: 26,
  number: 26,
  subject: 24,
  dateLine: 26,
  docType: 28,
  summary: 28,
  body: 28,
  addressees: 28,
  recipientsHeading: 24,
  recipients: 22,
  signer: 28,
  pageNumber: 28,
  /** Data-table cells in the body: 13 pt, one step under the body text, as Word tables in plans are set. */
  tableCell: 26,
  /** Data-table cells in an appendix: 12 pt, which keeps a six-column task table readable at one line per short cell. */
  appendixTableCell: 24,
  /** "Phụ lục I" (PL I, Phần I, Mục III, khoản 1): 14 pt bold. */
  appendixLabel: 28,
  /** The appendix title in capitals: 14 pt bold. */
  appendixTitle: 28,
  /** "(Kèm theo …)": 14 pt italic. */
  appendixAttached: 28,
} as const;

/** Space before and after a table cell paragraph (2 pt) and the cell's side margins (w:tblCellMar). */
export const CELL = {
  before: 40,
  after: 40,
  margin: CELL_MARGIN,
} as const;

/** Body paragraph geometry (PL I, khoản 6.e): first line 1.27 cm, 6 pt after, 1.15 lines. */
export const BODY = {
  firstLine: 720,
  after: 120,
  line: 276,
} as const;

/** A visible blank for anything a draft lacks (defined with the header lines that print it). */
export { BLANK } from '../../model/header-lines';

