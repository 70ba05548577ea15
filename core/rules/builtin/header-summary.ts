/**
 * header.summary: the trích yếu is present (error) and written in thường, not all capitals (warning);
 * for a công văn, "V/v …" is present (PL I, khoản 5).
 */
import { DocKind } from '../../model/plan-document';
import { isAllCaps, normalizeText, squeeze } from '../../text/normalize';
import { finding, quote } from '../support/finding';
import { headerLocation } from '../support/locate';
import type { Rule } from '../types';

/** Trích yếu present, in thường. */
export const headerSummary: Rule = {
  id: 'header.summary',
  group: 'header',
  severity: 'error',
  title: 'Trích yếu nội dung',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 5',
  check: (doc) => {
    const summary = doc.header.summary === null ? '' : squeeze(normalizeText(doc.header.summary));
    const where = headerLocation(doc, 'summary');
    if (summary === '') {
      const message =
        doc.kind === DocKind.CONG_VAN
          ? 'Thiếu trích yếu: công văn phải có dòng "V/v …" tóm tắt nội dung, dưới số và ký hiệu.'
          : 'Thiếu trích yếu: ngay dưới tên loại phải có một dòng tóm tắt nội dung (ví dụ "Triển khai thực hiện …").';
      return [finding(headerSummary, message, where)];
    }
    if (/[{}]/u.test(summary)) {
      return [finding(headerSummary, `Trích yếu ${quote(summary)} còn phần hướng dẫn trong dấu {…} chưa điền — thay bằng nội dung cụ thể.`, where)];
    }
    if (summary.length > 12 && isAllCaps(summary)) {
      return [finding(headerSummary, `Trích yếu ${quote(summary)} đang viết in hoa toàn bộ: trích yếu trình bày bằng chữ in thường (chỉ viết hoa chữ cái đầu và tên riêng).`, where, { severity: 'warning' })];
    }
    return [];
  },
};
