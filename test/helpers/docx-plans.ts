/**
 * Sample plans for the writer's tests, built with core/model builders: a full Kế hoạch covering every
 * level, a công văn, and a draft with blanks. Ids are reset so that goldens are stable.
 */
import { appendix, bullet, emptyHeader, emptyPlan, numbered, paragraph, resetIds, table } from '../../core/model/builders';
import type { Block, PlanDocument, TableBlock } from '../../core/model/plan-document';
import { appendixLabel, attachedLine } from '../../core/model/appendix';
import { cellText, walkBlocks } from '../../core/model/walk';
import { signatureLines } from '../../core/model/signature';

/** A provincial UBND Kế hoạch with Phần, I., 1. (titled and not), a) … đ), "-", "+", căn cứ and closing. */
export function fullPlan(): PlanDocument {
  resetIds('k');
  const base = emptyPlan('ke-hoach');
  return {
    ...base,
    header: {
      ...emptyHeader(),
      parentAgency: null,
      agency: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG',
      number: '859',
      symbol: 'KH-UBND',
      place: 'Bắc Giang',
      date: { day: 5, month: 1, year: 2020 },
      docType: 'KẾ HOẠCH',
      summary: 'Triển khai thực hiện Chỉ thị số 25/CT-TTg ngày 10/9/2021 của Thủ tướng Chính phủ về đẩy mạnh triển khai Chiến lược văn hóa đối ngoại',
      issuer: 'collective',
    },
    opening: [
      paragraph('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;'),
      paragraph('Thực hiện Chỉ thị số 25/CT-TTg ngày 10/9/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:'),
    ],
    body: [
      numbered({
        level: 'part',
        text: 'Tình hình thực hiện nhiệm vụ',
        children: [
          numbered({
            level: 'section',
            text: 'Mục đích, yêu cầu',
            children: [
              numbered({ level: 'item', text: 'Mục đích', children: [bullet('Nâng cao nhận thức của các cấp, các ngành về văn hóa đối ngoại.')] }),
              numbered({
                level: 'item',
                text: 'Yêu cầu',
                children: [
                  bullet([{ text: 'Bảo đảm ' }, { text: 'thiết thực', bold: true }, { text: ', ' }, { text: 'hiệu quả', italic: true }, { text: ';' }], [
                    bullet('Phù hợp với điều kiện của địa phương;', [], '+'),
                  ]),
                ],
              }),
            ],
          }),
          numbered({
            level: 'section',
            text: 'Nội dung',
            children: [
              numbered({
                level: 'item',
                text: 'Tuyên truyền, phổ biến',
                children: ['Tổ chức hội nghị quán triệt', 'Biên soạn tài liệu', 'Đăng tin trên Cổng thông tin', 'Tổ chức các hoạt động giao lưu', 'Xây dựng chuyên mục', 'Đánh giá kết quả'].map(
                  (t) => numbered({ level: 'point', text: `${t}.`, titled: false }),
                ),
              }),
              numbered({ level: 'item', titled: false, text: 'Các sở, ngành chủ động phối hợp thực hiện các nhiệm vụ được giao.' }),
            ],
          }),
          numbered({ level: 'section', text: 'Kinh phí thực hiện', children: [paragraph('Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp hiện hành.')] }),
          numbered({ level: 'section', text: 'Tổ chức thực hiện', children: [paragraph('Hướng dẫn: ghi nhiệm vụ của từng cơ quan.', { placeholder: true }), paragraph('Sở Văn hóa, Thể thao và Du lịch chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch này.')] }),
        ],
      }),
    ],
    closing: [paragraph('Trên đây là Kế hoạch triển khai thực hiện Chỉ thị số 25/CT-TTg trên địa bàn tỉnh.')],
    signature: { onBehalfOf: 'ỦY BAN NHÂN DÂN', authority: 'KT.', headTitle: 'CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH', name: 'Lê Ánh Dương' },
    recipients: {
      items: [
        { text: 'Văn phòng Chính phủ', depth: 0 },
        { text: 'TT Tỉnh ủy, TT HĐND tỉnh', depth: 0 },
        { text: 'Các sở, ban, ngành', depth: 0 },
        { text: 'Sở Văn hóa, Thể thao và Du lịch', depth: 1 },
        { text: 'Lưu: VT, KGVX', depth: 0 },
      ],
    },
  };
}

/** A công văn with V/v, several addressees, and a Nơi nhận beginning with "Như trên". */
export function congVan(): PlanDocument {
  resetIds('c');
  const base = emptyPlan('cong-van');
  return {
    ...base,
    header: {
      ...emptyHeader(),
      parentAgency: 'UBND TỈNH BẮC GIANG',
      agency: 'SỞ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH',
      number: '5',
      symbol: 'SVHTTDL-VP',
      place: 'Bắc Giang',
      date: { day: 29, month: 6, year: 2021 },
      summary: 'triển khai Kế hoạch thực hiện Chỉ thị số 25/CT-TTg',
      addressees: ['Ủy ban nhân dân các huyện, thành phố', 'Các phòng, đơn vị thuộc Sở;', 'Trung tâm Văn hóa tỉnh'],
    },
    body: [paragraph('Thực hiện Kế hoạch số 859/KH-UBND của Ủy ban nhân dân tỉnh, Sở Văn hóa, Thể thao và Du lịch đề nghị các cơ quan, đơn vị triển khai thực hiện.')],
    closing: [paragraph('Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.')],
    signature: { onBehalfOf: null, authority: 'KT.', headTitle: 'GIÁM ĐỐC', signerTitle: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Bình' },
    recipients: { items: [{ text: 'Như trên', depth: 0 }, { text: 'Lưu: VT, VP', depth: 0 }] },
  };
}

/** A new draft: blank number, date parts and signer name; no agency; guidance placeholders only. */
export function blankDraft(): PlanDocument {
  resetIds('d');
  const base = emptyPlan('ke-hoach');
  return {
    ...base,
    header: { ...emptyHeader(), agency: '', number: '', symbol: 'KH-UBND', place: '', date: { day: null, month: 9, year: 2021 }, docType: 'KẾ HOẠCH', summary: '' },
    body: [
      numbered({ level: 'section', text: 'Mục đích, yêu cầu', children: [paragraph('Nêu mục đích của kế hoạch.', { placeholder: true })] }),
      numbered({ level: 'section', text: '', children: [numbered({ level: 'item', text: '' }), bullet('')] }),
    ],
    signature: { onBehalfOf: 'ỦY BAN NHÂN DÂN', authority: null, headTitle: null, signerTitle: 'CHỦ TỊCH', name: '' },
    recipients: null,
  };
}

const SENTENCE =
  'Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố căn cứ chức năng, nhiệm vụ được giao chủ động xây dựng kế hoạch, tổ chức triển khai thực hiện có hiệu quả các nhiệm vụ, giải pháp đề ra';

/** A long Kế hoạch of about `pages` A4 pages (sections of four items with nine bullets each). */
export function longPlan(pages: number): PlanDocument {
  resetIds('l');
  // About 8.5 paragraphs fill a page (measured with LibreOffice: longPlan(100) renders 98–100 pages).
  const sections = Math.max(1, Math.round((pages * 1.17) / 5));
  const body = Array.from({ length: sections }, (_, s) =>
    numbered({
      level: 'section',
      text: `Nhiệm vụ trọng tâm số ${s + 1}`,
      children: Array.from({ length: 4 }, (_, i) =>
        numbered({
          level: 'item',
          text: `Nhóm giải pháp ${s + 1}.${i + 1}`,
          children: Array.from({ length: 9 }, (_, j) => bullet(`${SENTENCE} (mục ${s + 1}.${i + 1}.${j + 1}); bảo đảm tiến độ, chất lượng và hiệu quả.`)),
        }),
      ),
    }),
  );
  return { ...fullPlan(), body };
}

const TASK_HEADER = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'];
const LEADS = ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Ngoại vụ', 'Sở Tài chính', 'Sở Nội vụ'];

/** A task-assignment table of `rows` tasks (STT … Sản phẩm), with Word-like relative column widths. */
export function taskTable(rows: number): TableBlock {
  const body = Array.from({ length: rows }, (_, i) => [
    String(i + 1),
    `Tổ chức triển khai nhiệm vụ số ${i + 1} về văn hóa đối ngoại, bảo đảm tiến độ và chất lượng`,
    LEADS[i % LEADS.length] ?? '',
    `${LEADS[(i + 1) % LEADS.length] ?? ''}; Ủy ban nhân dân các huyện, thành phố`,
    `Quý ${(i % 4) + 1}/2026`,
    `Báo cáo kết quả nhiệm vụ ${i + 1}`,
  ]);
  return table([TASK_HEADER, ...body], { headerRows: 1, columnWidths: [700, 4200, 2400, 3000, 1600, 2300], role: 'task-assignment' });
}

/**
 * fullPlan with tables and two appendices: a body table at the top level of a section (merged header cells,
 * bold and italic runs, a centred cell) and one inside an item; Phụ lục I portrait (numbered items and a
 * small table), Phụ lục II landscape with a task table long enough to run over two pages.
 */
export function tablePlan(taskRows = 40): PlanDocument {
  const base = fullPlan();
  resetIds('t');
  const budget: TableBlock = {
    kind: 'table',
    id: 'budget',
    headerRows: 2,
    columnWidths: [600, 3600, 1800, 1800],
    rows: [
      { cells: [{ paragraphs: [{ runs: [{ text: 'TT' }] }], rowSpan: 2 }, { paragraphs: [{ runs: [{ text: 'Nội dung chi' }] }], rowSpan: 2 }, { paragraphs: [{ runs: [{ text: 'Kinh phí (triệu đồng)' }] }], colSpan: 2 }] },
      { cells: [{ paragraphs: [{ runs: [{ text: 'Năm 2026' }] }] }, { paragraphs: [{ runs: [{ text: 'Năm 2027' }] }] }] },
      { cells: [{ paragraphs: [{ runs: [{ text: '1' }] }] }, { paragraphs: [{ runs: [{ text: 'Tuyên truyền, ' }, { text: 'phổ biến', bold: true }] }] }, { paragraphs: [{ runs: [{ text: '150' }], align: 'right' }] }, { paragraphs: [{ runs: [{ text: '200' }], align: 'right' }] }] },
      { cells: [{ paragraphs: [{ runs: [{ text: '2' }] }] }, { paragraphs: [{ runs: [{ text: 'Hội nghị, hội thảo' }] }, { runs: [{ text: '(hai đợt)', italic: true }] }] }, { paragraphs: [{ runs: [{ text: '80' }], align: 'right' }] }, { paragraphs: [{ runs: [{ text: '120' }], align: 'right' }] }] },
    ],
  };
  const schedule = table([['Đợt', 'Thời gian', 'Địa điểm'], ['1', 'Tháng 3/2026', 'Thành phố Bắc Giang'], ['2', 'Tháng 9/2026', 'Huyện Lục Nam']], { id: 'schedule' });
  const [part] = base.body;
  if (!part || part.kind !== 'numbered') {
    throw new Error('fullPlan changed shape');
  }
  const [purpose, content, funding, organisation] = part.children as [Block, Block, Block, Block];
  const withSchedule = content.kind === 'numbered' ? { ...content, children: [...content.children.slice(0, 1).map((item) => (item.kind === 'numbered' ? { ...item, children: [...item.children, schedule] } : item)), ...content.children.slice(1)] } : content;
  const withBudget = funding.kind === 'numbered' ? { ...funding, children: [...funding.children, budget] } : funding;
  // The body refers to each appendix (PL I, Phần I, Mục III, khoản 1).
  const refers = paragraph('Danh mục hoạt động trọng tâm tại Phụ lục I, phân công nhiệm vụ tại Phụ lục II kèm theo Kế hoạch này.');
  const withReference = organisation.kind === 'numbered' ? { ...organisation, children: [...organisation.children, refers] } : organisation;
  return {
    ...base,
    body: [{ ...part, children: [purpose, withSchedule, withBudget, withReference] }],
    appendices: [
      appendix({
        id: 'pl1',
        title: 'Danh mục các hoạt động\ntrọng tâm năm 2026',
        blocks: [
          numbered({ level: 'section', text: 'Hoạt động tuyên truyền', children: [bullet('Tổ chức hội nghị quán triệt.'), table([['Hoạt động', 'Số lượng'], ['Hội nghị', '3'], ['Tọa đàm', '2']], { id: 'activities' })] }),
          numbered({ level: 'section', text: 'Hoạt động giao lưu', children: [paragraph('Tổ chức giao lưu văn hóa với các địa phương kết nghĩa.')] }),
        ],
      }),
      appendix({ id: 'pl2', title: 'Phân công nhiệm vụ thực hiện Kế hoạch', orientation: 'landscape', role: 'task-assignment', blocks: [taskTable(taskRows)] }),
    ],
  };
}

/** Every text of a plan that export must keep (placeholder guidance excluded), one string per piece. */
export function planTexts(doc: PlanDocument): string[] {
  const h = doc.header;
  const out: string[] = [h.parentAgency, h.agency, h.number, h.symbol, h.place, h.docType, h.summary, ...h.addressees].filter(
    (t): t is string => typeof t === 'string',
  );
  const visit = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      if ((b.kind === 'paragraph' && b.placeholder) || b.kind === 'table') {
        continue; // tables: cell by cell below
      }
      out.push(b.runs.map((r) => r.text).join(''));
      if (b.kind === 'numbered' && b.label) {
        out.push(b.label);
      }
      if (b.kind !== 'paragraph') {
        visit(b.children);
      }
    }
  };
  visit([...doc.opening, ...doc.body, ...doc.closing]);
  if (doc.signature) {
    out.push(...signatureLines(doc.signature), doc.signature.name ?? '');
  }
  out.push(...(doc.recipients?.items ?? []).map((item) => item.text));
  (doc.appendices ?? []).forEach((a, i) => out.push(appendixLabel(doc.appendices, i), a.title, attachedLine(doc, a)));
  const cells = (blocks: readonly Block[]): void =>
    walkBlocks(blocks, ({ block }) => {
      if (block.kind === 'table') {
        out.push(...block.rows.flatMap((row) => row.cells.map(cellText)));
      }
    });
  cells(doc.body);
  (doc.appendices ?? []).forEach((a) => {
    visit(a.blocks);
    cells(a.blocks);
  });
  return out;
}
