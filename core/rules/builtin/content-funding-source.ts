/**
 * content.funding-source: the Kinh phí section names where the money comes from
 * (ngân sách …, nguồn xã hội hóa, nguồn hợp pháp khác …).
 */
import { normalizeText } from '../../text/normalize';
import { deepTextOf, indexDocument } from '../support/doc-index';
import { finding } from '../support/finding';
import { blockLocation } from '../support/locate';
import { sectionsWithCheck } from '../support/sections';
import type { Rule } from '../types';

const SOURCE = /ngân sách|nguồn|xã hội hóa|xã hội hoá|tài trợ|vốn|dự toán|chi thường xuyên|đóng góp|huy động/iu;

/** Kinh phí names a source of funds. */
export const contentFundingSource: Rule = {
  id: 'content.funding-source',
  group: 'content',
  severity: 'warning',
  title: 'Nguồn kinh phí',
  basis: 'Mẫu kế hoạch của cơ quan (mục Kinh phí)',
  check: (doc, ctx) => {
    const index = indexDocument(doc);
    return sectionsWithCheck(doc, ctx.profile, 'funding-source')
      .filter((m) => !SOURCE.test(normalizeText(deepTextOf(m.entry, index))))
      .map((m) => finding(contentFundingSource, `Mục ${m.entry.path} "${m.entry.text.trim()}" chưa nêu nguồn kinh phí: ghi rõ kinh phí từ đâu (ví dụ "ngân sách nhà nước theo phân cấp hiện hành", "nguồn xã hội hóa và các nguồn hợp pháp khác").`, blockLocation(m.entry)));
  },
};
