/**
 * Exported files read back with python-docx (Debian python3-docx via /usr/bin/python3): page, margins,
 * fonts on all four slots, sizes and emphasis of each NĐ 30 component, body geometry, headers, tables.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { writeDocx } from '../../../../core/docx/index';
import type { PlanDocument, TableBlock } from '../../../../core/model/plan-document';
import { allTables, cellText } from '../../../../core/model/walk';
import { importText } from '../../../../core/import/index';
import { congVan, fullPlan, tablePlan } from '../../../helpers/docx-plans';
import { readSeed, seedIds } from '../../../helpers/seeds';
import { hasPythonDocx, inspectDocx, saveDocx, tempDir, type InspectedDocx, type InspectedParagraph } from '../../../helpers/docx-render';

const TNR = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'Times New Roman', cs: 'Times New Roman' };

if (!hasPythonDocx) {
  console.warn('read-back tests skipped: /usr/bin/python3 has no python-docx (apt-get install python3-docx).');
}

async function inspect(plan: PlanDocument, name: string): Promise<InspectedDocx> {
  return inspectDocx(saveDocx(await writeDocx(plan, { now: new Date('2020-01-05T00:00:00Z') }), tempDir(), name));
}

/** Size and emphasis of the paragraph whose text is exactly `text` (every run must agree). */
function look(doc: InspectedDocx, text: string): { size: number | null; bold: boolean; italic: boolean; caps: boolean | null } | string {
  const p = doc.paragraphs.find((x) => x.text === text);
  return p ? lookParagraph(p) : `missing: ${text}`;
}

function lookParagraph(p: InspectedParagraph): { size: number | null; bold: boolean; italic: boolean; caps: boolean | null } | string {
  const text = p.text;
  const sizes = new Set(p.runs.map((r) => r.size));
  const bold = new Set(p.runs.map((r) => r.bold === true));
  const italic = new Set(p.runs.map((r) => r.italic === true));
  if (sizes.size !== 1 || bold.size !== 1 || italic.size !== 1) {
    return `mixed runs: ${text}`;
  }
  return { size: [...sizes][0] ?? null, bold: [...bold][0] ?? false, italic: [...italic][0] ?? false, caps: /\p{Ll}/u.test(text) ? false : /\p{Lu}/u.test(text) ? true : null };
}

function geometry(p: InspectedParagraph): string {
  return `${p.align} first=${p.firstLine} after=${p.after} line=${p.line} size=${[...new Set(p.runs.map((r) => r.size))].join('/')}`;
}

describe.skipIf(!hasPythonDocx)('a Kế hoạch read back with python-docx', () => {
  let doc: InspectedDocx;
  beforeAll(async () => {
    doc = await inspect(fullPlan(), 'full-plan');
  });

  test('the page is A4 portrait with the decree margins and a different first page', () => {
    expect(doc.page).toEqual({ width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1701, right: 850, orientation: 'PORTRAIT', titlePg: true });
  });

  test('the defaults and every paragraph style set Times New Roman on all four slots, vi-VN, and no run overrides it', () => {
    const runFonts = new Set(doc.paragraphs.flatMap((p) => p.runs.map((r) => JSON.stringify(r.fonts))));
    const ownStyles = Object.entries(doc.styleFonts).filter(([id]) => id !== 'Normal');
    expect({ defaults: doc.defaults, styles: new Set(ownStyles.map(([, f]) => JSON.stringify(f))), runFonts }).toEqual({
      defaults: { fonts: TNR, lang: 'vi-VN' },
      styles: new Set([JSON.stringify(TNR)]),
      runFonts: new Set([JSON.stringify(null)]),
    });
  });

  test('each letterhead, title and signer component has its size and emphasis', () => {
    const components = {
      'Quốc hiệu': 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Tiêu ngữ': 'Độc lập - Tự do - Hạnh phúc',
      'cơ quan ban hành': 'TỈNH BẮC GIANG',
      'số, ký hiệu': 'Số: 859/KH-UBND',
      'địa danh, ngày': 'Bắc Giang, ngày 05 tháng 01 năm 2020',
      'tên loại': 'KẾ HOẠCH',
      'trích yếu': fullPlan().header.summary ?? '',
      'Nơi nhận': 'Nơi nhận:',
      'nơi nhận (mục)': '- Các sở, ban, ngành:',
      'Lưu': '- Lưu: VT, KGVX.',
      'thẩm quyền ký': 'TM. ỦY BAN NHÂN DÂN',
      'chức vụ': 'PHÓ CHỦ TỊCH',
      'họ tên': 'Lê Ánh Dương',
    };
    const seen = Object.fromEntries(Object.entries(components).map(([name, text]) => [name, look(doc, text)]));
    expect(seen).toEqual({
      'Quốc hiệu': { size: 12, bold: true, italic: false, caps: true },
      'Tiêu ngữ': { size: 13, bold: true, italic: false, caps: false },
      'cơ quan ban hành': { size: 13, bold: true, italic: false, caps: true },
      'số, ký hiệu': { size: 13, bold: false, italic: false, caps: false },
      'địa danh, ngày': { size: 13, bold: false, italic: true, caps: false },
      'tên loại': { size: 14, bold: true, italic: false, caps: true },
      'trích yếu': { size: 14, bold: true, italic: false, caps: false },
      'Nơi nhận': { size: 12, bold: true, italic: true, caps: false },
      'nơi nhận (mục)': { size: 11, bold: false, italic: false, caps: false },
      Lưu: { size: 11, bold: false, italic: false, caps: false },
      'thẩm quyền ký': { size: 14, bold: true, italic: false, caps: true },
      'chức vụ': { size: 14, bold: true, italic: false, caps: true },
      'họ tên': { size: 14, bold: true, italic: false, caps: false },
    });
  });

  test('content paragraphs are 14 pt, justified, first line 1.27 cm, 6 pt after, 1.15 lines', () => {
    const content = doc.paragraphs.filter((p) => p.where === 'body' && ['KhBody', 'KhSection', 'KhItem'].includes(p.style ?? ''));
    expect([...new Set(content.map(geometry))]).toEqual(['JUSTIFY first=720 after=120 line=1.15 size=14']);
  });

  test('căn cứ lines are italic, headings bold, and the last content paragraph ends "./." and keeps with the signer', () => {
    const body = doc.paragraphs.filter((p) => p.where === 'body' && p.text !== '');
    const last = body[body.length - 1];
    expect({
      basis: look(doc, 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;'),
      section: look(doc, 'I. MỤC ĐÍCH, YÊU CẦU'),
      item: look(doc, '1. Mục đích'),
      point: look(doc, 'đ) Xây dựng chuyên mục.'),
      lastEnds: last?.text.endsWith('./.'),
      lastKeepsWithNext: last?.keepNext,
    }).toEqual({
      basis: { size: 14, bold: false, italic: true, caps: false },
      section: { size: 14, bold: true, italic: false, caps: true },
      item: { size: 14, bold: true, italic: false, caps: false },
      point: { size: 14, bold: false, italic: false, caps: false },
      lastEnds: true,
      lastKeepsWithNext: true,
    });
  });

  test('the default header holds a centred 14 pt PAGE field and the first-page header is empty', () => {
    expect(doc.headers).toEqual({ defaultText: '', defaultHasPage: true, defaultAlign: 'CENTER', defaultSize: 14, firstText: '', firstHasPage: false });
  });

  test('both tables are borderless with fixed DXA columns and the signer row cannot split', () => {
    expect(doc.tables).toEqual([
      { layout: 'fixed', borders: ['none'], grid: [3969, 5386], cantSplit: [false, false] },
      { layout: 'fixed', borders: ['none'], grid: [4253, 5102], cantSplit: [true] },
    ]);
  });
});

describe.skipIf(!hasPythonDocx)('a công văn read back with python-docx', () => {
  test('has V/v under the Số line, the Kính gửi block, no type name, and "Như trên" first', async () => {
    const doc = await inspect(congVan(), 'cong-van');
    const texts = doc.paragraphs.map((p) => p.text);
    expect({
      number: doc.paragraphs.find((p) => p.text.startsWith('Số:'))?.where,
      subject: look(doc, 'V/v triển khai Kế hoạch thực hiện Chỉ thị số 25/CT-TTg'),
      subjectCell: doc.paragraphs.find((p) => p.text.startsWith('V/v'))?.where,
      addressees: texts.filter((t) => t.startsWith('Kính gửi') || (t.startsWith('- ') && doc.paragraphs.find((p) => p.text === t)?.where === 'body')),
      typeName: doc.paragraphs.some((p) => p.style === 'KhDocType'),
      firstRecipient: texts[texts.indexOf('Nơi nhận:') + 1],
    }).toEqual({
      number: 't0r1c0',
      subject: { size: 12, bold: false, italic: false, caps: false },
      subjectCell: 't0r1c0',
      addressees: ['Kính gửi:', '- Ủy ban nhân dân các huyện, thành phố;', '- Các phòng, đơn vị thuộc Sở;', '- Trung tâm Văn hóa tỉnh.'],
      typeName: false,
      firstRecipient: '- Như trên;',
    });
  });
});

type Look = ReturnType<typeof look>;

/** Size and emphasis of each NĐ 30 component, found by its place (table cell) or its style. */
function components(doc: InspectedDocx): Record<string, Look | Look[]> {
  const cell = (where: string): InspectedParagraph[] => doc.paragraphs.filter((p) => p.where === where && p.style !== 'KhRule');
  const lookOf = (p: InspectedParagraph | undefined): Look => (p ? lookParagraph(p) : 'missing');
  const signer = cell('t1r0c1');
  const recipients = cell('t1r0c0');
  return {
    nationalTitle: lookOf(cell('t0r0c1')[0]),
    motto: lookOf(cell('t0r0c1')[1]),
    dateLine: lookOf(cell('t0r1c1')[0]),
    docType: lookOf(doc.paragraphs.find((p) => p.style === 'KhDocType')),
    summary: lookOf(doc.paragraphs.find((p) => p.style === 'KhSummary')),
    recipientsHeading: lookOf(recipients[0]),
    recipients: [...new Set(recipients.slice(1).map((p) => JSON.stringify(lookOf(p))))].map((j) => JSON.parse(j) as Look),
    signerLines: [...new Set(signer.slice(0, -1).map((p) => JSON.stringify(lookOf(p))))].map((j) => JSON.parse(j) as Look),
    signerName: lookOf(signer[signer.length - 1]),
  };
}

function noCaps(value: Look): Look {
  return typeof value === 'string' ? value : { ...value, caps: false };
}

describe.skipIf(!hasPythonDocx)('each seed, read with importText and exported, read back with python-docx', () => {
  test.each(seedIds())('seed %s has the decree page, fonts, header fields and component formats', async (id) => {
    const read = importText(readSeed(id));
    if (!read.ok) {
      throw new Error(read.error.message);
    }
    const plan = read.value[0] as PlanDocument;
    // A seed without a signer block exports "……" there: no letters, so no case to judge.
    const [upperCase, lowerCase] = plan.signature ? [true, false] : [null, null];
    const doc = await inspect(plan, `seed-${id}`);
    const found = components(doc);
    expect({
      page: doc.page,
      defaults: doc.defaults,
      headers: doc.headers,
      // A seed's trích yếu may be written in capitals; its format is what is checked here.
      ...found,
      summary: noCaps(found.summary as Look),
    }).toEqual({
      page: { width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1701, right: 850, orientation: 'PORTRAIT', titlePg: true },
      defaults: { fonts: TNR, lang: 'vi-VN' },
      headers: { defaultText: '', defaultHasPage: true, defaultAlign: 'CENTER', defaultSize: 14, firstText: '', firstHasPage: false },
      nationalTitle: { size: 12, bold: true, italic: false, caps: true },
      motto: { size: 13, bold: true, italic: false, caps: false },
      dateLine: { size: 13, bold: false, italic: true, caps: false },
      docType: { size: 14, bold: true, italic: false, caps: true },
      summary: { size: 14, bold: true, italic: false, caps: false },
      recipientsHeading: { size: 12, bold: true, italic: true, caps: false },
      recipients: [{ size: 11, bold: false, italic: false, caps: false }],
      signerLines: [{ size: 14, bold: true, italic: false, caps: upperCase }],
      signerName: { size: 14, bold: true, italic: false, caps: lowerCase },
    });
  });
});

/** A model table as python-docx's row.cells gives it: a merged cell's text repeated over the grid it covers. */
function gridTexts(table: TableBlock): string[][] {
  const out: string[][] = table.rows.map(() => []);
  table.rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row.cells) {
      while (out[r]?.[column] !== undefined) {
        column += 1;
      }
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr += 1) {
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc += 1) {
          const line = out[r + dr];
          if (line) {
            line[column + dc] = cellText(cell);
          }
        }
      }
      column += cell.colSpan ?? 1;
    }
  });
  return out;
}

describe.skipIf(!hasPythonDocx)('a plan with body tables and two appendices read back with python-docx', () => {
  const plan = tablePlan(30);
  let doc: InspectedDocx;
  beforeAll(async () => {
    doc = await inspect(plan, 'table-plan');
  });

  test('the plan, Phụ lục I and Phụ lục II are three sections; Phụ lục II is landscape; the appendices restart at page 1 with no number on their first page', () => {
    const portrait = { width: 11906, height: 16838, orientation: 'PORTRAIT' };
    const rest = { top: 1134, bottom: 1134, left: 1701, right: 850, titlePg: true, headerHasPage: true, firstHeaderText: '' };
    expect(doc.sections).toEqual([
      { ...portrait, ...rest, start: null },
      { ...portrait, ...rest, start: 1 },
      { width: 16838, height: 11906, orientation: 'LANDSCAPE', ...rest, start: 1 },
    ]);
  });

  test('every table of the model is read with its cell texts, merges repeated as Word shows them, and its header rows marked', () => {
    const model = allTables(plan);
    // Tables 0 and the last-but-one are the letterhead and the signer block (layout tables).
    const data = doc.tableTexts.filter((_, i) => i !== 0 && i !== 3);
    const headers = doc.tableHeaders.filter((_, i) => i !== 0 && i !== 3);
    expect({ texts: data, headers }).toEqual({
      texts: model.map(gridTexts),
      headers: model.map((t) => t.rows.map((_, r) => r < t.headerRows)),
    });
  });

  test('table cells are Times New Roman 13 pt in the body and 12 pt in appendices, header cells bold and centred, no first-line indent', () => {
    const cells = doc.paragraphs.filter((p) => /^t[1245]r/u.test(p.where) && p.text !== '');
    const describe = (p: InspectedParagraph): string => {
      const header = /^t(\d)r(\d+)/u.exec(p.where);
      const table = Number(header?.[1]);
      const isHeader = doc.tableHeaders[table]?.[Number(header?.[2])] === true;
      const l = lookParagraph(p);
      const shape = typeof l === 'string' ? l : `${l.size}${l.bold ? ' bold' : ''}${l.italic ? ' italic' : ''}`;
      return `${table < 3 ? 'body' : 'appendix'} ${isHeader ? 'header' : 'cell'} ${shape} ${isHeader ? p.align : ''} first=${p.firstLine ?? 0}`;
    };
    const runFonts = new Set(cells.flatMap((p) => p.runs.map((r) => JSON.stringify(r.fonts))));
    expect({ kinds: [...new Set(cells.map(describe))].sort(), runFonts: [...runFonts] }).toEqual({
      kinds: [
        'appendix cell 12  first=0',
        'appendix header 12 bold CENTER first=0',
        'body cell 13  first=0',
        'body cell 13 italic  first=0',
        'body cell mixed runs: Tuyên truyền, phổ biến  first=0',
        'body header 13 bold CENTER first=0',
      ],
      runFonts: [JSON.stringify(null)],
    });
  });

  test('each appendix opens with its label (14 bold), its title in capitals (14 bold) and the Kèm theo line (14 italic), centred', () => {
    const attached = '(Kèm theo Kế hoạch số 859/KH-UBND ngày 05 tháng 01 năm 2020 của Ủy ban nhân dân tỉnh Bắc Giang)';
    const heading = (text: string): string => {
      const p = doc.paragraphs.find((x) => x.text === text);
      const l = p ? lookParagraph(p) : 'missing';
      return typeof l === 'string' ? l : `${l.size}${l.bold ? ' bold' : ''}${l.italic ? ' italic' : ''} ${p?.align} first=${p?.firstLine ?? 0}`;
    };
    expect(['Phụ lục I', 'DANH MỤC CÁC HOẠT ĐỘNG', 'TRỌNG TÂM NĂM 2026', 'Phụ lục II', 'PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH', attached].map(heading)).toEqual([
      '14 bold CENTER first=0',
      '14 bold CENTER first=0',
      '14 bold CENTER first=0',
      '14 bold CENTER first=0',
      '14 bold CENTER first=0',
      '14 italic CENTER first=0',
    ]);
  });
});
