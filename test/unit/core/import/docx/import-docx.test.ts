import { describe, expect, test } from 'vitest';
import { writeDocx } from '../../../../../core/docx/index';
import { factsToLines, importDocx } from '../../../../../core/import/docx/import-docx';
import type { FormattingFacts } from '../../../../../core/model/formatting';
import type { PlanDocument } from '../../../../../core/model/plan-document';
import { runsText, tableText, topSections } from '../../../../../core/model/walk';
import { elementParagraphs } from '../../../../../core/rules/support/format/elements';
import { checkDocument } from '../../../../../core/rules/index';
import { instantiateTemplate } from '../../../../../core/templates/index';
import { fixtureBytes, fixtureDocument } from '../../../../helpers/docx-fixtures-load';
import { documentXml, oleWithStream, zipOf } from '../../../../helpers/docx-fixtures-hostile';
import { FIXTURES } from '../../../../helpers/docx-fixtures-load';
import { allTemplates } from '../../../../helpers/templates-builders';
import { documentWords, wordDiff, words } from '../../../../helpers/import-text-words';
import { buildPackage, p, r } from '../../../../fixtures/docx/handmade-xml';

/** What a careful reader finds in a plan: identity, sections, signer, recipients. */
function outline(doc: PlanDocument): unknown {
  return {
    kind: doc.kind,
    agency: doc.header.agency,
    number: [doc.header.number, doc.header.symbol],
    date: doc.header.date,
    docType: doc.header.docType,
    summary: doc.header.summary,
    sections: topSections(doc.body).map((s) => `${s.label} ${runsText(s.runs)}`),
    signer: doc.signature && [doc.signature.onBehalfOf, doc.signature.authority, doc.signature.headTitle, doc.signature.signerTitle, doc.signature.name],
    recipients: doc.recipients?.items.map((r) => r.text),
  };
}

const SAMPLE_OUTLINE = {
  kind: 'ke-hoach',
  agency: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG',
  number: ['120', 'KH-UBND'],
  date: { day: 5, month: 3, year: 2024 },
  docType: 'KẾ HOẠCH',
  summary: 'Triển khai chuyển đổi số năm 2024',
  sections: ['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG', 'III. KINH PHÍ', 'IV. TỔ CHỨC THỰC HIỆN'],
  signer: ['ỦY BAN NHÂN DÂN', 'KT.', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn An'],
  recipients: ['Thường trực Tỉnh ủy', 'Chủ tịch, các PCT UBND tỉnh', 'Các sở, ban, ngành', 'Lưu: VT, KGVX'],
};

describe('importDocx', () => {
  test('recognizes the letterhead table, sections, signer and recipients of a Word file, and keeps its facts', async () => {
    const doc = await fixtureDocument('docxlib-compliant.docx');
    expect({ outline: outline(doc), origin: doc.meta.origin, paragraphs: doc.formatting?.paragraphs.length }).toEqual({ outline: SAMPLE_OUTLINE, origin: 'docx', paragraphs: 34 });
  });

  test('still reads the structure of files LibreOffice and pandoc made from plain text', async () => {
    const outlines = [outline(await fixtureDocument('libreoffice-from-txt.docx')), outline(await fixtureDocument('pandoc-from-md.docx'))];
    expect(outlines).toEqual([SAMPLE_OUTLINE, SAMPLE_OUTLINE]);
  });

  test('reads a real plan pasted without letterhead or signer (seed 004 via LibreOffice) and the checker reports what is missing', async () => {
    const doc = await fixtureDocument('libreoffice-seed-004.docx');
    const errors = new Set(checkDocument(doc, { profiles: [] }).findings.filter((f) => f.severity === 'error').map((f) => f.rule));
    expect({
      sections: topSections(doc.body).map((s) => s.label),
      recipients: [doc.recipients?.items.length, doc.recipients?.items.at(-1)?.text],
      signature: doc.signature,
      reported: ['header.national-motto', 'header.agency', 'signature.present', 'format.font', 'format.font-size', 'format.margins', 'format.page-number'].filter((r) => errors.has(r)),
    }).toEqual({
      sections: ['I.', 'II.', 'III.'],
      recipients: [8, 'Lưu: VT, NCbdv140'],
      signature: null,
      reported: ['header.national-motto', 'header.agency', 'signature.present', 'format.font', 'format.font-size', 'format.margins', 'format.page-number'],
    });
  });

  test('turns Word list numbering into numbered blocks with the labels Word shows', async () => {
    const doc = await fixtureDocument('handmade-styles.docx');
    expect(topSections(doc.body).map((s) => [s.label, s.children.map((c) => (c.kind === 'numbered' ? c.label : c.kind))])).toEqual([
      ['I.', ['1.', '2.']],
      ['II.', ['1.', '3.', '7.']],
    ]);
  });

  test('gives each document of a file holding two its own paragraphs, so findings land on the right one', async () => {
    const font = (name: string): string => `<w:rFonts w:ascii="${name}" w:hAnsi="${name}"/><w:sz w:val="28"/>`;
    const lines = (texts: readonly string[], face: string): string => texts.map((t) => p('', '', r(t, font(face)))).join('');
    const letter = ['ỦY BAN NHÂN DÂN', 'TỈNH BẮC GIANG', 'Số: 15/UBND-VX', 'V/v triển khai Kế hoạch chuyển đổi số', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Bắc Giang, ngày 05 tháng 3 năm 2024', 'Kính gửi: Các sở, ban, ngành tỉnh.', 'Ủy ban nhân dân tỉnh gửi kèm Kế hoạch số 120/KH-UBND để triển khai./.', 'Nơi nhận:', '- Như trên;', '- Lưu: VT, KGVX.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn An'];
    const plan = ['ỦY BAN NHÂN DÂN', 'TỈNH BẮC GIANG', 'Số: 120/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Bắc Giang, ngày 05 tháng 3 năm 2024', 'KẾ HOẠCH', 'Chuyển đổi số năm 2024', 'I. MỤC ĐÍCH', 'Nâng cao hiệu quả./.', 'Nơi nhận:', '- Các sở;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn An'];
    const bytes = await buildPackage({ body: lines(letter, 'Times New Roman') + lines(plan, 'Arial'), styles: '', numbering: null, headers: {}, theme: null });
    const read = await importDocx(bytes);
    const docs = read.ok ? read.value : [];
    expect(docs.map((d) => [d.kind, d.formatting?.paragraphs[0]?.index, d.formatting?.paragraphs.length, checkDocument(d, { profiles: [] }).findings.filter((f) => f.rule === 'format.font').length])).toEqual([
      ['cong-van', 0, 15, 0],
      ['ke-hoach', 15, 16, 1],
    ]);
  });

  test('passes the reader\'s failures through and reports a file with no document in it', async () => {
    const empty = await zipOf({ 'word/document.xml': documentXml('<w:p/>') });
    const results = await Promise.all([importDocx(oleWithStream('EncryptedPackage')), importDocx(empty)]);
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['docx/encrypted', 'import/no-document']);
  });

  test('splits a paragraph with line breaks into lines that share its paragraph number', () => {
    const run = { font: 'Times New Roman', sizeHalfPt: 26, bold: true, italic: false, caps: false, underline: false, color: null };
    const facts: FormattingFacts = {
      page: null, headerFooters: [], legacyFonts: [], drawnLines: 0,
      paragraphs: [{ index: 0, text: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG', container: 'table', cell: 'left', alignment: 'center', firstLineTw: null, spacingBeforeTw: null, spacingAfterTw: null, lineSpacing: null, hasBottomBorder: false, runs: [{ ...run, text: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG' }] }],
    };
    expect(factsToLines(facts)).toEqual([
      { text: 'ỦY BAN NHÂN DÂN', line: 1, runs: [{ text: 'ỦY BAN NHÂN DÂN', bold: true }], cell: 'left' },
      { text: 'TỈNH BẮC GIANG', line: 1, runs: [{ text: 'TỈNH BẮC GIANG', bold: true }], cell: 'left' },
    ]);
  });
});

describe('no text lost', () => {
  test('every word of every fixture\'s paragraphs is in the imported documents', async () => {
    const missing: Record<string, Record<string, number>> = {};
    for (const name of FIXTURES) {
      const read = await importDocx(fixtureBytes(name));
      const docs = read.ok ? read.value : [];
      const source = (docs[0]?.formatting?.paragraphs ?? []).flatMap((para) => words(para.text));
      const diff = wordDiff(source, docs.flatMap(documentWords));
      if (Object.keys(diff.missing).length > 0 || docs.length === 0) {
        missing[name] = diff.missing;
      }
    }
    expect(missing).toEqual({});
  });

  test('keeps a data table inside the body, with no left/right side on its cells and no size judged', async () => {
    const cell = (t: string): string => `<w:tc>${p('', '', r(t))}</w:tc>`;
    const row = (...cells: string[]): string => `<w:tr>${cells.map(cell).join('')}</w:tr>`;
    const body = [
      `<w:tbl>${row('ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')}${row('Số: 12/KH-UBND', 'Bắc Giang, ngày 05 tháng 3 năm 2024')}</w:tbl>`,
      p('', '', r('KẾ HOẠCH')), p('', '', r('Triển khai nhiệm vụ năm 2024')), p('', '', r('I. NHIỆM VỤ')),
      `<w:tbl>${row('STT', 'Nhiệm vụ', 'Cơ quan chủ trì')}${row('1', 'Xây dựng kế hoạch', 'Sở Nội vụ')}</w:tbl>`,
      p('', '', r('II. TỔ CHỨC THỰC HIỆN')),
    ].join('');
    const read = await importDocx(await buildPackage({ body, styles: '', numbering: null, headers: {}, theme: null }));
    const doc = read.ok ? read.value[0] : undefined;
    const first = doc ? topSections(doc.body)[0] : undefined;
    expect({
      sides: doc?.formatting?.paragraphs.filter((para) => para.table === 1).map((para) => para.cell),
      underFirstSection: first?.children.map((c) => (c.kind === 'table' ? [c.headerRows, tableText(c)] : runsText(c.runs))),
      judgedForSize: doc ? elementParagraphs(doc).filter((e) => e.paragraph.table === 1).length : null,
    }).toEqual({
      sides: [null, null, null, null, null, null],
      underFirstSection: [[1, 'STT\tNhiệm vụ\tCơ quan chủ trì\n1\tXây dựng kế hoạch\tSở Nội vụ']],
      judgedForSize: 0,
    });
  });
});

describe('the project\'s own export read back', () => {
  test('has no error and no format finding, and keeps sections, signer and recipients', async () => {
    const imported = await fixtureDocument('libreoffice-from-txt.docx');
    const bytes = await writeDocx(imported, { now: new Date('2024-03-05T00:00:00Z') });
    const again = await importDocx(bytes, { idPrefix: 'r' });
    const doc = again.ok ? again.value[0] : undefined;
    const findings = doc ? checkDocument(doc, { profiles: [] }).findings : [];
    expect({
      outline: doc && outline(doc),
      errors: findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}: ${f.message}`),
      format: findings.filter((f) => f.rule.startsWith('format.')).map((f) => `${f.rule}: ${f.message}`),
    }).toEqual({ outline: SAMPLE_OUTLINE, errors: [], format: [] });
  });

  test('gives the same outline whether the Word file or its export is read', async () => {
    const original = await fixtureDocument('docxlib-compliant.docx');
    const again = await importDocx(await writeDocx(original), { idPrefix: 'r' });
    expect(again.ok && again.value[0] ? outline(again.value[0]) : null).toEqual(outline(original));
  });
});

describe('template starter plans exported and read back', () => {
  test('keep their kind and sections and get no format finding', async () => {
    const templates = await allTemplates();
    expect(templates.length).toBeGreaterThan(0);
    const results = [];
    for (const template of templates) {
      const plan = instantiateTemplate(template);
      const read = await importDocx(await writeDocx(plan));
      const doc = read.ok ? read.value[0] : undefined;
      const format = doc ? checkDocument(doc, { profiles: [] }).findings.filter((f) => f.rule.startsWith('format.')) : [];
      results.push({
        id: template.id,
        same: doc ? [doc.kind, topSections(doc.body).length] : null,
        format: format.map((f) => f.message),
      });
    }
    expect(results).toEqual(templates.map((template) => {
      const plan = instantiateTemplate(template);
      return { id: template.id, same: [plan.kind, topSections(plan.body).length], format: [] };
    }));
  });
});

describe('fixture sizes', () => {
  test('every fixture stays under 100 KB', () => {
    const sizes = FIXTURES.map((n) => fixtureBytes(n).length < 100 * 1024);
    expect(sizes.every(Boolean)).toBe(true);
  });
});
