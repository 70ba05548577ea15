import { describe, expect, test } from 'vitest';
import { emptyPlan, paragraph } from '../../../../../core/model/builders';
import type { ParagraphFacts } from '../../../../../core/model/formatting';
import type { PlanDocument } from '../../../../../core/model/plan-document';
import { formatBodyParagraph } from '../../../../../core/rules/builtin/format/body-paragraph';
import { formatEmphasis } from '../../../../../core/rules/builtin/format/emphasis';
import { formatLines } from '../../../../../core/rules/builtin/format/lines';
import { formatPaper } from '../../../../../core/rules/builtin/format/paper';
import { findingsOf } from '../../../../helpers/docx-fixtures-rules';
import { facts, page, para } from '../builtin/appendix-docs';

/** A Word document: header lines 1–3 (agency, motto, trích yếu), opening line 4, body paragraph lines 5–6. */
function word(kind: PlanDocument['kind'], paragraphs: readonly ParagraphFacts[], sections = [page('portrait')]): PlanDocument {
  const base = emptyPlan(kind, 'docx');
  const at = (line: number, text: string) => ({ line, text });
  return {
    ...base,
    header: { ...base.header, agency: 'SỞ NỘI VỤ', motto: 'Độc lập - Tự do - Hạnh phúc', summary: 'Kết quả công tác năm 2025', source: { agency: at(1, ''), motto: at(2, ''), summary: at(3, '') } },
    opening: [{ ...paragraph('Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2025 của Ủy ban nhân dân tỉnh, Sở Nội vụ báo cáo như sau:'), source: at(4, '') }, { ...paragraph('Căn cứ Luật Tổ chức chính quyền địa phương;'), source: at(7, '') }],
    body: [{ ...paragraph('Nội dung.'), source: at(5, '') }, { ...paragraph('Bảng tổng hợp.'), source: at(6, '') }],
    formatting: facts(paragraphs, sections),
  };
}

const LETTERHEAD = [para(0, 'SỞ NỘI VỤ', { hasBottomBorder: true }), para(1, 'Độc lập - Tự do - Hạnh phúc', { hasBottomBorder: true }), para(2, 'Kết quả công tác năm 2025')];
const OPENING = para(3, 'Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2025 của Ủy ban nhân dân tỉnh, Sở Nội vụ báo cáo như sau:');
const BODY = [para(4, 'Nội dung.', { section: 0 }), para(5, 'Bảng tổng hợp.', { section: 1, alignment: 'center', firstLineTw: 0 }), para(6, 'Căn cứ Luật Tổ chức chính quyền địa phương;')];

describe('format rules on how Word lays a document out', () => {
  test('format.lines counts a line drawn as a shape anchored in the next paragraph', () => {
    const withShape = word('bao-cao', [...LETTERHEAD, { ...OPENING, drawnLines: 1 }, ...BODY]);
    const without = word('bao-cao', [...LETTERHEAD, OPENING, ...BODY]);
    expect({ withShape: findingsOf(formatLines, withShape), without: findingsOf(formatLines, without).length }).toEqual({ withShape: [], without: 1 });
  });

  test('format.body-paragraph does not judge a paragraph on landscape pages (a wide table section)', () => {
    const landscape = word('bao-cao', [...LETTERHEAD, OPENING, ...BODY], [page('portrait'), page('landscape')]);
    const portrait = word('bao-cao', [...LETTERHEAD, OPENING, ...BODY], [page('portrait'), page('portrait')]);
    expect({ landscape: findingsOf(formatBodyParagraph, landscape), portrait: findingsOf(formatBodyParagraph, portrait).length }).toEqual({ landscape: [], portrait: 2 });
  });

  test('format.paper accepts a later landscape section holding a table, and warns on one without', () => {
    const table = word('ke-hoach', [...LETTERHEAD, OPENING, BODY[0]!, { ...BODY[1]!, dataTable: true, container: 'table' }], [page('portrait'), page('landscape')]);
    const empty = word('ke-hoach', [...LETTERHEAD, OPENING, BODY[0]!, { ...BODY[1]!, dataTable: false }], [page('portrait'), page('landscape')]);
    expect({ table: findingsOf(formatPaper, table), empty: findingsOf(formatPaper, empty) }).toEqual({
      table: [],
      empty: ['warning @-: Phần 2 của văn bản đặt khổ ngang nhưng không có bảng: chỉ trang có bảng rộng mới đặt ngang.'],
    });
  });

  test('format.emphasis asks italic of "Căn cứ …;" list lines of a Kế hoạch, not of the narrative "Căn cứ …, … như sau:" of a báo cáo', () => {
    const paragraphs = [...LETTERHEAD.map((p) => ({ ...p, runs: p.runs.map((r) => ({ ...r, bold: true })) })), OPENING, ...BODY];
    const italicFaults = (kind: PlanDocument['kind']): string[] => findingsOf(formatEmphasis, word(kind, paragraphs)).filter((f) => f.includes('in nghiêng'));
    expect({ report: italicFaults('bao-cao'), plan: italicFaults('ke-hoach') }).toEqual({
      report: [],
      plan: ['warning @7: Phần căn cứ "Căn cứ Luật Tổ chức chính quyền địa phương;": chưa in nghiêng; cần in nghiêng.'],
    });
  });
});
