/**
 * The print preview as PDF (HostApi printToPdf): Chromium's own print of the window's page, A4 with the
 * page's CSS @page size and margins (the preview's print styles), backgrounds kept.
 */
import type { WebContents } from 'electron';

/** What printToPdf needs of a window's contents. */
export type PrintablePage = Pick<WebContents, 'printToPDF'>;

/** Chromium's print of the page: the preview's pages as printed, one PDF page per A4 page. */
export const PDF_OPTIONS = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true, landscape: false } as const;

/** The page as PDF bytes, or null when the window is gone. */
export async function printPageToPdf(page: PrintablePage | null): Promise<Uint8Array | null> {
  if (page === null) {
    return null;
  }
  const buffer = await page.printToPDF(PDF_OPTIONS);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
