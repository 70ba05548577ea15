/**
 * How Word lays a document out, one feature per synthetic file: data tables versus layout tables,
 * sections and page breaks, tabs, drawn lines, text boxes, header/footer parts Word never shows, list
 * label fonts, the page count Word saved.
 */
import { describe, expect, test } from 'vitest';
import { readDocxFacts } from '../../../../../core/docx/reader/index';
import type { FormattingFacts } from '../../../../../core/model/formatting';
import { cellText } from '../../../../../core/model/walk';
import { buildDocx, cell, para, row, run, sectPr, table, type ClassSpec } from '../../../../fixtures/docx/reader-classes/build';

async function facts(spec: ClassSpec): Promise<FormattingFacts> {
  const read = await readDocxFacts(await buildDocx(spec));
  if (!read.ok) {
    throw new Error(read.error.message);
  }
  return read.value;
}

const B = '<w:b/>';
const MERGE_START = '<w:vMerge w:val="restart"/>';
const MERGE_ON = '<w:vMerge/>';

/** A statistics table: two header rows (the first repeated, "STT" merged down), a cell spanning two columns. */
const MERGED_TABLE = table([700, 4000, 1500, 1500], [
  row([cell('STT', MERGE_START), cell('Chỉ tiêu', MERGE_START), cell('Kết quả', '<w:gridSpan w:val="2"/>')], '<w:tblHeader/>'),
  row([cell('', MERGE_ON), cell('', MERGE_ON), 'Đơn vị tính', 'Số liệu']),
  row(['1', 'Số văn bản chỉ đạo', 'Văn bản', '29']),
  row(['2', cell(['Tỷ lệ hoàn thành', 'Kế hoạch năm']), '%', '22,45']),
]);

describe('data tables', () => {
  test('a table of data is read whole: header rows, merged cells in the HTML model, grid widths; its paragraphs are marked', async () => {
    const read = await facts({ body: para('Kết quả như sau:') + MERGED_TABLE + para('Trên đây là báo cáo.') + sectPr('portrait') });
    const [data] = read.dataTables ?? [];
    expect(read.dataTables).toHaveLength(1);
    expect(data?.block.headerRows).toBe(2);
    expect(data?.block.columnWidths).toEqual([700, 4000, 1500, 1500]);
    expect(data?.block.rows.map((r) => r.cells.map((c) => [cellText(c), c.colSpan ?? 1, c.rowSpan ?? 1]))).toEqual([
      [['STT', 1, 2], ['Chỉ tiêu', 1, 2], ['Kết quả', 2, 1]],
      [['Đơn vị tính', 1, 1], ['Số liệu', 1, 1]],
      [['1', 1, 1], ['Số văn bản chỉ đạo', 1, 1], ['Văn bản', 1, 1], ['29', 1, 1]],
      [['2', 1, 1], ['Tỷ lệ hoàn thành\nKế hoạch năm', 1, 1], ['%', 1, 1], ['22,45', 1, 1]],
    ]);
    const inTable = read.paragraphs.filter((p) => p.dataTable === true);
    expect({ first: data?.firstParagraph, end: data?.endParagraph, marked: inTable.length, container: [...new Set(inTable.map((p) => p.container))] }).toEqual({
      first: 1,
      end: read.paragraphs.length - 1,
      marked: read.paragraphs.length - 2,
      container: ['table'],
    });
    expect(read.paragraphs[read.paragraphs.length - 1]?.dataTable).toBeUndefined();
  });

  test('a first row of column names in bold is the header row when Word marks none', async () => {
    const bold = (t: string): string => cell(para(t, '', B));
    const read = await facts({ body: table([3000, 3000, 3000], [row([bold('Họ và tên'), bold('Chức vụ'), bold('Ghi chú')]), row(['Nguyễn Văn A', 'Trưởng phòng', '']), row(['Trần Thị B', 'Chuyên viên', ''])]) });
    expect(read.dataTables?.[0]?.block.headerRows).toBe(1);
    expect(read.dataTables?.[0]?.block.rows[0]?.cells[0]?.paragraphs[0]?.runs).toEqual([{ text: 'Họ và tên', bold: true }]);
  });

  test('a title row across the table above the column names: both are header rows', async () => {
    const read = await facts({ body: table([700, 5000, 3000], [row([cell('Biểu mẫu 1: Công tác chỉ đạo', '<w:gridSpan w:val="3"/>')]), row(['STT', 'Chỉ tiêu', 'Số liệu']), row(['1', 'Số văn bản', '29'])]) });
    expect([read.dataTables?.[0]?.block.headerRows, read.dataTables?.[0]?.block.rows[0]?.cells[0]?.colSpan]).toEqual([2, 3]);
  });

  test('Word auto-numbered order cells (w:numPr, no digit in the text) get their labels as text', async () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>';
    const numbered = cell(para('', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>'));
    const read = await facts({
      numbering,
      body: table([700, 5000, 3000], [row(['TT', 'Nhiệm vụ', 'Người thực hiện']), row([numbered, 'Rà soát hồ sơ', 'Đỗ Mạnh Cường']), row([numbered, 'Tổ chức kiểm tra', 'Vũ Việt Linh'])]),
    });
    const block = read.dataTables?.[0]?.block;
    expect(block?.rows.map((r) => cellText(r.cells[0] ?? { paragraphs: [] }))).toEqual(['TT', '1.', '2.']);
    expect(block?.headerRows).toBe(1);
  });

  test('a table nested in a data cell gives its text to that cell', async () => {
    const inner = table([2000, 2000], [row(['Sở Tư pháp', 'chủ trì']), row(['Sở Nội vụ', 'phối hợp'])]);
    const read = await facts({ body: table([700, 4000, 4000], [row(['STT', 'Nhiệm vụ', 'Cơ quan']), row(['1', 'Rà soát văn bản', cell([para('Gồm:'), inner])])]) });
    expect(read.dataTables).toHaveLength(1);
    expect(cellText(read.dataTables?.[0]?.block.rows[1]?.cells[2] ?? { paragraphs: [] })).toBe('Gồm:\nSở Tư pháp\nchủ trì\nSở Nội vụ\nphối hợp');
  });
});

describe('layout tables', () => {
  test('a three-column letterhead with an empty middle column is read column by column, left then right', async () => {
    const letterhead = table([3500, 500, 5500], [
      row(['UBND TỈNH LÀO CAI', '', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
      row(['SỞ CÔNG THƯƠNG', '', 'Độc lập - Tự do - Hạnh phúc']),
      row(['Số:      /KH-SCT', '', 'Lào Cai, ngày   tháng 5 năm 2026']),
    ]);
    const read = await facts({ body: letterhead + para('KẾ HOẠCH') });
    expect(read.dataTables).toEqual([]);
    expect(read.paragraphs.filter((p) => p.text !== '').map((p) => [p.cell, p.text])).toEqual([
      ['left', 'UBND TỈNH LÀO CAI'],
      ['left', 'SỞ CÔNG THƯƠNG'],
      ['left', 'Số:      /KH-SCT'],
      ['right', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['right', 'Độc lập - Tự do - Hạnh phúc'],
      ['right', 'Lào Cai, ngày   tháng 5 năm 2026'],
      [null, 'KẾ HOẠCH'],
    ]);
  });

  test('Nơi nhận and the signer split over two tables are both layout, each cell on its side', async () => {
    const recipients = table([4500, 4500], [row([cell(['Nơi nhận:', '- Như trên;', '- Lưu: VT.']), cell('')])]);
    const signer = table([4500, 4500], [row([cell(''), cell(['GIÁM ĐỐC', '', '', 'Hoàng Chí Hiền'])])]);
    const read = await facts({ body: para('Trên đây là Kế hoạch.') + recipients + signer });
    expect(read.dataTables).toEqual([]);
    expect(read.paragraphs.filter((p) => p.text !== '').map((p) => [p.cell, p.text])).toEqual([
      [null, 'Trên đây là Kế hoạch.'],
      ['left', 'Nơi nhận:'],
      ['left', '- Như trên;'],
      ['left', '- Lưu: VT.'],
      ['right', 'GIÁM ĐỐC'],
      ['right', 'Hoàng Chí Hiền'],
    ]);
  });

  test('a whole page laid out in one table (letterhead row, body rows, a four-cell row) is read as lines, a nested data table whole', async () => {
    const tasks = table([700, 4000, 3000], [row(['STT', 'Nhiệm vụ', 'Cơ quan chủ trì']), row(['1', 'Rà soát', 'Sở Tư pháp'])]);
    const page = table([2500, 2500, 2500, 2500], [
      row([cell(['ỦY BAN NHÂN DÂN', 'Số: 12/KH-UBND'], '<w:gridSpan w:val="2"/>'), cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '<w:gridSpan w:val="2"/>')]),
      row([cell([para('KẾ HOẠCH'), tasks], '<w:gridSpan w:val="4"/>')]),
      row(['Ngày 1', 'Ngày 2', 'Ngày 3', 'Ngày 4']),
    ]);
    const read = await facts({ body: page });
    expect({ tables: read.dataTables?.map((t) => t.block.rows.length), lines: read.paragraphs.filter((p) => p.dataTable !== true).map((p) => [p.cell, p.text]) }).toEqual({
      tables: [2],
      lines: [
        ['left', 'ỦY BAN NHÂN DÂN'],
        ['left', 'Số: 12/KH-UBND'],
        ['right', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
        [null, 'KẾ HOẠCH'],
        ['left', 'Ngày 1'],
        ['left', 'Ngày 2'],
        ['right', 'Ngày 3'],
        ['right', 'Ngày 4'],
      ],
    });
  });

  test('a layout table nested in a layout cell takes the outer side; a full-width row is read on its own', async () => {
    const inner = table([2000, 2000], [row(['KT. CHỦ TỊCH', '']), row(['PHÓ CHỦ TỊCH', ''])]);
    const outer = table([4500, 4500], [
      row(['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
      row([cell('Về việc triển khai công tác', '<w:gridSpan w:val="2"/>')]),
      row([cell(['Nơi nhận:', '- Như trên;']), cell([inner, para('Nguyễn Văn An')])]),
    ]);
    const read = await facts({ body: outer });
    expect(read.paragraphs.filter((p) => p.text !== '').map((p) => [p.cell, p.text])).toEqual([
      ['left', 'ỦY BAN NHÂN DÂN'],
      ['right', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      [null, 'Về việc triển khai công tác'],
      ['left', 'Nơi nhận:'],
      ['left', '- Như trên;'],
      ['right', 'KT. CHỦ TỊCH'],
      ['right', 'PHÓ CHỦ TỊCH'],
      ['right', 'Nguyễn Văn An'],
    ]);
  });
});

describe('sections and page breaks', () => {
  test('a landscape second section: each paragraph knows its section, the section start and a page break start a page', async () => {
    const body =
      para('Nội dung kế hoạch.') +
      para('Trang sau', '', '', run('Hết trang\f')) +
      para('Trang mới') +
      para('', sectPr('portrait')) +
      para('PHỤ LỤC') +
      MERGED_TABLE +
      sectPr('landscape', '<w:type w:val="nextPage"/>');
    const read = await facts({ body });
    expect(read.sections?.map((s) => s.orientation)).toEqual(['portrait', 'landscape']);
    expect(read.paragraphs.slice(0, 5).map((p) => [p.text, p.section, p.pageBreakBefore ?? false])).toEqual([
      ['Nội dung kế hoạch.', 0, false],
      ['Hết trang', 0, false],
      ['Trang mới', 0, true],
      ['', 0, false],
      ['PHỤ LỤC', 1, true],
    ]);
    expect(new Set(read.paragraphs.slice(5).map((p) => p.section))).toEqual(new Set([1]));
  });

  test('a continuous section break starts no page; w:pageBreakBefore does', async () => {
    const body = para('Một') + para('', sectPr('portrait')) + para('Hai', '<w:pageBreakBefore/>') + para('Ba') + sectPr('portrait', '<w:type w:val="continuous"/>');
    const read = await facts({ body });
    expect(read.paragraphs.map((p) => [p.text, p.section, p.pageBreakBefore ?? false])).toEqual([
      ['Một', 0, false],
      ['', 0, false],
      ['Hai', 1, true],
      ['Ba', 1, false],
    ]);
  });
});

describe('how Word draws and hides', () => {
  test('tabs are kept as offsets; soft breaks stay in the text', async () => {
    const read = await facts({ body: para('', '', '', run('Nơi nhận:\t\tKT. CHỦ TỊCH')) + para('', '', '', run('Nơi nhận:\n- Như trên;')) });
    expect(read.paragraphs.map((p) => [p.text, p.tabs ?? []])).toEqual([
      ['Nơi nhận:  KT. CHỦ TỊCH', [9, 10]],
      ['Nơi nhận:\n- Như trên;', []],
    ]);
  });

  test('lines drawn as VML (v:line, a straight connector v:shape) and DrawingML (wps:wsp line) count, in the paragraph that anchors them', async () => {
    const vmlLine = '<w:r><w:pict><v:line from="0,0" to="100pt,0"/></w:pict></w:r>';
    const vmlConnector = '<w:r><w:pict><v:shapetype id="_x0000_t32" o:spt="32" path="m,l21600,21600e"/><v:shape type="#_x0000_t32" style="width:120pt"/></w:pict></w:r>';
    const vmlRect = '<w:r><w:pict><v:rect style="width:20pt;height:20pt"/></w:pict></w:r>';
    const dml =
      '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:extent cx="1800000" cy="0"/><a:graphic><a:graphicData><wps:wsp><wps:spPr><a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom></wps:spPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:line from="0,0" to="100pt,0"/></w:pict></mc:Fallback></mc:AlternateContent></w:r>';
    const read = await facts({ body: para('ỦY BAN NHÂN DÂN') + para('', '', '', vmlLine) + para('', '', '', vmlConnector) + para('', '', '', vmlRect) + para('', '', '', dml) });
    expect(read.paragraphs.map((p) => p.drawnLines ?? 0)).toEqual([0, 1, 1, 0, 1]);
    expect(read.drawnLines).toBe(3);
  });

  test('a rectangle as thin as a line is a drawn line (DrawingML and VML); a box is not', async () => {
    const dml = (cy: number): string =>
      `<w:r><w:drawing><wp:anchor><wp:extent cx="1800000" cy="${cy}"/><a:graphic><a:graphicData><wps:wsp><wps:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`;
    const vml = (height: string): string => `<w:r><w:pict><v:rect style="position:absolute;width:140pt;height:${height}"/></w:pict></w:r>`;
    const read = await facts({ body: [dml(9525), dml(900000), vml('.75pt'), vml('40pt')].map((x) => para('', '', '', x)).join('') });
    expect(read.paragraphs.map((p) => p.drawnLines ?? 0)).toEqual([1, 0, 1, 0]);
  });

  test('a line drawn as a one-segment custom geometry in a shape group counts once (its VML fallback is not counted again)', async () => {
    const path = (steps: string): string =>
      `<w:r><mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing><wp:inline><wp:extent cx="876300" cy="9525"/><a:graphic><a:graphicData><wpg:wgp><wps:wsp><wps:spPr><a:custGeom><a:pathLst><a:path w="876300">${steps}</a:path></a:pathLst></a:custGeom></wps:spPr></wps:wsp></wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict><v:group style="width:69pt;height:.75pt"><v:shape path="m,l876300,e"/></v:group></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const line = path('<a:moveTo><a:pt x="0" y="0"/></a:moveTo><a:lnTo><a:pt x="876300" y="0"/></a:lnTo>');
    const triangle = path('<a:moveTo><a:pt x="0" y="0"/></a:moveTo><a:lnTo><a:pt x="876300" y="0"/></a:lnTo><a:lnTo><a:pt x="0" y="9525"/></a:lnTo><a:close/>');
    const read = await facts({ body: para('', '', '', line) + para('', '', '', triangle) });
    expect(read.paragraphs.map((p) => p.drawnLines ?? 0)).toEqual([1, 0]);
  });

  test('a trích yếu in a text box is read right after the paragraph that anchors it', async () => {
    const box = `<w:r><w:pict><v:shape type="#_x0000_t202"><v:textbox><w:txbxContent>${para('Triển khai chuyển đổi số năm 2026')}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    const read = await facts({ body: para('KẾ HOẠCH') + para('', '', '', box) + para('I. MỤC ĐÍCH, YÊU CẦU') });
    expect(read.paragraphs.map((p) => p.text)).toEqual(['KẾ HOẠCH', '', 'Triển khai chuyển đổi số năm 2026', 'I. MỤC ĐÍCH, YÊU CẦU']);
  });

  test('an even-page footer without "different odd and even pages" and a first-page header without "different first page" are never shown', async () => {
    const footer = para('', '<w:jc w:val="center"/>', '', '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>');
    const parts = [
      { id: 'rIdH1', kind: 'header' as const, xml: footer },
      { id: 'rIdH2', kind: 'header' as const, xml: para('Trang đầu') },
      { id: 'rIdF1', kind: 'footer' as const, xml: footer },
    ];
    const refs = '<w:headerReference w:type="default" r:id="rIdH1"/><w:headerReference w:type="first" r:id="rIdH2"/><w:footerReference w:type="even" r:id="rIdF1"/>';
    const shown = async (settings: string | undefined, titlePg: string): Promise<unknown> =>
      (await facts({ body: para('Nội dung') + sectPr('portrait', refs + titlePg), parts, ...(settings === undefined ? {} : { settings }) })).headerFooters.map((h) => [h.kind, h.type, h.shown, h.section]);
    expect(await shown(undefined, '')).toEqual([['header', 'default', true, 0], ['header', 'first', false, 0], ['footer', 'even', false, 0]]);
    expect(await shown('<w:evenAndOddHeaders/>', '<w:titlePg/>')).toEqual([['header', 'default', true, 0], ['header', 'first', true, 0], ['footer', 'even', true, 0]]);
  });

  test("a list label takes its font from the numbering level and the paragraph mark, not from the text's run", async () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const styles = '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>';
    const pPr = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:sz w:val="24"/></w:rPr>';
    const read = await facts({ numbering, styles, body: para('MỤC ĐÍCH, YÊU CẦU', pPr, B) });
    const p = read.paragraphs[0];
    expect({ text: p?.text, label: p?.numberingRun && [p.numberingRun.font, p.numberingRun.sizeHalfPt], runs: p?.runs.map((r) => [r.text, r.font, r.sizeHalfPt, r.bold]) }).toEqual({
      text: 'I. MỤC ĐÍCH, YÊU CẦU',
      label: ['Arial', 24],
      runs: [['I. ', 'Arial', 24, true], ['MỤC ĐÍCH, YÊU CẦU', 'Times New Roman', 28, true]],
    });
  });

  test("Word's page count at last save is read from docProps/app.xml, null when absent", async () => {
    expect((await facts({ body: para('Một trang'), pages: 1 })).pagesAsSaved).toBe(1);
    expect((await facts({ body: para('Một trang') })).pagesAsSaved).toBeNull();
  });

  test('Unicode Vietnamese text under a legacy font name (a style default from an old template) is kept as typed; TCVN3 bytes are converted', async () => {
    const styles = '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:rPrDefault></w:docDefaults>';
    const read = await facts({ styles, body: para('Tình hình quản lý, sử dụng') + para('T×nh h×nh qu¶n lý') });
    expect({ texts: read.paragraphs.map((p) => p.text), legacy: read.legacyFonts }).toEqual({ texts: ['Tình hình quản lý, sử dụng', 'Tình hình quản lý'], legacy: ['.VnTime'] });
  });
});

describe('malformed tables', () => {
  test('huge spans, a merge with nothing to continue, rows without cells and tables nested 150 deep are read without a crash', async () => {
    let deep = para('Đáy');
    for (let i = 0; i < 150; i += 1) {
      deep = table([1000], [row([cell([deep])])]);
    }
    const body = [
      table([], [row([cell('STT', '<w:gridSpan w:val="999999999"/>'), cell('Nội dung', MERGE_ON)], '<w:gridBefore w:val="1e12"/>'), row([cell('1', MERGE_ON), 'Rà soát', 'x', 'y'])]),
      '<w:tbl><w:tr/><w:tr></w:tr></w:tbl>',
      '<w:tbl/>',
      deep,
      para('Hết'),
    ].join('');
    const read = await facts({ body });
    const first = read.dataTables?.[0]?.block;
    expect({
      rows: first?.rows.map((r) => r.cells.map((c) => [cellText(c), c.colSpan ?? 1, c.rowSpan ?? 1])),
      last: read.paragraphs[read.paragraphs.length - 1]?.text,
    }).toEqual({
      rows: [[['STT', 64, 1], ['Nội dung', 1, 1]], [['1', 1, 1], ['Rà soát', 1, 1], ['x', 1, 1], ['y', 1, 1]]],
      last: 'Hết',
    });
  });
});
