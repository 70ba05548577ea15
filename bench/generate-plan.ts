/**
 * Generated plans for the benchmark: a realistic Kế hoạch (I. Mục đích, yêu cầu; II. Nội dung with tasks,
 * points, lead and supporting agencies; III. Kinh phí; IV. Tổ chức thực hiện) of about 3 KB of text per page,
 * optionally with data tables spread over the tasks and two appendices (a budget table in portrait, the
 * task-assignment table in landscape).
 */
import type { Appendix, Block, PlanDocument, TableBlock } from '../core/model/plan-document';
import { appendix, bullet, emptyPlan, nextId, numbered, paragraph, resetIds, table } from '../core/model/builders';

/** Text per A4 page of a plan in 14 pt Times New Roman, as the brief counts it. */
export const BYTES_PER_PAGE = 3000;

const SENTENCES = [
  'Tăng cường công tác tuyên truyền, phổ biến, quán triệt các chủ trương của Đảng, chính sách, pháp luật của Nhà nước đến cán bộ, công chức, viên chức và Nhân dân trên địa bàn tỉnh',
  'Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý, điều hành, bảo đảm kết nối, chia sẻ dữ liệu giữa các cơ quan, đơn vị, địa phương',
  'Rà soát, sửa đổi, bổ sung các cơ chế, chính sách phù hợp với điều kiện thực tế của tỉnh, tạo điều kiện thuận lợi cho tổ chức, cá nhân tham gia',
  'Phối hợp chặt chẽ với các bộ, ngành Trung ương và các tỉnh, thành phố trong nước để trao đổi kinh nghiệm, huy động nguồn lực thực hiện nhiệm vụ',
  'Tổ chức kiểm tra, giám sát, đánh giá định kỳ kết quả thực hiện; kịp thời biểu dương, khen thưởng các tập thể, cá nhân có thành tích tiêu biểu',
  'Bảo tồn, phát huy giá trị di sản văn hóa vật thể và phi vật thể của các dân tộc, gắn với phát triển du lịch bền vững và xây dựng nông thôn mới',
];
const AGENCIES = ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Ngoại vụ', 'Sở Tài chính', 'Sở Nội vụ', 'Sở Khoa học và Công nghệ', 'Công an tỉnh'];

function sentence(i: number): string {
  return SENTENCES[i % SENTENCES.length] as string;
}

function agency(i: number): string {
  return AGENCIES[i % AGENCIES.length] as string;
}

function task(i: number): Block {
  const points = [0, 1, 2, 3, 4].map((p) => numbered({ level: 'point', titled: false, text: `${sentence(i + p)}; ${sentence(i + p + 2).toLowerCase()}.` }));
  return numbered({
    level: 'item',
    text: `${sentence(i).split(',')[0]} (nhiệm vụ ${i + 1})`,
    children: [
      paragraph(`${sentence(i + 1)}. ${sentence(i + 3)}.`),
      ...points,
      bullet(`Cơ quan chủ trì: ${agency(i)}.`),
      bullet(`Cơ quan phối hợp: ${agency(i + 1)}; ${agency(i + 2)}; các cơ quan, đơn vị, địa phương có liên quan.`),
      bullet(`Thời gian thực hiện: năm ${2026 + (i % 5)}.`),
    ],
  });
}

function fixedSections(): { purpose: Block; funding: Block; organisation: Block } {
  const purpose = numbered({
    level: 'section',
    text: 'MỤC ĐÍCH, YÊU CẦU',
    sectionKey: 'muc-dich-yeu-cau',
    children: [
      numbered({ level: 'item', text: 'Mục đích', children: [bullet(`${sentence(0)}.`), bullet(`${sentence(1)}.`)] }),
      numbered({ level: 'item', text: 'Yêu cầu', children: [bullet(`${sentence(2)}.`), bullet(`${sentence(3)}.`)] }),
    ],
  });
  const funding = numbered({
    level: 'section',
    text: 'KINH PHÍ THỰC HIỆN',
    sectionKey: 'kinh-phi',
    children: [paragraph('Kinh phí thực hiện Kế hoạch do ngân sách nhà nước bảo đảm theo phân cấp hiện hành và các nguồn hợp pháp khác.')],
  });
  const duties = AGENCIES.map((a, i) => numbered({ level: 'item', text: a, children: [bullet(`${sentence(i)}.`), bullet(`${sentence(i + 1)}.`)] }));
  const organisation = numbered({
    level: 'section',
    text: 'TỔ CHỨC THỰC HIỆN',
    sectionKey: 'to-chuc-thuc-hien',
    children: [
      ...duties,
      numbered({
        level: 'item',
        text: 'Chế độ báo cáo',
        children: [paragraph('Các cơ quan, đơn vị định kỳ báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh (qua Sở Văn hóa, Thể thao và Du lịch) trước ngày 15/12 hằng năm.')],
      }),
    ],
  });
  return { purpose, funding, organisation };
}

/** A task's schedule: TT, activity, unit, time; six rows under a header row. */
function scheduleTable(i: number): TableBlock {
  const rows = [0, 1, 2, 3, 4, 5].map((r) => [String(r + 1), `${sentence(i + r).split(',')[0]}`, agency(i + r), `Tháng ${((i + r) % 12) + 1}/2026`]);
  return table([['TT', 'Hoạt động', 'Đơn vị thực hiện', 'Thời gian'], ...rows], { columnWidths: [600, 4800, 2600, 1500] });
}

/** Phụ lục I (portrait): the budget, with a merged two-row header; Phụ lục II (landscape): one row per task. */
function appendices(tasks: readonly Block[]): Appendix[] {
  const budget: TableBlock = {
    kind: 'table',
    id: nextId(),
    headerRows: 2,
    columnWidths: [600, 4800, 1900, 1900],
    rows: [
      { cells: [{ paragraphs: [{ runs: [{ text: 'TT' }] }], rowSpan: 2 }, { paragraphs: [{ runs: [{ text: 'Nội dung chi' }] }], rowSpan: 2 }, { paragraphs: [{ runs: [{ text: 'Kinh phí (triệu đồng)' }] }], colSpan: 2 }] },
      { cells: [{ paragraphs: [{ runs: [{ text: 'Năm 2026' }] }] }, { paragraphs: [{ runs: [{ text: 'Năm 2027' }] }] }] },
      ...AGENCIES.map((a, i) => ({ cells: [String(i + 1), `Kinh phí giao ${a}`, String(100 + 10 * i), String(120 + 10 * i)].map((t) => ({ paragraphs: [{ runs: [{ text: t }] }] })) })),
    ],
  };
  const rows = tasks.map((t, i) => [
    String(i + 1),
    t.kind === 'numbered' ? t.runs.map((r) => r.text).join('') : '',
    agency(i),
    `${agency(i + 1)}; ${agency(i + 2)}`,
    `Năm ${2026 + (i % 5)}`,
    'Báo cáo kết quả thực hiện',
  ]);
  const header = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'];
  return [
    appendix({ title: 'DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH', blocks: [budget] }),
    appendix({
      title: 'PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH',
      orientation: 'landscape',
      role: 'task-assignment',
      blocks: [table([header, ...rows], { columnWidths: [700, 4200, 2400, 3000, 1600, 2300], role: 'task-assignment' })],
    }),
  ];
}

/** Extras of a generated plan: how many data tables in all (two of them in the appendices when there are appendices). */
export type GenerateOptions = {
  readonly tables?: number;
  readonly appendices?: boolean;
};

/** A plan of about `pages` pages (pages × BYTES_PER_PAGE bytes of body text). Deterministic. */
export function generatePlan(pages: number, options: GenerateOptions = {}): PlanDocument {
  resetIds('g');
  const { purpose, funding, organisation } = fixedSections();
  const tasks: Block[] = [];
  const target = pages * BYTES_PER_PAGE;
  // Each task is about 2.3 KB of UTF-8 text; the fixed sections about 3 KB.
  const count = Math.max(1, Math.round((target - 3000) / 2300));
  const bodyTables = Math.max(0, (options.tables ?? 0) - (options.appendices ? 2 : 0));
  const step = bodyTables > 0 ? count / bodyTables : 0;
  for (let i = 0; i < count; i++) {
    const t = task(i);
    // Tables spread evenly over the tasks, each after the task's opening paragraph.
    const withTable = step > 0 && Math.floor(i / step) !== Math.floor((i - 1) / step) && t.kind === 'numbered';
    tasks.push(withTable ? { ...t, children: [...t.children.slice(0, 1), scheduleTable(i), ...t.children.slice(1)] } : t);
  }
  const content = numbered({ level: 'section', text: 'NỘI DUNG', sectionKey: 'noi-dung', children: tasks });
  const base = emptyPlan('ke-hoach');
  return {
    ...base,
    header: {
      ...base.header,
      nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      agency: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG',
      number: '',
      symbol: 'KH-UBND',
      place: 'Bắc Giang',
      date: { day: 15, month: 3, year: 2026 },
      docType: 'KẾ HOẠCH',
      summary: 'Triển khai thực hiện Chiến lược văn hóa đối ngoại trên địa bàn tỉnh',
      issuer: 'collective',
    },
    opening: [paragraph('Thực hiện Chỉ thị số 25/CT-TTg ngày 10/9/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:')],
    body: [purpose, content, funding, organisation],
    endsWithMark: true,
    signature: { onBehalfOf: 'ỦY BAN NHÂN DÂN', authority: 'KT.', headTitle: 'CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
    recipients: { items: [{ text: 'Các sở, ban, ngành tỉnh', depth: 0 }, { text: 'Lưu: VT, VX', depth: 0 }] },
    appendices: options.appendices ? appendices(tasks) : [],
  };
}
