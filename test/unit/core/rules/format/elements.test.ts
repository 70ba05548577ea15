import { describe, expect, test } from 'vitest';
import { elementParagraphs } from '../../../../../core/rules/support/format/elements';
import { appendix, emptyPlan, numbered, paragraph } from '../../../../../core/model/builders';
import type { PlanDocument } from '../../../../../core/model/plan-document';
import { fixtureDocument } from '../../../../helpers/docx-fixtures-load';
import { facts, page, para } from '../builtin/appendix-docs';

describe('which paragraph is which element', () => {
  test('maps the recognized letterhead, title, body, recipients and signer to their paragraphs', async () => {
    const doc = await fixtureDocument('docxlib-compliant.docx');
    expect(elementParagraphs(doc).map((e) => `${e.paragraph.index + 1} ${e.element}`)).toEqual([
      '1 agency', '2 agency', '3 number', '4 nationalTitle', '5 motto', '6 date', '7 docType', '8 summary',
      '9 opening', '10 opening', '11 opening',
      '12 sectionHeading', '13 itemTitle', '14 body', '15 itemTitle', '16 body',
      '17 sectionHeading', '18 body', '19 body', '20 sectionHeading', '21 body', '22 sectionHeading', '23 body',
      '24 recipientsHeading', '25 recipient', '26 recipient', '27 recipient', '28 recipient',
      '29 authority', '30 authority', '31 authority', '34 signerName',
    ]);
  });

  test('knows nothing of a document without formatting facts', async () => {
    const { formatting: _facts, ...plain } = await fixtureDocument('docxlib-compliant.docx');
    expect(elementParagraphs(plain)).toEqual([]);
  });

  test('takes a line in capitals in the body for a heading, and leaves out data-table cells, appendix text and what follows "Lưu"', () => {
    const src = <B extends { id: string }>(b: B, line: number, text: string): B => ({ ...b, source: { line, text } });
    const base = emptyPlan('quyet-dinh', 'docx');
    const plan: PlanDocument = {
      ...base,
      body: [src(paragraph('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN'), 1, ''), src(paragraph('Điều 1. Phê duyệt Điều lệ.'), 2, ''), src(paragraph('Sở Tư pháp'), 3, '')],
      recipients: { items: [{ text: 'Sở Nội vụ', depth: 0, source: { line: 4, text: '' } }, { text: 'Lưu: VT, NC', depth: 0, source: { line: 5, text: '' } }, { text: 'Định kỳ công bố danh mục', depth: 0, source: { line: 6, text: '' } }] },
      appendices: [{ ...appendix({ title: 'DANH MỤC' }), source: { line: 7, text: 'Phụ lục' } }],
      formatting: facts(
        ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN', 'Điều 1. Phê duyệt Điều lệ.', 'Sở Tư pháp', 'Sở Nội vụ', 'Lưu: VT, NC', 'Định kỳ công bố danh mục', 'Phụ lục', 'DANH MỤC'].map((t, i) => para(i, t, i === 2 ? { dataTable: true, container: 'table' } : {})),
        [page('portrait')],
      ),
    };
    expect(elementParagraphs(plan).map((e) => `${e.paragraph.index + 1} ${e.element}`)).toEqual(['1 sectionHeading', '2 body', '4 recipient', '5 recipient']);
  });

  test('takes a báo cáo\'s top level numbered "1.", "2." for titled items (in thường), not Mục titles in capitals', () => {
    const base = emptyPlan('bao-cao', 'docx');
    const top = { ...numbered({ level: 'section', text: 'Tình hình quản lý', label: '1.' }), source: { line: 1, text: '' } };
    const roman = { ...numbered({ level: 'section', text: 'KẾT QUẢ', label: 'II.' }), source: { line: 2, text: '' } };
    const plan: PlanDocument = { ...base, body: [top, roman], formatting: facts([para(0, '1. Tình hình quản lý'), para(1, 'II. KẾT QUẢ')], [page('portrait')]) };
    expect(elementParagraphs(plan).map((e) => e.element)).toEqual(['itemTitle', 'sectionHeading']);
  });

  test('takes a Quyết định\'s khoản "5. Các thành viên Ban Chỉ đạo:" for body text, not a bold title', () => {
    const base = emptyPlan('quyet-dinh', 'docx');
    const khoan = { ...numbered({ level: 'item', text: 'Các thành viên Ban Chỉ đạo:', label: '5.' }), source: { line: 1, text: '' } };
    const plan: PlanDocument = { ...base, body: [khoan], formatting: facts([para(0, '5. Các thành viên Ban Chỉ đạo:')], [page('portrait')]) };
    expect([elementParagraphs(plan).map((e) => e.element), elementParagraphs({ ...plan, kind: 'ke-hoach' }).map((e) => e.element)]).toEqual([['body'], ['itemTitle']]);
  });

  test('lays out "ỦY BAN NHÂN DÂN" over "TỈNH …" as one issuing body, even when the header holds it as two bodies', () => {
    const base = emptyPlan('quyet-dinh', 'docx');
    const plan: PlanDocument = {
      ...base,
      header: { ...base.header, parentAgency: 'ỦY BAN NHÂN DÂN', agency: 'TỈNH BÌNH THUẬN', source: { parentAgency: { line: 1, text: '' }, agency: { line: 2, text: '' } } },
      formatting: facts([para(0, 'ỦY BAN NHÂN DÂN'), para(1, 'TỈNH BÌNH THUẬN')], [page('portrait')]),
    };
    const department = { ...plan, header: { ...plan.header, parentAgency: 'UBND TỈNH LÀO CAI', agency: 'SỞ CÔNG THƯƠNG' } };
    expect([elementParagraphs(plan).map((e) => e.element), elementParagraphs(department).map((e) => e.element)]).toEqual([
      ['agency', 'agency'],
      ['parentAgency', 'agency'],
    ]);
  });

  test('takes a Quyết định\'s căn cứ read into its body for its opening (italic asked), after its authority line', () => {
    const base = emptyPlan('quyet-dinh', 'docx');
    const at = (line: number) => ({ line, text: '' });
    const plan: PlanDocument = {
      ...base,
      body: [
        { ...paragraph('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN'), source: at(1) },
        { ...paragraph('Căn cứ Luật Tổ chức chính quyền địa phương;'), source: at(2) },
        { ...paragraph('Theo đề nghị của Giám đốc Sở Nội vụ.'), source: at(3) },
        { ...paragraph('QUYẾT ĐỊNH:'), source: at(4) },
        { ...paragraph('Điều 1. Phê duyệt Điều lệ.'), source: at(5) },
      ],
      formatting: facts(['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN', 'Căn cứ Luật Tổ chức chính quyền địa phương;', 'Theo đề nghị của Giám đốc Sở Nội vụ.', 'QUYẾT ĐỊNH:', 'Điều 1. Phê duyệt Điều lệ.'].map((t, i) => para(i, t)), [page('portrait')]),
    };
    expect(elementParagraphs(plan).map((e) => e.element)).toEqual(['sectionHeading', 'opening', 'opening', 'sectionHeading', 'body']);
  });
});
