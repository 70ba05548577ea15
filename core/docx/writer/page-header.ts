/**
 * Page numbers (PL I, Mục I, khoản 7): a centred PAGE field in the default header, and an explicit
 * empty first-page header, so page 1 shows no number (w:titlePg, w:fldChar PAGE).
 */
import { Header, PageNumber, Paragraph, TextRun } from 'docx';
import { FONT, SIZE } from './layout';
import { StyleId } from './styles';

const FONTS = { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT } as const;

/** The default header (page number) and the empty first-page header. */
export function pageHeaders(): { readonly default: Header; readonly first: Header } {
  const number = new Paragraph({
    style: StyleId.PAGE_NUMBER,
    children: [new TextRun({ children: [PageNumber.CURRENT], font: FONTS, size: SIZE.pageNumber })],
  });
  return {
    default: new Header({ children: [number] }),
    first: new Header({ children: [new Paragraph({ style: StyleId.PAGE_NUMBER })] }),
  };
}
