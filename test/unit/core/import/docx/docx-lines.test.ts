/**
 * What the .docx reader hands the structure reader (factsToLines), one Word feature per synthetic
 * file: a data table as one table line, section orientation and page starts, soft breaks and tabs
 * that separate layout columns, and a trích yếu in a text box.
 */
import { describe, expect, test } from 'vitest';
import { readDocxFacts } from '../../../../../core/docx/reader/index';
import { factsToLines, importDocx } from '../../../../../core/import/docx/import-docx';
import type { ImportLine } from '../../../../../core/import/structure/index';
import type { PlanDocument } from '../../../../../core/model/plan-document';
import { tableText } from '../../../../../core/model/walk';
import { buildDocx, cell, para, row, run, sectPr, table, type ClassSpec } from '../../../../fixtures/docx/reader-classes/build';

async function lines(spec: ClassSpec): Promise<ImportLine[]> {
  const read = await readDocxFacts(await buildDocx(spec));
  if (!read.ok) {
    throw new Error(read.error.message);
  }
  return factsToLines(read.value);
}

async function plan(spec: ClassSpec): Promise<PlanDocument> {
  const read = await importDocx(await buildDocx(spec));
  if (!read.ok || !read.value[0]) {
    throw new Error(read.ok ? 'no document' : read.error.message);
  }
  return read.value[0];
}

/** Text and side of the lines that hold text. */
const shown = (ls: readonly ImportLine[]): unknown[] => ls.filter((l) => l.text.trim() !== '').map((l) => [l.cell ?? null, l.text]);

const LETTERHEAD = table([4500, 5000], [
  row(['ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc']),
  row(['Số: 120/KH-UBND', 'Bắc Giang, ngày 05 tháng 3 năm 2024']),
]);

const TASKS = table([700, 4000, 2500, 2500], [
  row(['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'], '<w:tblHeader/>'),
  row(['1', 'Rà soát thủ tục hành chính', 'Sở Tư pháp', 'Quý I']),
  row(['2', cell(['Số hóa hồ sơ', 'và kết quả giải quyết']), 'Sở Nội vụ', 'Quý II']),
]);

describe('data tables reach the structure reader whole', () => {
  test('a task table is one line holding the table, numbered by its first paragraph; layout tables stay lines', async () => {
    const ls = await lines({ body: LETTERHEAD + para('KẾ HOẠCH') + para('II. NỘI DUNG') + TASKS + para('III. TỔ CHỨC THỰC HIỆN') });
    const tableLines = ls.filter((l) => l.table !== undefined);
    expect(tableLines).toHaveLength(1);
    const [line] = tableLines;
    expect({ text: line?.text, line: line?.line, header: line?.table?.headerRows, rows: line?.table?.rows.length }).toEqual({
      text: tableText(line?.table ?? { kind: 'table', id: '', rows: [], headerRows: 0, columnWidths: [] }),
      line: 7,
      header: 1,
      rows: 3,
    });
    expect(line?.text).toBe('STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\n1\tRà soát thủ tục hành chính\tSở Tư pháp\tQuý I\n2\tSố hóa hồ sơ và kết quả giải quyết\tSở Nội vụ\tQuý II');
    expect(shown(ls.filter((l) => l.table === undefined))).toEqual([
      ['left', 'ỦY BAN NHÂN DÂN'],
      ['left', 'TỈNH BẮC GIANG'],
      ['left', 'Số: 120/KH-UBND'],
      ['right', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['right', 'Độc lập - Tự do - Hạnh phúc'],
      ['right', 'Bắc Giang, ngày 05 tháng 3 năm 2024'],
      [null, 'KẾ HOẠCH'],
      [null, 'II. NỘI DUNG'],
      [null, 'III. TỔ CHỨC THỰC HIỆN'],
    ]);
  });

  test('a landscape appendix section: its lines carry the orientation, the first one a page start', async () => {
    const body = para('Nội dung.') + para('', sectPr('portrait')) + para('PHỤ LỤC') + TASKS + sectPr('landscape');
    const ls = await lines({ body });
    expect(ls.map((l) => [l.table ? 'TABLE' : l.text, l.orientation, l.pageBreakBefore ?? false])).toEqual([
      ['Nội dung.', 'portrait', false],
      ['', 'portrait', false],
      ['PHỤ LỤC', 'landscape', true],
      ['TABLE', 'landscape', false],
    ]);
  });

  test('a page break before a data table starts the page on the table line', async () => {
    const ls = await lines({ body: para('', '', '', run('Hết phần thân\f')) + TASKS });
    expect(ls.map((l) => [l.table ? 'TABLE' : l.text, l.pageBreakBefore ?? false])).toEqual([
      ['Hết phần thân', false],
      ['TABLE', true],
    ]);
  });
});

describe('one paragraph holding several lines', () => {
  test('soft line breaks in a Nơi nhận cell and in a signer cell give one line each, on their side', async () => {
    const block = table([4500, 4500], [row([cell('Nơi nhận:\n- Như trên;\n- Lưu: VT, KGVX.'), cell('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nNguyễn Văn An')])]);
    expect(shown(await lines({ body: block }))).toEqual([
      ['left', 'Nơi nhận:'],
      ['left', '- Như trên;'],
      ['left', '- Lưu: VT, KGVX.'],
      ['right', 'TM. ỦY BAN NHÂN DÂN'],
      ['right', 'CHỦ TỊCH'],
      ['right', 'Nguyễn Văn An'],
    ]);
  });

  test('Nơi nhận and the signer aligned with tabs, no table: the tab separates the two columns', async () => {
    const body = [
      'Trên đây là Kế hoạch triển khai./.',
      'Nơi nhận:\t\t\tKT. CHỦ TỊCH',
      '- Như trên;\t\t\tPHÓ CHỦ TỊCH',
      '- Lưu: VT, KGVX.',
      '\t\t\t\tNguyễn Văn An',
    ].map((t) => para('', '', '', run(t))).join('');
    expect(shown(await lines({ body }))).toEqual([
      [null, 'Trên đây là Kế hoạch triển khai./.'],
      ['left', 'Nơi nhận:'],
      ['right', 'KT. CHỦ TỊCH'],
      ['left', '- Như trên;'],
      ['right', 'PHÓ CHỦ TỊCH'],
      [null, '- Lưu: VT, KGVX.'],
      [null, '    Nguyễn Văn An'],
    ]);
  });

  test('a letterhead aligned with tabs, no table: agency and Số go left, Quốc hiệu, Tiêu ngữ and date right', async () => {
    const body = ['ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH BẮC GIANG\t\tĐộc lập - Tự do - Hạnh phúc', 'Số: 120/KH-UBND\t\tBắc Giang, ngày 05 tháng 3 năm 2024', 'KẾ HOẠCH']
      .map((t) => para('', '', '', run(t)))
      .join('');
    expect(shown(await lines({ body }))).toEqual([
      ['left', 'ỦY BAN NHÂN DÂN'],
      ['right', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['left', 'TỈNH BẮC GIANG'],
      ['right', 'Độc lập - Tự do - Hạnh phúc'],
      ['left', 'Số: 120/KH-UBND'],
      ['right', 'Bắc Giang, ngày 05 tháng 3 năm 2024'],
      [null, 'KẾ HOẠCH'],
    ]);
  });

  test('two authority lines joined by a tab in one cell paragraph are two lines of that cell; a tab inside "Số:" is not a column', async () => {
    const block = table([4500, 4500], [row([cell(['Nơi nhận:', '- Như trên;']), cell([para('', '', '', run('TM. ỦY BAN NHÂN DÂN\tKT. CHỦ TỊCH')), 'PHÓ CHỦ TỊCH'])])]);
    const number = para('', '', '', run('Số:\t     /BC-UBND'));
    expect(shown(await lines({ body: number + block }))).toEqual([
      [null, 'Số:      /BC-UBND'],
      ['left', 'Nơi nhận:'],
      ['left', '- Như trên;'],
      ['right', 'TM. ỦY BAN NHÂN DÂN'],
      ['right', 'KT. CHỦ TỊCH'],
      ['right', 'PHÓ CHỦ TỊCH'],
    ]);
  });
  test('"TM." and "KT." written on one line with spaces between are two lines; a sentence naming "KT." is not split', async () => {
    const block = table([4500, 4500], [row([cell(['Nơi nhận:', '- Như trên;']), cell(['TM. ỦY BAN NHÂN DÂN    KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'])])]);
    const sentence = para('Giao Sở Nội vụ theo dõi, báo cáo KT. CHỦ TỊCH trước ngày 15/12.');
    expect(shown(await lines({ body: sentence + block }))).toEqual([
      [null, 'Giao Sở Nội vụ theo dõi, báo cáo KT. CHỦ TỊCH trước ngày 15/12.'],
      ['left', 'Nơi nhận:'],
      ['left', '- Như trên;'],
      ['right', 'TM. ỦY BAN NHÂN DÂN'],
      ['right', 'KT. CHỦ TỊCH'],
      ['right', 'PHÓ CHỦ TỊCH'],
    ]);
  });
});

describe('read as a plan', () => {
  test('the trích yếu in a text box under the type name is read as the trích yếu', async () => {
    const box = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${para('Triển khai chuyển đổi số năm 2024')}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback/></mc:AlternateContent></w:r>`;
    const body = LETTERHEAD + para('KẾ HOẠCH') + para('', '', '', box) + para('I. MỤC ĐÍCH, YÊU CẦU') + para('Nâng cao hiệu quả công tác.');
    const doc = await plan({ body });
    expect([doc.header.docType, doc.header.summary]).toEqual(['KẾ HOẠCH', 'Triển khai chuyển đổi số năm 2024']);
  });

  test('a signer and Nơi nhận split over two tables give the signer and the recipients', async () => {
    const recipients = table([4500, 4500], [row([cell(['Nơi nhận:', '- Các sở, ban, ngành;', '- Lưu: VT, KGVX.']), cell('')])]);
    const signer = table([4500, 4500], [row([cell(''), cell(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Nguyễn Văn An'])])]);
    const body = LETTERHEAD + para('KẾ HOẠCH') + para('Triển khai chuyển đổi số năm 2024') + para('I. MỤC ĐÍCH, YÊU CẦU') + para('Nâng cao hiệu quả công tác./.') + recipients + signer;
    const doc = await plan({ body });
    expect({ recipients: doc.recipients?.items.map((r) => r.text), name: doc.signature?.name, title: doc.signature?.signerTitle }).toEqual({
      recipients: ['Các sở, ban, ngành', 'Lưu: VT, KGVX'],
      name: 'Nguyễn Văn An',
      title: 'PHÓ CHỦ TỊCH',
    });
  });

  test('a signer and Nơi nhận aligned with tabs (no table) give the signer chain and the recipients', async () => {
    const closing = ['Trên đây là Kế hoạch triển khai./.', 'Nơi nhận:\t\t\tKT. CHỦ TỊCH', '- Như trên;\t\t\tPHÓ CHỦ TỊCH', '- Lưu: VT, KGVX.', '\t\t\t\tNguyễn Văn An'];
    const body = LETTERHEAD + para('KẾ HOẠCH') + para('Triển khai chuyển đổi số') + para('I. MỤC ĐÍCH') + closing.map((t) => para('', '', '', run(t))).join('');
    const doc = await plan({ body });
    expect({ signer: [doc.signature?.authority, doc.signature?.headTitle, doc.signature?.signerTitle, doc.signature?.name], recipients: doc.recipients?.items.map((r) => r.text) }).toEqual({
      signer: ['KT.', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn An'],
      recipients: ['Như trên', 'Lưu: VT, KGVX'],
    });
  });
});
