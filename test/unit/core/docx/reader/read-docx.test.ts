import { describe, expect, test } from 'vitest';
import type { ParagraphFacts } from '../../../../../core/model/formatting';
import { readDocxFacts } from '../../../../../core/docx/reader/index';
import { buildPackage, p, r } from '../../../../fixtures/docx/handmade-xml';
import { fixtureFacts } from '../../../../helpers/docx-fixtures-load';

const look = (p: ParagraphFacts | undefined): string =>
  p ? `${p.text} | ${p.runs.map((r) => `${r.font}/${r.sizeHalfPt}${r.bold ? 'B' : ''}${r.italic ? 'I' : ''}${r.caps ? 'C' : ''}`).join(',')}` : 'missing';

describe('hand-made XML: styles, themes, toggles, numbering', () => {
  test('resolves fonts through basedOn chains and theme fonts, sizes through docDefaults and styles, toggles by exclusive or', async () => {
    const facts = await fixtureFacts('handmade-styles.docx');
    expect(facts.paragraphs.slice(0, 4).map(look)).toEqual([
      'KẾ HOẠCH | Arial/28BC',
      'Trích yếu có gạch dưới | Times New Roman/28B',
      'Đoạn thân bài, chữ nghiêng một phần: in đậm nghiêng | Times New Roman/28,Times New Roman/28BI',
      'Tiêu đề đậm, kiểu ký tự Strong đảo lại: không đậm | Times New Roman/28B,Times New Roman/28I',
    ]);
  });

  test('turns w:numPr into the labels Word shows, with restarts, start overrides and bullets', async () => {
    const facts = await fixtureFacts('handmade-styles.docx');
    expect(facts.paragraphs.slice(4, 15).map((p) => p.text)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      'a) Điểm thứ nhất',
      'b) Điểm thứ hai',
      '- Gạch đầu dòng',
      '+ Dấu cộng',
      '2. Yêu cầu',
      'II. NỘI DUNG',
      '1. Mục mới đánh lại từ 1',
      '3. Bắt đầu từ 3',
      '7. Bắt đầu lại từ 7',
    ]);
  });

  test('reads paragraph properties from the style chain, survives a basedOn loop, keeps tabs and breaks, and reads a text box once after its anchor', async () => {
    const facts = await fixtureFacts('handmade-styles.docx');
    const [loop, breaks, anchor, box] = facts.paragraphs.slice(15);
    expect({
      boxes: [anchor?.text, box?.text, facts.paragraphs.length],
      body: [facts.paragraphs[2]?.alignment, facts.paragraphs[2]?.firstLineTw, facts.paragraphs[2]?.spacingAfterTw, facts.paragraphs[2]?.lineSpacing],
      loop: look(loop),
      breaks: breaks?.text,
      lines: [facts.drawnLines, facts.paragraphs[1]?.drawnLines, loop?.drawnLines],
    }).toEqual({
      boxes: ['Neo khung', 'Chữ trong khung', 19],
      body: ['both', 567, 120, { value: 312, rule: 'auto' }],
      loop: 'Kiểu vòng lặp basedOn | Times New Roman/30',
      breaks: 'Tab giữa, ngắt\ndòng',
      lines: [2, 1, 1],
    });
  });

  test('reads the section and a w:fldSimple PAGE field in a centred default header', async () => {
    const facts = await fixtureFacts('handmade-styles.docx');
    expect({ page: facts.page, headers: facts.headerFooters.map((h) => [h.kind, h.type, h.hasPageField, h.alignment, h.pageFieldRun?.sizeHalfPt ?? null]) }).toEqual({
      page: { widthTw: 11906, heightTw: 16838, orientation: 'portrait', marginTopTw: 1134, marginBottomTw: 1134, marginLeftTw: 1701, marginRightTw: 850, titlePage: true, pageNumberStart: null, breakType: 'nextPage' },
      headers: [
        ['header', 'default', true, 'center', 28],
        ['header', 'first', false, null, null],
      ],
    });
  });

  test('converts TCVN3 and VNI text to Unicode and names the legacy fonts', async () => {
    const facts = await fixtureFacts('handmade-tcvn3.docx');
    expect({ text: facts.paragraphs.map((p) => p.text), legacy: facts.legacyFonts }).toEqual({
      text: ['UBND TỈNH BẮC GIANG', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Nơi nhận:', 'Unicode bình thường'],
      legacy: ['.VnTime', '.VnTimeH', 'VNI-Times'],
    });
  });
});

describe('docx library fixtures', () => {
  test('reads the letterhead table column by column with cells marked, and a complex PAGE field', async () => {
    const facts = await fixtureFacts('docxlib-compliant.docx');
    expect({
      cells: facts.paragraphs.slice(0, 6).map((p) => `${p.cell}:${p.text}`),
      borders: facts.paragraphs.filter((p) => p.hasBottomBorder).map((p) => p.index),
      headers: facts.headerFooters.map((h) => [h.kind, h.type, h.hasPageField, h.alignment]),
    }).toEqual({
      cells: ['left:ỦY BAN NHÂN DÂN', 'left:TỈNH BẮC GIANG', 'left:Số: 120/KH-UBND', 'right:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'right:Độc lập - Tự do - Hạnh phúc', 'right:Bắc Giang, ngày 05 tháng 3 năm 2024'],
      borders: [1, 4, 7],
      headers: [
        ['header', 'default', true, 'center'],
        ['header', 'first', false, null],
      ],
    });
  });

  test('reports the faulty variant as written: Arial 12, 20 mm left margin, page number in the footer', async () => {
    const facts = await fixtureFacts('docxlib-arial.docx');
    const fonts = new Set(facts.paragraphs.flatMap((p) => p.runs.map((r) => `${r.font}/${r.sizeHalfPt}`)));
    expect({ left: facts.page?.marginLeftTw, titlePage: facts.page?.titlePage, fonts: [...fonts].sort(), footer: facts.headerFooters.map((h) => [h.kind, h.type, h.hasPageField, h.alignment]) }).toEqual({
      left: 1134,
      titlePage: false,
      fonts: ['Arial/22', 'Arial/24'],
      footer: [['footer', 'default', true, 'right']],
    });
  });
});

describe('third-party writers', () => {
  test('LibreOffice from plain text: Liberation Mono 10, margins 20 mm, one paragraph per line', async () => {
    const facts = await fixtureFacts('libreoffice-from-txt.docx');
    const fonts = new Set(facts.paragraphs.flatMap((p) => p.runs.map((r) => `${r.font}/${r.sizeHalfPt}`)));
    expect({ page: facts.page, fonts: [...fonts], count: facts.paragraphs.length, first: facts.paragraphs[0]?.text }).toEqual({
      page: { widthTw: 11906, heightTw: 16838, orientation: 'portrait', marginTopTw: 1134, marginBottomTw: 1134, marginLeftTw: 1134, marginRightTw: 1134, titlePage: false, pageNumberStart: null, breakType: 'nextPage' },
      fonts: ['Liberation Mono/20'],
      count: 32,
      first: 'ỦY BAN NHÂN DÂN',
    });
  });

  test('pandoc from Markdown: an empty w:sectPr (size and margins unknown), theme font Cambria 12 from its styles', async () => {
    const facts = await fixtureFacts('pandoc-from-md.docx');
    const fonts = new Set(facts.paragraphs.flatMap((p) => p.runs.map((r) => `${r.font}/${r.sizeHalfPt}`)));
    const unknown = { widthTw: 0, heightTw: 0, orientation: 'portrait', marginTopTw: 0, marginBottomTw: 0, marginLeftTw: 0, marginRightTw: 0, titlePage: false, pageNumberStart: null, breakType: 'nextPage' };
    expect({ page: facts.page, sections: facts.sections, fonts: [...fonts], count: facts.paragraphs.length }).toEqual({
      page: unknown,
      sections: [unknown],
      fonts: ['Cambria/24'],
      count: 32,
    });
  });
});

describe('header fields as Word writes them', () => {
  test('finds a PAGE field inside a page-number content control, its code split over several runs', async () => {
    const field =
      '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Page Numbers (Top of Page)"/></w:docPartObj></w:sdtPr><w:sdtContent>' +
      '<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PA</w:instrText></w:r>' +
      '<w:r><w:instrText>GE   \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:b/><w:sz w:val="24"/></w:rPr><w:t>3</w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>';
    const numPages = '<w:p><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>9</w:t></w:r></w:fldSimple></w:p>';
    const sect = '<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:headerReference w:type="even" r:id="rIdH2"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>';
    const bytes = await buildPackage({ body: p('', '', r('Nội dung')) + sect, styles: '', numbering: null, headers: { rIdH1: field, rIdH2: numPages }, theme: null });
    const read = await readDocxFacts(bytes);
    const headers = read.ok ? read.value.headerFooters : [];
    expect(headers.map((h) => [h.type, h.text, h.hasPageField, h.alignment, h.pageFieldRun?.bold ?? null, h.pageFieldRun?.sizeHalfPt ?? null])).toEqual([
      ['default', '3', true, 'right', true, 24],
      ['even', '9', false, null, null, null],
    ]);
  });
});

describe('hidden text', () => {
  test('leaves out runs hidden with w:vanish, directly or through a style, and shows one a direct w:vanish="0" reveals', async () => {
    const styles = '<w:style w:type="character" w:styleId="Hide"><w:rPr><w:vanish/></w:rPr></w:style>';
    const body = p('', '', r('Hiện ') + r('ẩn trực tiếp ', '<w:vanish/>') + r('ẩn theo kiểu ', '<w:rStyle w:val="Hide"/>') + r('hiện lại', '<w:rStyle w:val="Hide"/><w:vanish w:val="0"/>'));
    const read = await readDocxFacts(await buildPackage({ body, styles, numbering: null, headers: {}, theme: null }));
    expect(read.ok ? read.value.paragraphs.map((para) => para.text) : []).toEqual(['Hiện hiện lại']);
  });
});
