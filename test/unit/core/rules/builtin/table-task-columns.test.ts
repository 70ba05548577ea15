import { describe, expect, it } from 'vitest';
import { appendix, table } from '../../../../../core/model/builders';
import type { TableBlock } from '../../../../../core/model/plan-document';
import { contentLeadAgency } from '../../../../../core/rules/builtin/content-lead-agency';
import { tableTaskColumns } from '../../../../../core/rules/builtin/table-task-columns';
import { doc, goldenBody, h1, h2, p } from '../../../../helpers/doc-builders';
import { briefs } from '../../../../helpers/rules-check';
import { planWith, taskTable } from './appendix-docs';

const cell = (text: string, span: { rowSpan?: number; colSpan?: number } = {}) => ({ paragraphs: [{ runs: [{ text }] }], ...span });

/** Header, a column-number row, a group row spanning the table, and two tasks sharing a lead agency merged down. */
function merged(secondTime: string): TableBlock {
  return {
    kind: 'table',
    id: 'merged',
    headerRows: 1,
    columnWidths: [],
    rows: [
      { cells: ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'].map((t) => cell(t)) },
      { cells: ['(1)', '(2)', '(3)', '(4)', '(5)'].map((t) => cell(t)) },
      { cells: [cell('Nhóm nhiệm vụ về thể chế', { colSpan: 5 })] },
      { cells: [cell('1'), cell('Rà soát văn bản'), cell('Sở Tư pháp', { rowSpan: 2 }), cell('Các sở'), cell('Quý I')] },
      { cells: [cell('2'), cell('Công bố thủ tục'), cell('Các sở'), cell(secondTime)] },
    ],
  };
}

const texts = (plan: Parameters<typeof briefs>[1]): string[] => briefs(tableTaskColumns, plan).map((b) => `${b.location.path ?? '-'}: ${b.message}`);

describe('table.task-columns', () => {
  it('stays silent when every task names its lead agency and time, a merged lead cell covering the rows it spans', () => {
    expect([...texts(doc(h1('NỘI DUNG', merged('Quý II')))), ...texts(planWith([appendix({ title: 'NHIỆM VỤ', blocks: [taskTable([['1', 'Tuyên truyền', 'Sở Nội vụ', '', '2024']])] })]))]).toEqual([]);
  });

  it('names the rows that lack a lead agency or a time, skipping group rows and the column-number row', () => {
    const rows = [['1', 'Tuyên truyền', 'Sở Nội vụ', 'Các sở', ''], ['2', 'Kiểm tra', '', 'Các sở', 'Quý II'], ['II', 'NHÓM NHIỆM VỤ KHÁC', '', '', ''], ['3', 'Tổng kết', '', '', 'Tháng 12']];
    const plan = planWith([appendix({ title: 'DANH MỤC NHIỆM VỤ', blocks: [taskTable(rows)] })], 'Chi tiết tại Phụ lục kèm theo.');
    expect([...texts(plan), ...texts(doc(h1('NỘI DUNG', merged(''))))]).toEqual([
      'Phụ lục: Bảng phân công nhiệm vụ: nhiệm vụ 2, 3 chưa ghi cơ quan chủ trì — mỗi nhiệm vụ ghi một cơ quan chủ trì.',
      'Phụ lục: Bảng phân công nhiệm vụ: nhiệm vụ 1 chưa ghi thời gian hoàn thành.',
      'I: Bảng phân công nhiệm vụ: nhiệm vụ 2 chưa ghi thời gian hoàn thành.',
    ]);
  });

  it('leaves other tables alone (a list of people, a budget)', () => {
    const people = table([['STT', 'Họ và tên', 'Chức vụ', 'Số điện thoại'], ['1', 'Nguyễn Văn A', '', '']]);
    const budget = table([['STT', 'Nội dung', 'Kinh phí (triệu đồng)'], ['1', 'Tập huấn', '']]);
    expect(texts(doc(h1('NỘI DUNG', people, budget)))).toEqual([]);
  });

  it('leaves a báo cáo\'s table of tasks alone (it reports, it does not assign)', () => {
    const report = { ...doc(h1('KẾT QUẢ', taskTable([['1', 'Tuyên truyền', '', '', '']]))), kind: 'bao-cao' as const };
    expect(texts(report)).toEqual([]);
  });
});

describe('content.lead-agency with a task-assignment table', () => {
  const tasks = h1('NỘI DUNG', h2('Tuyên truyền về văn hóa đối ngoại', p('Đẩy mạnh tuyên truyền.')), h2('Quảng bá hình ảnh của tỉnh', p('Tổ chức sự kiện.')));
  const organise = h1('TỔ CHỨC THỰC HIỆN', p('Sở Nội vụ theo dõi, định kỳ báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12.'));
  const body = [goldenBody()[0]!, tasks, goldenBody()[2]!, organise];

  it('is not reported for a task the table names the lead agency of', () => {
    const rows = [['1', 'Tuyên truyền về văn hóa đối ngoại', 'Sở Văn hóa, Thể thao và Du lịch', '', '2024'], ['2', 'Quảng bá hình ảnh của tỉnh', 'Sở Ngoại vụ', '', '2024']];
    const plan = { ...doc(...body), appendices: [appendix({ title: 'PHÂN CÔNG NHIỆM VỤ', blocks: [taskTable(rows)] })] };
    expect({ without: briefs(contentLeadAgency, doc(...body)).length, with: briefs(contentLeadAgency, plan) }).toEqual({ without: 1, with: [] });
  });

  it('is still reported for a task the table does not carry', () => {
    const rows = [['1', 'Tuyên truyền về văn hóa đối ngoại', 'Sở Văn hóa, Thể thao và Du lịch', '', '2024']];
    const extra = h1('NỘI DUNG', h2('Tuyên truyền về văn hóa đối ngoại', p('Đẩy mạnh.'), p('Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.')), h2('Quảng bá hình ảnh của tỉnh', p('Tổ chức sự kiện.')));
    const plan = { ...doc(goldenBody()[0]!, extra, ...goldenBody().slice(2)), appendices: [appendix({ title: 'PHÂN CÔNG', blocks: [taskTable(rows)] })] };
    expect(briefs(contentLeadAgency, plan).map((b) => b.location.path)).toEqual(['II.2']);
  });
});
