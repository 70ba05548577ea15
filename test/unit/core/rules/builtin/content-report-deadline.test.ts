import { describe, expect, it } from 'vitest';
import { contentReportDeadline } from '../../../../../core/rules/builtin/content-report-deadline';
import { doc, goldenBody, h1, h2, li, p } from '../../../../helpers/doc-builders';
import { briefs } from '../../../../helpers/rules-check';

describe('content.report-deadline', () => {
  it('stays silent when Tổ chức thực hiện sets a periodic report', () => {
    expect(briefs(contentReportDeadline, doc())).toEqual([]);
  });

  it('accepts the reporting duty in the closing paragraph after Tổ chức thực hiện', () => {
    const body = goldenBody();
    body[3] = h1('TỔ CHỨC THỰC HIỆN', h2('Sở Ngoại vụ', li('Theo dõi, đôn đốc.')));
    const plan = { ...doc(...body), closing: [p('Các cơ quan báo cáo kết quả định kỳ, trước ngày 15/11 hằng năm, gửi Sở Văn hóa, Thể thao và Du lịch tổng hợp./.')] };
    expect(briefs(contentReportDeadline, plan)).toEqual([]);
  });

  it('warns when nobody is asked to report', () => {
    const body = goldenBody();
    const organise = h1('TỔ CHỨC THỰC HIỆN', h2('Sở Ngoại vụ', li('Theo dõi, đôn đốc.')));
    body[3] = organise;
    const plan = { ...doc(...body), closing: [] };
    expect(briefs(contentReportDeadline, plan)).toEqual([
      { severity: 'warning', location: { part: 'body', blockId: organise.id, path: 'IV' }, message: expect.stringContaining('chưa quy định chế độ báo cáo'), fixed: false },
    ]);
  });

  it('warns when a report is asked for without a time', () => {
    const body = goldenBody();
    body[3] = h1('TỔ CHỨC THỰC HIỆN', h2('Sở Ngoại vụ', li('Tổng hợp, báo cáo Ủy ban nhân dân tỉnh.')));
    expect(briefs(contentReportDeadline, { ...doc(...body), closing: [] }).map((b) => b.message)).toEqual([expect.stringContaining('chưa nêu kỳ hoặc thời hạn')]);
  });
});
