/**
 * The writer's paragraph styles as numbers (sizes, spacing, alignment): pure, so that the page layout
 * (core/layout) measures paragraphs with the very values styles.xml is written from.
 */
import { BODY, CELL, SIZE } from './layout';

/** Style ids written to styles.xml. */
export const StyleId = {
  BODY: 'KhBody',
  PART: 'KhPart',
  SECTION: 'KhSection',
  ITEM: 'KhItem',
  DOC_TYPE: 'KhDocType',
  SUMMARY: 'KhSummary',
  LETTERHEAD: 'KhLetterhead',
  ADDRESSEES: 'KhAddressees',
  RECIPIENTS: 'KhRecipients',
  SIGNER: 'KhSigner',
  PAGE_NUMBER: 'KhPageNumber',
  RULE: 'KhRule',
  TABLE_CELL: 'KhTableCell',
  APPENDIX_TABLE_CELL: 'KhAppendixTableCell',
  APPENDIX_LABEL: 'KhAppendixLabel',
  APPENDIX_TITLE: 'KhAppendixTitle',
  APPENDIX_ATTACHED: 'KhAppendixAttached',
} as const;
export type StyleId = (typeof StyleId)[keyof typeof StyleId];

/** Paragraph alignment (w:jc: left, center, right, both). */
export type Align = 'left' | 'center' | 'right' | 'justify';

/** What a style sets; runs repeat size and emphasis explicitly so every reader sees them. */
export type StyleDef = {
  readonly name: string;
  readonly size: number;
  readonly bold?: boolean;
  readonly align: Align;
  readonly firstLine?: number;
  readonly before?: number;
  readonly after?: number;
  /** Line spacing in 240ths of a line (auto rule). */
  readonly line?: number;
  readonly keepNext?: boolean;
  readonly outlineLevel?: number;
};

const body = { align: 'justify', firstLine: BODY.firstLine, after: BODY.after, line: BODY.line } as const;
const tight = { before: 0, after: 0, line: 240 } as const;

/** Every style the writer uses. */
export const STYLES: Readonly<Record<StyleId, StyleDef>> = {
  KhBody: { name: 'KH Nội dung', size: SIZE.body, ...body },
  KhPart: { name: 'KH Phần', size: SIZE.body, bold: true, align: 'center', before: 120, after: 0, line: BODY.line, keepNext: true, outlineLevel: 0 },
  KhSection: { name: 'KH Mục', size: SIZE.body, bold: true, ...body, keepNext: true, outlineLevel: 0 },
  KhItem: { name: 'KH Khoản', size: SIZE.body, bold: true, ...body, keepNext: true, outlineLevel: 1 },
  KhDocType: { name: 'KH Tên loại', size: SIZE.docType, bold: true, align: 'center', before: 360, after: 0, line: 240, keepNext: true },
  KhSummary: { name: 'KH Trích yếu', size: SIZE.summary, bold: true, align: 'center', ...tight, keepNext: true },
  KhLetterhead: { name: 'KH Tiêu đề', size: SIZE.agency, align: 'center', ...tight },
  KhAddressees: { name: 'KH Kính gửi', size: SIZE.addressees, align: 'left', before: 0, after: 0, line: BODY.line },
  KhRecipients: { name: 'KH Nơi nhận', size: SIZE.recipients, align: 'left', ...tight },
  KhSigner: { name: 'KH Người ký', size: SIZE.signer, bold: true, align: 'center', ...tight },
  KhPageNumber: { name: 'KH Số trang', size: SIZE.pageNumber, align: 'center', ...tight },
  KhRule: { name: 'KH Đường kẻ', size: 2, align: 'center', before: 0, after: 0, line: 40 },
  // Cells: no first-line indent, single spacing, 2 pt above and below; header cells are bold and centred by their runs.
  KhTableCell: { name: 'KH Ô bảng', size: SIZE.tableCell, align: 'left', before: CELL.before, after: CELL.after, line: 240 },
  KhAppendixTableCell: { name: 'KH Ô bảng phụ lục', size: SIZE.appendixTableCell, align: 'left', before: CELL.before, after: CELL.after, line: 240 },
  KhAppendixLabel: { name: 'KH Phụ lục', size: SIZE.appendixLabel, bold: true, align: 'center', ...tight, keepNext: true },
  KhAppendixTitle: { name: 'KH Tên phụ lục', size: SIZE.appendixTitle, bold: true, align: 'center', ...tight, keepNext: true },
  KhAppendixAttached: { name: 'KH Kèm theo', size: SIZE.appendixAttached, align: 'center', ...tight, keepNext: true },
};
