/**
 * layout.heading-last-line: a heading (Phần, mục I., khoản with a title) is the last line of a page and its content
 * starts on the next. The export keeps headings with the next paragraph (w:keepNext); this happens only when a
 * chain of headings and a first paragraph is longer than a page. Judged on the pages of the export (core/layout);
 * an imported .docx is judged by "Kiểm tra bằng bản in".
 */
import { headingsEndingPages } from '../../layout/paginate';
import { lineText } from '../../layout/measure';
import { exportPages } from '../support/export-pages';
import { finding } from '../support/finding';
import type { Rule } from '../types';

export const layoutHeadingLastLine: Rule = {
  id: 'layout.heading-last-line',
  group: 'structure',
  severity: 'warning',
  title: 'Đề mục không nằm ở dòng cuối trang',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 6 (bố cục nội dung; đề mục đi liền nội dung của nó)',
  // An imported .docx keeps its own pages (judged by rendering the file), not the export's.
  check: (doc) =>
    (doc.meta.origin === 'docx' ? [] : headingsEndingPages(exportPages(doc))).map(({ page, fragment }) => {
      const text = fragment.lines.map(lineText).join(' ').trim();
      const blockId = fragment.spec.kind === 'text' ? fragment.spec.blockId : undefined;
      return finding(layoutHeadingLastLine, `Đề mục "${text}" là dòng cuối của trang ${page}, nội dung của nó sang trang ${page + 1}. Rút ngắn phần trước hoặc tách đề mục.`, {
        part: 'body',
        ...(blockId ? { blockId } : {}),
        text,
      });
    }),
};
