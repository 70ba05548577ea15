/**
 * What a rendered file's pages show, read from their text (pdftotext -layout, one string per page): page 1
 * carrying a number, a heading as the last line of a page, the signer block alone at the top of its page.
 */

import type { RenderPageFinding } from '../../common/host-api';

/** A problem seen on the rendered pages; page is 1-based. */
export type PageFinding = RenderPageFinding;

const lines = (page: string): string[] =>
  page
    .split('\n')
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line !== '');

/** A page number line: a bare number, or "- 2 -", "Trang 2". */
const NUMBER_LINE = /^(?:-\s*)?(?:Trang\s+)?\d{1,3}(?:\s*-)?$/u;
/** Top-level headings: "Phần I", "PHẦN I", "I. MỤC ĐÍCH", "II - NỘI DUNG", a line in capitals. */
const HEADING = /^(?:Phần|PHẦN)\s+[IVXLC\d]+\b|^[IVXLC]{1,6}\s*[.\-–]\s*\S/u;
/** The signer block's first lines: "Nơi nhận:", or an authority line. */
const SIGNER = /^Nơi nhận\s*:|^(?:TM|KT|TL|TUQ|Q)\.\s/u;

function capitals(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters === letters.toLocaleUpperCase('vi-VN');
}

/** Checks the pages of a rendered file. */
export function checkPages(pages: readonly string[]): PageFinding[] {
  const out: PageFinding[] = [];
  const first = lines(pages[0] ?? '');
  if (pages.length > 0 && first.length > 0 && NUMBER_LINE.test(first[0] ?? '')) {
    out.push({ kind: 'page-one-number', page: 1, message: `Trang 1 có số trang "${first[0] ?? ''}": số trang đánh từ trang thứ hai, trang 1 không ghi số.` });
  }
  pages.forEach((page, i) => {
    if (i === pages.length - 1) {
      return;
    }
    const text = lines(page);
    const last = text[text.length - 1] ?? '';
    if (last !== '' && !NUMBER_LINE.test(last) && !SIGNER.test(last) && (HEADING.test(last) || (capitals(last) && last.length < 120))) {
      out.push({ kind: 'heading-last-line', page: i + 1, message: `Đề mục "${last}" là dòng cuối của trang ${i + 1}, nội dung của nó sang trang ${i + 2}.` });
    }
  });
  // The signer block's page: the last page that shows "Nơi nhận:" or an authority line.
  for (let i = pages.length - 1; i > 0; i -= 1) {
    const text = lines(pages[i] ?? '');
    const at = text.findIndex((line) => SIGNER.test(line));
    if (at < 0) {
      continue;
    }
    const above = text.slice(0, at).filter((line) => !NUMBER_LINE.test(line));
    if (above.length === 0) {
      out.push({ kind: 'signer-alone', page: i + 1, message: `Khối chữ ký đứng riêng ở đầu trang ${i + 1}, không có dòng nào của nội dung đi cùng.` });
    }
    break;
  }
  return out.sort((a, b) => a.page - b.page);
}
