import { describe, expect, it } from 'vitest';
import { appendixLabel } from '../../../../../core/import/structure/appendix-lines';
import { importLines, type ImportLine } from '../../../../../core/import/structure/index';
import { table } from '../../../../../core/model/builders';
import { runsText, tableText } from '../../../../../core/model/walk';
import type { Appendix, Block, PlanDocument } from '../../../../../core/model/plan-document';
import { resolveIssuer } from '../../../../../core/rules/support/issuer';
import { documentWords, sourceWords, wordDiff } from '../../../../helpers/import-text-words';
import { readDocuments, txtFixture } from '../../../../helpers/txt-documents';

function outline(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    if (b.kind === 'table') {
      return [`▦${b.headerRows} ${tableText(b).replace(/\n/g, ' / ')}`];
    }
    const head = b.kind === 'numbered' ? `${b.label} ` : b.kind === 'bullet' ? `${b.marker} ` : '¶ ';
    return [`${head}${runsText(b.runs)}`, ...(b.kind === 'paragraph' ? [] : outline(b.children).map((l) => `  ${l}`))];
  });
}

function heading(a: Appendix): unknown[] {
  return [a.label, a.title, a.attachedLine, a.orientation, a.source?.text];
}

const FOOT = 'Nơi nhận:\n- Bộ Nội vụ;\n- Lưu: VT, NC.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n';
const HEAD = 'ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 12/KH-UBND\nKẾ HOẠCH\nCải cách hành chính\nI. NHIỆM VỤ\nThực hiện theo Phụ lục./.\n';

describe('appendices after the signer block', () => {
  const docs = readDocuments(txtFixture('ke-hoach-phu-luc.txt'));
  const doc = docs[0] as PlanDocument;

  it('reads two labelled appendices, each with its title, Kèm theo line and blocks, as one document', () => {
    expect(docs.length).toBe(1);
    expect(doc.appendices.map(heading)).toEqual([
      ['Phụ lục I', 'DANH MỤC NHIỆM VỤ CẢI CÁCH THỂ CHẾ', '(Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2026 của Chủ tịch UBND tỉnh Hà Nam)', 'portrait', 'Phụ lục I'],
      ['Phụ lục II', 'PHÂN CÔNG THEO DÕI, ĐÔN ĐỐC', '(Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2026 của Chủ tịch UBND tỉnh Hà Nam)', 'portrait', 'Phụ lục II'],
    ]);
  });

  it('reads a tab table, and a heading in capitals inside an appendix stays in it', () => {
    expect(doc.appendices.map((a) => outline(a.blocks))).toEqual([
      [
        '▦1 STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian / 1\tRà soát văn bản quy phạm pháp luật\tSở Tư pháp\tQuý I / 2\tCông bố thủ tục hành chính\tVăn phòng UBND tỉnh\tQuý II',
        '¶ BÁO CÁO KẾT QUẢ',
        '- Báo cáo định kỳ hằng quý.',
      ],
      ['1. Sở Nội vụ theo dõi chung.', '2. Văn phòng UBND tỉnh tổng hợp kết quả.'],
    ]);
  });

  it('stops Nơi nhận and the signer block where the appendices begin', () => {
    expect([doc.recipients?.items.map((i) => i.text), doc.signature?.name]).toEqual([['Bộ Nội vụ', 'Các sở, ban, ngành', 'Lưu: VT, NC'], 'Nguyễn Văn An']);
  });

  it('gives the rules the issuer named by the opening, and block ids unique across body and appendices', () => {
    const ids = [...doc.body, ...doc.appendices.flatMap((a) => [a, ...a.blocks])].map((b) => b.id);
    expect([resolveIssuer(doc).issuer, new Set(ids).size === ids.length]).toEqual(['head', true]);
  });

  it('loses no word', () => {
    const text = txtFixture('ke-hoach-phu-luc.txt');
    expect(wordDiff(sourceWords(text), docs.flatMap(documentWords))).toEqual({ missing: {}, extra: {} });
  });
});

describe('appendix variants', () => {
  it('reads an appendix with no label: a title in capitals, its Kèm theo line and a pipe table', () => {
    const [doc, ...more] = readDocuments(txtFixture('bao-cao-bieu-khong-nhan.txt'));
    expect([more.length, doc?.appendices.map(heading), doc?.appendices.map((a) => outline(a.blocks))]).toEqual([
      0,
      [[null, 'DANH SÁCH CÁC ĐƠN VỊ ĐÃ KIỂM TRA', '(Kèm theo Báo cáo số 45/BC-SCT ngày 10 tháng 3 năm 2026 của Sở Công Thương)', 'portrait', 'DANH SÁCH CÁC ĐƠN VỊ ĐÃ KIỂM TRA']],
      [['▦1 TT\tTên đơn vị\tKết quả / 1\tCông ty Mỏ Tả Phời\tĐạt / 2\tCông ty Apatit Việt Nam\tĐạt']],
    ]);
  });

  it('reads a label with its title on the same line; "Biểu số" labels in a row are appendices of their own', () => {
    const [doc] = readDocuments(`${HEAD}${FOOT}PHỤ LỤC I: DANH MỤC DỰ ÁN\n1. Dự án A.\nPhụ lục II - TỔNG HỢP KINH PHÍ\n- Kinh phí: 100 triệu đồng.`);
    const [other] = readDocuments(`${HEAD}${FOOT}Biểu số 01\nDANH MỤC DỰ ÁN\n1. Dự án A.\nBiểu số 02\nTỔNG HỢP KINH PHÍ\n- Kinh phí: 100 triệu đồng.`);
    expect([doc, other].map((d) => d?.appendices.map((a) => [a.label, a.title, a.attachedLine, outline(a.blocks)]))).toEqual([
      [
        ['PHỤ LỤC I', 'DANH MỤC DỰ ÁN', null, ['1. Dự án A.']],
        ['Phụ lục II', 'TỔNG HỢP KINH PHÍ', null, ['- Kinh phí: 100 triệu đồng.']],
      ],
      [
        ['Biểu số 01', 'DANH MỤC DỰ ÁN', null, ['1. Dự án A.']],
        ['Biểu số 02', 'TỔNG HỢP KINH PHÍ', null, ['- Kinh phí: 100 triệu đồng.']],
      ],
    ]);
  });

  it('keeps "Biểu mẫu" tables inside a "PHỤ LỤC", and reads a title of two lines', () => {
    const [doc] = readDocuments(`${HEAD}${FOOT}PHỤ LỤC\nBIỂU MẪU THỐNG KÊ SỐ LIỆU\nCỦA ỦY BAN NHÂN DÂN TỈNH\n(Kèm theo Báo cáo số 5/BC-UBND ngày 10/3/2026 của Chủ tịch Ủy ban nhân dân tỉnh)\nBiểu mẫu 1\nCông tác chỉ đạo\nBiểu mẫu 2\nCải cách thể chế`);
    expect([doc?.appendices.length, doc?.appendices[0]?.title, doc ? resolveIssuer(doc) : null]).toEqual([
      1, 'BIỂU MẪU THỐNG KÊ SỐ LIỆU\nCỦA ỦY BAN NHÂN DÂN TỈNH', { issuer: 'head', from: 'appendix' },
    ]);
  });

  it('never continues an unfinished last Nơi nhận entry with the appendix lines', () => {
    const [doc] = readDocuments(`${HEAD}KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\nNơi nhận:\n- Bộ Nội vụ;\n- Lưu: VT, NC.Châu\nPHỤ LỤC\nPHÂN CÔNG NHIỆM VỤ\n(Ban hành kèm theo Kế hoạch số 12/KH-UBND của Chủ tịch UBND tỉnh)\n1. Sở Tư pháp rà soát.`);
    expect([doc?.recipients?.items.map((i) => i.text), doc?.appendices.map((a) => [a.label, a.title, a.attachedLine])]).toEqual([
      ['Bộ Nội vụ', 'Lưu: VT, NC.Châu'],
      [['PHỤ LỤC', 'PHÂN CÔNG NHIỆM VỤ', '(Ban hành kèm theo Kế hoạch số 12/KH-UBND của Chủ tịch UBND tỉnh)']],
    ]);
  });

  it('splits a Kèm theo line glued on one line after the archive entry of Nơi nhận', () => {
    const [doc] = readDocuments(`${HEAD}KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\nNơi nhận:\n- Bộ Nội vụ;\n- Lưu: VT, NC.Châu (Ban hành kèm theo Kế hoạch số 12/KH-UBND của Chủ tịch UBND tỉnh)\nPHÂN CÔNG NHIỆM VỤ\n1. Sở Tư pháp rà soát.`);
    expect([doc?.recipients?.items.map((i) => i.text), doc?.signature?.name, doc?.appendices.map((a) => [a.title, a.attachedLine, outline(a.blocks)])]).toEqual([
      ['Bộ Nội vụ', 'Lưu: VT, NC.Châu'],
      'Nguyễn Văn An',
      [['PHÂN CÔNG NHIỆM VỤ', '(Ban hành kèm theo Kế hoạch số 12/KH-UBND của Chủ tịch UBND tỉnh)', ['1. Sở Tư pháp rà soát.']]],
    ]);
  });

  it('opens an appendix at a bold title after the signer\'s name, so that its numbered lines are no recipients', () => {
    const [doc] = readDocuments(`${HEAD}${FOOT}\n**Danh sách thành viên Tổ công tác**\n1. Ông Trần Văn B, Trưởng phòng;\n2. Bà Lê Thị C, chuyên viên.`);
    expect([doc?.recipients?.items.map((i) => i.text), doc?.appendices.map((a) => [a.title, outline(a.blocks)])]).toEqual([
      ['Bộ Nội vụ', 'Lưu: VT, NC'],
      [['Danh sách thành viên Tổ công tác', ['1. Ông Trần Văn B, Trưởng phòng;', '2. Bà Lê Thị C, chuyên viên.']]],
    ]);
  });

  it('keeps the blanks of a Kèm theo line as written, and joins one broken over two lines', () => {
    const [doc] = readDocuments(`${HEAD}${FOOT}Phụ lục\nTỔNG HỢP KẾT QUẢ\n(Kèm theo Báo cáo số         /BC-UBND ngày      /01/2026\ncủa UBND tỉnh Lâm Đồng)\n1. Kết quả.`);
    expect(doc?.appendices.map((a) => a.attachedLine)).toEqual(['(Kèm theo Báo cáo số         /BC-UBND ngày      /01/2026 của UBND tỉnh Lâm Đồng)']);
  });

  it('takes numbered lines after the name and the archive entry for an appendix, the phrase above them its title', () => {
    const [doc] = readDocuments(`${HEAD}${FOOT}Danh mục nhiệm vụ\n1. Sở Tư pháp chủ trì;\n2. Sở Nội vụ phối hợp.`);
    expect([doc?.recipients?.items.map((i) => i.text), outline(doc?.body ?? []), doc?.appendices.map((a) => [a.title, outline(a.blocks)])]).toEqual([
      ['Bộ Nội vụ', 'Lưu: VT, NC'],
      ['I. NHIỆM VỤ', '  ¶ Thực hiện theo Phụ lục'],
      [['Danh mục nhiệm vụ', ['1. Sở Tư pháp chủ trì;', '2. Sở Nội vụ phối hợp.']]],
    ]);
  });

  it('does not take a type name with a Kèm theo line under it for a new document', () => {
    const docs = readDocuments(`${HEAD}${FOOT}BÁO CÁO\n(Kèm theo Kế hoạch số 12/KH-UBND)\nI. KẾT QUẢ\nViệc.`);
    expect([docs.length, docs[0]?.appendices.map((a) => [a.title, outline(a.blocks)])]).toEqual([1, [['BÁO CÁO', ['I. KẾT QUẢ', '  ¶ Việc.']]]]);
  });

  it('still splits a new document with a letterhead after the signer block', () => {
    const docs = readDocuments(`${HEAD}${FOOT}ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 13/BC-UBND\nBÁO CÁO\nKết quả\nI. KẾT QUẢ\nViệc.`);
    expect(docs.map((d) => [d.kind, d.appendices.length])).toEqual([
      ['ke-hoach', 0],
      ['bao-cao', 0],
    ]);
  });
});

describe('appendix label lines', () => {
  it('reads the label (and a title in capitals after it), and leaves sentences and titles alone', () => {
    const lines = ['PHỤ LỤC', 'Phụ lục II', 'PHỤ LỤC SỐ 01', 'Phụ lục số II', 'Biểu số 01', 'Mẫu số 02', 'PHỤ LỤC I - DANH MỤC DỰ ÁN', 'Phụ lục: xem bảng dưới', 'Phụ lục kèm theo', 'BIỂU MẪU THỐNG KÊ', 'Mẫu báo cáo'];
    expect(lines.map((l) => appendixLabel(l))).toEqual([
      { label: 'PHỤ LỤC', title: null }, { label: 'Phụ lục II', title: null }, { label: 'PHỤ LỤC SỐ 01', title: null }, { label: 'Phụ lục số II', title: null },
      { label: 'Biểu số 01', title: null }, { label: 'Mẫu số 02', title: null }, { label: 'PHỤ LỤC I', title: 'DANH MỤC DỰ ÁN' }, null, null, null, null,
    ]);
  });
});

describe('appendices from Word lines (whole tables, page breaks, orientation)', () => {
  const line = (text: string, n: number, extra: Partial<ImportLine> = {}): ImportLine => ({ text, line: n, runs: [{ text }], ...extra });
  const task = table([['STT', 'Nhiệm vụ', 'Chủ trì'], ['1', 'Rà soát', 'Sở Tư pháp']], { id: 'x' });

  function read(lines: ImportLine[]): PlanDocument {
    const r = importLines(lines, { origin: 'docx', idPrefix: 'd' });
    if (!r.ok) {
      throw new Error(r.error.message);
    }
    return r.value[0] as PlanDocument;
  }

  it('starts an unlabelled appendix at a page break after the signer block, landscape as its section, with its table', () => {
    const doc = read([
      line('KẾ HOẠCH', 1), line('Trích yếu', 2), line('I. NỘI DUNG', 3), line('Việc./.', 4), line('Nơi nhận:', 5), line('- Lưu: VT.', 6),
      line('GIÁM ĐỐC', 7), line('Nguyễn Văn An', 8), line('', 9, { pageBreakBefore: true, orientation: 'landscape' }),
      line('TỔNG HỢP NHIỆM VỤ NĂM 2026', 10, { orientation: 'landscape' }), line(tableText(task), 11, { table: task, orientation: 'landscape' }),
    ]);
    expect([doc.recipients?.items.map((i) => i.text), doc.appendices.map((a) => [a.label, a.title, a.orientation, outline(a.blocks)])]).toEqual([
      ['Lưu: VT'],
      [[null, 'TỔNG HỢP NHIỆM VỤ NĂM 2026', 'landscape', ['▦1 STT\tNhiệm vụ\tChủ trì / 1\tRà soát\tSở Tư pháp']]],
    ]);
  });

  it('places a body table under its section, and a table after the signer block starts an appendix', () => {
    const doc = read([
      line('KẾ HOẠCH', 1), line('Trích yếu', 2), line('I. NỘI DUNG', 3), line(tableText(task), 4, { table: task }), line('II. TỔ CHỨC', 5), line('Việc./.', 6),
      line('Nơi nhận:', 7), line('- Lưu: VT.', 8), line('GIÁM ĐỐC', 9), line('Nguyễn Văn An', 10), line(tableText(task), 11, { table: task }),
    ]);
    expect([outline(doc.body), doc.appendices.map((a) => [a.title, a.blocks.map((b) => b.kind)])]).toEqual([
      ['I. NỘI DUNG', '  ▦1 STT\tNhiệm vụ\tChủ trì / 1\tRà soát\tSở Tư pháp', 'II. TỔ CHỨC', '  ¶ Việc'],
      [['', ['table']]],
    ]);
  });

  it('keeps a table that runs on to a new page in its appendix', () => {
    const doc = read([
      line('KẾ HOẠCH', 1), line('I. NỘI DUNG', 2), line('Việc./.', 3), line('GIÁM ĐỐC', 4), line('Nguyễn Văn An', 5),
      line('PHỤ LỤC', 6, { pageBreakBefore: true }), line('DANH MỤC', 7), line(tableText(task), 8, { table: task }),
      line(tableText(task), 9, { table: task, pageBreakBefore: true }),
    ]);
    expect(doc.appendices.map((a) => [a.label, a.blocks.length])).toEqual([['PHỤ LỤC', 2]]);
  });
});
