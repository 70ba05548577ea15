/**
 * content.report-deadline: Tổ chức thực hiện (or the closing paragraph after it) sets a reporting duty:
 * who reports, to whom, and when ("định kỳ", "trước ngày 15/11 hằng năm" …).
 */
import type { PlanDocument } from '../../model/plan-document';
import { runsText } from '../../model/walk';
import { normalizeText } from '../../text/normalize';
import { descendants, indexDocument } from '../support/doc-index';
import { finding } from '../support/finding';
import { blockLocation } from '../support/locate';
import { sectionsWithCheck, type SectionMatch } from '../support/sections';
import type { Finding, Rule } from '../types';

const REPORT = /báo cáo/iu;
const WHEN = /định kỳ|hằng năm|hàng năm|hằng quý|hàng quý|hằng tháng|hàng tháng|6 tháng|sáu tháng|trước ngày|chậm nhất|đột xuất|cuối năm|sơ kết|tổng kết/iu;

function texts(doc: PlanDocument, match: SectionMatch): string[] {
  const index = indexDocument(doc);
  const own = [match.entry, ...descendants(match.entry, index)].map((e) => e.text);
  return [...own, ...doc.closing.map((p) => runsText(p.runs))].map((t) => normalizeText(t));
}

/** A reporting duty with its timing. */
export const contentReportDeadline: Rule = {
  id: 'content.report-deadline',
  group: 'content',
  severity: 'warning',
  title: 'Chế độ báo cáo',
  basis: 'Mẫu kế hoạch của cơ quan (mục Tổ chức thực hiện)',
  check: (doc, ctx) => {
    const out: Finding[] = [];
    for (const match of sectionsWithCheck(doc, ctx.profile, 'report-deadline')) {
      const all = texts(doc, match);
      if (all.some((t) => REPORT.test(t) && WHEN.test(t))) {
        continue;
      }
      const message = all.some((t) => REPORT.test(t))
        ? `Mục ${match.entry.path} "${match.entry.text.trim()}" có giao báo cáo nhưng chưa nêu kỳ hoặc thời hạn báo cáo (ví dụ "định kỳ hằng năm, trước ngày 15/11").`
        : `Mục ${match.entry.path} "${match.entry.text.trim()}" chưa quy định chế độ báo cáo: nêu cơ quan nào báo cáo, báo cáo ai và thời hạn (ví dụ "định kỳ báo cáo Ủy ban nhân dân tỉnh trước ngày 15/11 hằng năm").`;
      out.push(finding(contentReportDeadline, message, blockLocation(match.entry)));
    }
    return out;
  },
};
