/**
 * The writer's own paragraph styles (never the built-in blue headings) and the document defaults:
 * Times New Roman on all four font slots, vi-VN, black (w:docDefaults, w:style).
 */
import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import { BODY, CELL, FONT, LANGUAGE, SIZE } from './layout';

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

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

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

const body = { align: AlignmentType.JUSTIFIED, firstLine: BODY.firstLine, after: BODY.after, line: BODY.line } as const;
const tight = { before: 0, after: 0, line: 240 } as const;

/** Every style the writer uses. */
export const STYLES: Readonly<Record<StyleId, StyleDef>> = {
  KhBody: { name: 'KH Nội dung', size: SIZE.body, ...body },
  KhPart: { name: 'KH Phần', size: SIZE.body, bold: true, align: AlignmentType.CENTER, before: 120, after: 0, line: BODY.line, keepNext: true, outlineLevel: 0 },
  KhSection: { name: 'KH Mục', size: SIZE.body, bold: true, ...body, keepNext: true, outlineLevel: 0 },
  KhItem: { name: 'KH Khoản', size: SIZE.body, bold: true, ...body, keepNext: true, outlineLevel: 1 },
  KhDocType: { name: 'KH Tên loại', size: SIZE.docType, bold: true, align: AlignmentType.CENTER, before: 360, after: 0, line: 240, keepNext: true },
  KhSummary: { name: 'KH Trích yếu', size: SIZE.summary, bold: true, align: AlignmentType.CENTER, ...tight, keepNext: true },
  KhLetterhead: { name: 'KH Tiêu đề', size: SIZE.agency, align: AlignmentType.CENTER, ...tight },
  KhAddressees: { name: 'KH Kính gửi', size: SIZE.addressees, align: AlignmentType.LEFT, before: 0, after: 0, line: BODY.line },
  KhRecipients: { name: 'KH Nơi nhận', size: SIZE.recipients, align: AlignmentType.LEFT, ...tight },
  KhSigner: { name: 'KH Người ký', size: SIZE.signer, bold: true, align: AlignmentType.CENTER, ...tight },
  KhPageNumber: { name: 'KH Số trang', size: SIZE.pageNumber, align: AlignmentType.CENTER, ...tight },
  KhRule: { name: 'KH Đường kẻ', size: 2, align: AlignmentType.CENTER, before: 0, after: 0, line: 40 },
  // Cells: no first-line indent, single spacing, 2 pt above and below; header cells are bold and centred by their runs.
  KhTableCell: { name: 'KH Ô bảng', size: SIZE.tableCell, align: AlignmentType.LEFT, before: CELL.before, after: CELL.after, line: 240 },
  KhAppendixTableCell: { name: 'KH Ô bảng phụ lục', size: SIZE.appendixTableCell, align: AlignmentType.LEFT, before: CELL.before, after: CELL.after, line: 240 },
  KhAppendixLabel: { name: 'KH Phụ lục', size: SIZE.appendixLabel, bold: true, align: AlignmentType.CENTER, ...tight, keepNext: true },
  KhAppendixTitle: { name: 'KH Tên phụ lục', size: SIZE.appendixTitle, bold: true, align: AlignmentType.CENTER, ...tight, keepNext: true },
  KhAppendixAttached: { name: 'KH Kèm theo', size: SIZE.appendixAttached, align: AlignmentType.CENTER, ...tight, keepNext: true },
};

const FONTS = { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT } as const;

// The library's built-in Title and Heading 1–6 are blue with theme fonts; a user who picks one in Word
// gets black Times New Roman instead.
const BLACK_HEADING = { run: { font: FONTS, size: SIZE.body, bold: true, color: '000000' } } as const;

/** The styles part: defaults plus one paragraph style per StyleId. */
export function stylesOptions(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONTS, size: SIZE.body, color: '000000', language: { value: LANGUAGE, eastAsia: LANGUAGE } },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
      title: BLACK_HEADING,
      heading1: BLACK_HEADING,
      heading2: BLACK_HEADING,
      heading3: BLACK_HEADING,
      heading4: BLACK_HEADING,
      heading5: BLACK_HEADING,
      heading6: BLACK_HEADING,
      caption: { run: { font: FONTS, color: '000000' } },
    },
    paragraphStyles: Object.entries(STYLES).map(([id, def]) => ({
      id,
      name: def.name,
      basedOn: 'Normal',
      quickFormat: true,
      run: { font: FONTS, size: def.size, bold: def.bold ?? false, color: '000000', language: { value: LANGUAGE } },
      paragraph: {
        alignment: def.align,
        indent: def.firstLine ? { firstLine: def.firstLine } : undefined,
        spacing: {
          before: def.before ?? 0,
          after: def.after ?? 0,
          line: def.line ?? 240,
          lineRule: id === StyleId.RULE ? LineRuleType.EXACT : LineRuleType.AUTO,
        },
        keepNext: def.keepNext,
        outlineLevel: def.outlineLevel,
      },
    })),
  };
}
