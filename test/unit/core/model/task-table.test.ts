import { describe, expect, it } from 'vitest';
import { appendix, bullet, emptyPlan, numbered, paragraph, resetIds, table } from '../../../../core/model/builders';
import type { Block, PlanDocument, TableBlock } from '../../../../core/model/plan-document';
import { applyTaskTable, findContentSection, readTaskRows, TASK_TABLE_COLUMNS } from '../../../../core/model/task-table';
import { blockText, cellText, runsText } from '../../../../core/model/walk';

const section = (text: string, children: Block[], sectionKey?: string): Block =>
  numbered({ level: 'section', text, children, ...(sectionKey ? { sectionKey } : {}) });
const item = (text: string, children: Block[] = [], titled = true): Block => numbered({ level: 'item', text, children, titled });
const point = (text: string, children: Block[] = []): Block => numbered({ level: 'point', text, children, titled: false });

/** Like seed 000: "II. NỘI DUNG", items with paragraphs, then "- Cơ quan chủ trì / phối hợp" lines. */
function seed000Body(): Block[] {
  return [
    section('MỤC ĐÍCH - YÊU CẦU', [item('Mục đích', [paragraph('Nâng cao nhận thức; Cơ quan chủ trì: không phải nhiệm vụ.')])]),
    section('NỘI DUNG', [
      item('Tiếp tục đẩy mạnh công tác tuyên truyền, quán triệt, nâng cao nhận thức về vị trí, vai trò của văn hóa đối ngoại', [
        paragraph('Tích cực tuyên truyền, phổ biến, quán triệt Nghị quyết số 33-NQ/TW.'),
        bullet('Cơ quan chủ trì: Sở Ngoại vụ.'),
        bullet('Cơ quan phối hợp: Sở Văn hóa, Thể thao và Du lịch; Sở Thông tin và Truyền thông; các cơ quan, đơn vị, địa phương có liên quan.'),
      ]),
      item('Tăng cường triển khai, thúc đẩy phát triển văn hóa số', [
        paragraph('Xây dựng các chương trình biểu diễn nghệ thuật hấp dẫn.'),
        bullet('Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.'),
      ]),
      item('Gắn kết các hoạt động với công tác người Việt Nam ở nước ngoài', [paragraph('Thường xuyên cập nhật dữ liệu.')]),
    ]),
    section('TỔ CHỨC THỰC HIỆN', [item('Sở Ngoại vụ', [bullet('Chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch đôn đốc.')])]),
  ];
}

/** Like seed 004: items with points; a point group names its agencies; "Cơ quan thực hiện" is the lead. */
function seed004Body(): Block[] {
  return [
    section('NỘI DUNG THỰC HIỆN', [
      item('Tăng cường công tác tuyên truyền, phổ biến và nâng cao nhận thức.', [
        point('Tiếp tục đẩy mạnh các hoạt động thông tin, tuyên truyền.'),
        point('Tiếp tục thực hiện hiệu quả công tác bảo tồn.'),
        bullet('Cơ quan thực hiện: Sở Ngoại vụ, Sở Văn hóa, Thể thao và Du lịch; các sở, ban, ngành, UBND các huyện, thành phố.'),
      ], false),
      item('Tăng cường công tác đào tạo, bồi dưỡng kiến thức về công tác ngoại giao văn hóa.', [
        point('Tổ chức lớp tập huấn ngoại giao văn hóa.'),
        point('Quảng bá sản phẩm văn hóa của tỉnh.', [bullet('Cơ quan chủ trì: Sở Ngoại vụ'), bullet('Cơ quan phối hợp: Các sở, ban, ngành và UBND các huyện, thành phố.')]),
        point('Tổ chức Đoàn nghệ thuật đi giao lưu tại Lào.', [bullet('Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.'), bullet('Cơ quan phối hợp: Sở Ngoại vụ và các cơ quan, đơn vị liên quan.')]),
      ], false),
    ]),
  ];
}

/** Like the "Kế hoạch công tác năm" template: bullets for time, lead, support, kinh phí; inline and one-line forms. */
function templateBody(): Block[] {
  return [
    section('NỘI DUNG HOẠT ĐỘNG', [
      item('Hội nghị triển khai nhiệm vụ năm', [bullet('Thời gian: Quý I năm 2026.'), bullet('Cơ quan chủ trì: Sở Nội vụ.'), bullet('Cơ quan phối hợp: Các cơ quan, đơn vị liên quan.'), bullet('Kinh phí: Dự toán năm 2026.')]),
      item('Rà soát thủ tục hành chính', [paragraph('Sở Tư pháp chủ trì, phối hợp với Văn phòng UBND tỉnh tổ chức rà soát. Thời gian thực hiện: tháng 6/2026.')]),
      item('Xây dựng cơ sở dữ liệu', [bullet('Chủ trì: Sở Khoa học và Công nghệ; thời hạn: 30/11/2026; sản phẩm: Cơ sở dữ liệu dùng chung.')]),
      item('Sơ kết, tổng kết'),
    ], 'noi-dung'),
  ];
}

function plan(body: Block[], extra: Partial<PlanDocument> = {}): PlanDocument {
  return { ...emptyPlan('ke-hoach'), body, ...extra };
}

function grid(t: TableBlock): string[][] {
  return t.rows.map((r) => r.cells.map(cellText));
}

let counter = 0;
const ids = (prefix: string): string => `${prefix}-new${(counter += 1)}`;

describe('task table', () => {
  it('reads each task of the Nội dung section with its lead and supporting agencies (seed-like body)', () => {
    resetIds();
    const rows = readTaskRows(seed000Body());
    expect(rows?.map((r) => [r.stt, r.task.slice(0, 40), r.lead, r.support, r.time, r.product])).toEqual([
      ['1', 'Tiếp tục đẩy mạnh công tác tuyên truyền,', 'Sở Ngoại vụ', 'Sở Văn hóa, Thể thao và Du lịch; Sở Thông tin và Truyền thông; các cơ quan, đơn vị, địa phương có liên quan', '', ''],
      ['2', 'Tăng cường triển khai, thúc đẩy phát tri', 'Sở Văn hóa, Thể thao và Du lịch', '', '', ''],
      ['3', 'Gắn kết các hoạt động với công tác người', '', '', '', ''],
    ]);
  });

  it('gives sub-tasks rows of their own when they name their agencies; "Cơ quan thực hiện" is the lead', () => {
    const rows = readTaskRows(seed004Body());
    expect(rows?.map((r) => [r.stt, r.task, r.lead, r.support, r.group])).toEqual([
      ['1', 'Tăng cường công tác tuyên truyền, phổ biến và nâng cao nhận thức', 'Sở Ngoại vụ, Sở Văn hóa, Thể thao và Du lịch; các sở, ban, ngành, UBND các huyện, thành phố', '', false],
      ['2', 'Tăng cường công tác đào tạo, bồi dưỡng kiến thức về công tác ngoại giao văn hóa', '', '', true],
      ['a', 'Tổ chức lớp tập huấn ngoại giao văn hóa', '', '', false],
      ['b', 'Quảng bá sản phẩm văn hóa của tỉnh', 'Sở Ngoại vụ', 'Các sở, ban, ngành và UBND các huyện, thành phố', false],
      ['c', 'Tổ chức Đoàn nghệ thuật đi giao lưu tại Lào', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Ngoại vụ và các cơ quan, đơn vị liên quan', false],
    ]);
  });

  it('takes agency lines a reader nested under the last point as the whole task\'s (one row for it)', () => {
    const body = [
      section('NỘI DUNG THỰC HIỆN', [
        item('Tăng cường công tác tuyên truyền.', [
          point('Đẩy mạnh thông tin.'),
          point('Bảo tồn di tích.', [bullet('Cơ quan thực hiện: Sở Ngoại vụ.'), bullet('Cơ quan phối hợp: UBND các huyện.')]),
        ], false),
      ]),
    ];
    expect(readTaskRows(body)?.map((r) => [r.stt, r.task, r.lead, r.support, r.group])).toEqual([['1', 'Tăng cường công tác tuyên truyền', 'Sở Ngoại vụ', 'UBND các huyện', false]]);
  });

  it('reads time and product, several fields on one line, and "A chủ trì, phối hợp với B" sentences', () => {
    const rows = readTaskRows(templateBody());
    expect(rows?.map((r) => [r.task, r.lead, r.support, r.time, r.product])).toEqual([
      ['Hội nghị triển khai nhiệm vụ năm', 'Sở Nội vụ', 'Các cơ quan, đơn vị liên quan', 'Quý I năm 2026', ''],
      ['Rà soát thủ tục hành chính', 'Sở Tư pháp', 'Văn phòng UBND tỉnh', 'tháng 6/2026', ''],
      ['Xây dựng cơ sở dữ liệu', 'Sở Khoa học và Công nghệ', '', '30/11/2026', 'Cơ sở dữ liệu dùng chung'],
      ['Sơ kết, tổng kết', '', '', '', ''],
    ]);
  });

  it('finds the content section by key or by heading ("NHIỆM VỤ, GIẢI PHÁP"), never Mục đích or Tổ chức thực hiện', () => {
    const byHeading = [section('MỤC TIÊU', [item('Mục tiêu chung')]), section('NHIỆM VỤ, GIẢI PHÁP', [item('Hoàn thiện thể chế')]), section('TỔ CHỨC THỰC HIỆN', [item('Sở Nội vụ')])];
    expect(runsText(findContentSection(byHeading)?.runs ?? [])).toBe('NHIỆM VỤ, GIẢI PHÁP');
    expect(findContentSection([section('MỤC ĐÍCH, YÊU CẦU', [item('Mục đích')]), section('TỔ CHỨC THỰC HIỆN', [item('Sở Nội vụ')])])).toBeNull();
    const inPart = [numbered({ level: 'part', text: 'NỘI DUNG', children: [section('Lĩnh vực văn hóa', [item('Bảo tồn di sản')])] })];
    // A Phần "NỘI DUNG" holding Mục: each Mục is a task (its items name no agencies, so no rows of their own).
    expect(readTaskRows(inPart)?.map((r) => [r.stt, r.task])).toEqual([['I', 'Lĩnh vực văn hóa']]);
  });

  it('puts the table in a new landscape task appendix with a reference in the body, then updates it in place', () => {
    counter = 0;
    const other = appendix({ title: 'DANH MỤC VĂN BẢN', blocks: [paragraph('Văn bản 1')], id: 'a-other' });
    const first = applyTaskTable(plan(templateBody(), { appendices: [other] }), ids);
    if (!first.ok) {
      throw new Error(first.problem);
    }
    const created = first.doc.appendices[1];
    const table = created?.blocks[0] as TableBlock;
    expect({
      created: first.created,
      appendix: { title: created?.title, orientation: created?.orientation, role: created?.role, label: created?.label, attachedLine: created?.attachedLine },
      header: grid(table)[0],
      headerRows: table.headerRows,
      role: table.role,
      widths: table.columnWidths.reduce((a, b) => a + b, 0),
      reference: first.doc.body[0]?.kind === 'numbered' ? blockText(first.doc.body[0].children.at(-1) ?? paragraph('')) : null,
    }).toEqual({
      created: true,
      appendix: { title: 'PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH', orientation: 'landscape', role: 'task-assignment', label: null, attachedLine: null },
      header: [...TASK_TABLE_COLUMNS],
      headerRows: 1,
      role: 'task-assignment',
      widths: 14287,
      reference: 'Phân công nhiệm vụ cụ thể tại Phụ lục II kèm theo Kế hoạch này.',
    });

    // The drafter edits the appendix (orientation, a note after the table) and a task in the body.
    const edited: PlanDocument = {
      ...first.doc,
      body: templateBody().map((b) => (b.kind === 'numbered' ? { ...b, children: [...b.children.slice(0, 3), item('Kiểm tra, giám sát', [bullet('Cơ quan chủ trì: Thanh tra tỉnh.')]), paragraph('Phân công tại Phụ lục II.')] } : b)),
      appendices: first.doc.appendices.map((a, i) => (i === 1 ? { ...a, orientation: 'portrait' as const, blocks: [...a.blocks, paragraph('Ghi chú: cập nhật hằng quý.')] } : a)),
    };
    const second = applyTaskTable(edited, ids);
    if (!second.ok) {
      throw new Error(second.problem);
    }
    const kept = second.doc.appendices[1];
    const newTable = kept?.blocks[0] as TableBlock;
    expect({
      created: second.created,
      count: second.doc.appendices.length,
      sameAppendix: kept?.id === created?.id,
      orientation: kept?.orientation,
      sameTableId: newTable.id === table.id,
      lastRow: grid(newTable).at(-1),
      note: kept?.blocks[1]?.kind,
      bodyUnchanged: second.doc.body === edited.body,
    }).toEqual({
      created: false,
      count: 2,
      sameAppendix: true,
      orientation: 'portrait',
      sameTableId: true,
      lastRow: ['4', 'Kiểm tra, giám sát', 'Thanh tra tỉnh', '', '', ''],
      note: 'paragraph',
      bodyUnchanged: true,
    });
  });

  it('updates a task table imported from Word (header row recognised, no role) instead of adding a second appendix', () => {
    counter = 0;
    const heading = ['TT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn hoàn thành', 'Sản phẩm', 'Ghi chú'];
    const imported = table(
      [heading, ['1', 'Hội nghị triển khai nhiệm vụ năm.', 'Sở Nội vụ', '', 'Quý I', '', 'Đã tổ chức'], ['9', 'Việc đã bỏ', '', '', '', '', 'Bỏ']],
      { id: 't-word' },
    );
    const word = appendix({ id: 'a-word', title: 'PHÂN CÔNG NHIỆM VỤ', blocks: [paragraph('Bảng kèm theo:'), imported], orientation: 'landscape' });
    const result = applyTaskTable(plan(templateBody(), { appendices: [word] }), ids);
    if (!result.ok) {
      throw new Error(result.problem);
    }
    const kept = result.doc.appendices[0];
    const updated = kept?.blocks[1] as TableBlock;
    expect({
      created: result.created,
      count: result.doc.appendices.length,
      appendixId: result.appendixId,
      role: kept?.role,
      intro: kept?.blocks[0]?.kind,
      tableId: updated.id,
      tableRole: updated.role,
      header: grid(updated)[0],
      rows: grid(updated).slice(1).map((r) => [r[0], r[1], r[6]]),
      widths: updated.columnWidths.reduce((a, b) => a + b, 0),
    }).toEqual({
      created: false,
      count: 1,
      appendixId: 'a-word',
      role: 'task-assignment',
      intro: 'paragraph',
      tableId: 't-word',
      tableRole: 'task-assignment',
      header: [...TASK_TABLE_COLUMNS, 'Ghi chú'],
      // The note follows its task; a task the body no longer has is gone with its note.
      rows: [
        ['1', 'Hội nghị triển khai nhiệm vụ năm', 'Đã tổ chức'],
        ['2', 'Rà soát thủ tục hành chính', ''],
        ['3', 'Xây dựng cơ sở dữ liệu', ''],
        ['4', 'Sơ kết, tổng kết', ''],
      ],
      widths: 14287,
    });
  });

  it('is conservative with imported tables: another header, a column it does not know or merged cells add a new appendix', () => {
    const tables = [
      table([['STT', 'Nội dung', 'Kinh phí'], ['1', 'Hội nghị', '10']]),
      table([['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kinh phí'], ['1', 'Hội nghị', 'Sở Nội vụ', '', '10']]),
      table([['STT', 'Nhiệm vụ', 'Cơ quan chủ trì'], ['1', 'Hội nghị', 'Sở Nội vụ']]),
      { ...table([['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp'], ['1', 'Hội nghị', 'Sở Nội vụ']]) },
    ];
    const merged = tables[3] as TableBlock;
    tables[3] = { ...merged, rows: merged.rows.map((r, i) => (i === 1 ? { cells: r.cells.map((c, j) => (j === 2 ? { ...c, colSpan: 2 } : c)) } : r)) };
    for (const t of tables) {
      const result = applyTaskTable(plan(templateBody(), { appendices: [appendix({ title: 'BẢNG', blocks: [t] })] }), ids);
      expect(result.ok && [result.created, result.doc.appendices.length]).toEqual([true, 2]);
    }
  });

  it('a new task appendix beside a single one: the body\'s "Phụ lục" becomes "Phụ lục I", the new sentence cites "Phụ lục II"', () => {
    counter = 0;
    const body = [...templateBody(), section('TỔ CHỨC THỰC HIỆN', [item('Sở Nội vụ', [paragraph('Thống kê theo mẫu tại Phụ lục kèm theo Kế hoạch này.')])])];
    const result = applyTaskTable(plan(body, { appendices: [appendix({ id: 'a-one', title: 'MẪU THỐNG KÊ' })] }), ids);
    if (!result.ok) {
      throw new Error(result.problem);
    }
    const [content, organisation] = result.doc.body;
    expect([
      content?.kind === 'numbered' ? blockText(content.children.at(-1) ?? paragraph('')) : null,
      organisation?.kind === 'numbered' && organisation.children[0]?.kind === 'numbered' ? blockText(organisation.children[0].children[0] ?? paragraph('')) : null,
    ]).toEqual(['Phân công nhiệm vụ cụ thể tại Phụ lục II kèm theo Kế hoạch này.', 'Thống kê theo mẫu tại Phụ lục I kèm theo Kế hoạch này.']);
  });

  it('says why when there is nothing to build from', () => {
    expect(applyTaskTable(plan([section('MỤC ĐÍCH', [item('Mục đích')])]))).toEqual({ ok: false, problem: 'no-content-section' });
    expect(applyTaskTable(plan([section('NỘI DUNG', [paragraph('Chưa có nhiệm vụ.')])]))).toEqual({ ok: false, problem: 'no-content-section' });
  });
});
