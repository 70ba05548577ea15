import { describe, expect, test } from 'vitest';
import { contentSpecs, withEndMark } from '../../../../../core/docx/writer/body';
import { specText } from '../../../../../core/docx/writer/spec';
import { blockFlow } from '../../../../../core/docx/writer/body';
import { bullet, emptyPlan, numbered, paragraph, table } from '../../../../../core/model/builders';
import type { PlanDocument } from '../../../../../core/model/plan-document';
import { fullPlan } from '../../../../helpers/docx-plans';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('withEndMark', () => {
  test('appends "./.", turns a final "." into "./." and keeps an existing mark', () => {
    const ends = ['Trên đây là Kế hoạch', 'Trên đây là Kế hoạch.', 'Trên đây là Kế hoạch./.', 'như sau:  '].map((t) => withEndMark([{ text: t }])[0]?.text);
    expect(ends).toEqual(['Trên đây là Kế hoạch./.', 'Trên đây là Kế hoạch./.', 'Trên đây là Kế hoạch./.', 'như sau:./.']);
  });

  test('marks the last run with text and keeps the emphasis of earlier runs', () => {
    expect(withEndMark([{ text: 'Thực hiện ', bold: true }, { text: 'nghiêm túc', italic: true }, { text: '  ' }])).toEqual([
      { text: 'Thực hiện ', bold: true },
      { text: 'nghiêm túc./.', italic: true },
    ]);
  });
});

describe('contentSpecs', () => {
  test('writes labels as literal text, capitals for sections, and skips guidance placeholders', () => {
    const texts = contentSpecs(deepFreeze(fullPlan())).map((s) => `${s.kind === 'table' ? 'table' : s.style}|${specText(s)}`);
    expect(texts.filter((t) => !t.startsWith('KhBody|-') && !t.includes(') '))).toEqual([
      'KhBody|Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      'KhBody|Thực hiện Chỉ thị số 25/CT-TTg ngày 10/9/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:',
      'KhPart|Phần I',
      'KhPart|TÌNH HÌNH THỰC HIỆN NHIỆM VỤ',
      'KhSection|I. MỤC ĐÍCH, YÊU CẦU',
      'KhItem|1. Mục đích',
      'KhItem|2. Yêu cầu',
      'KhBody|+ Phù hợp với điều kiện của địa phương;',
      'KhSection|II. NỘI DUNG',
      'KhItem|1. Tuyên truyền, phổ biến',
      'KhBody|2. Các sở, ngành chủ động phối hợp thực hiện các nhiệm vụ được giao.',
      'KhSection|III. KINH PHÍ THỰC HIỆN',
      'KhBody|Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp hiện hành.',
      'KhSection|IV. TỔ CHỨC THỰC HIỆN',
      'KhBody|Sở Văn hóa, Thể thao và Du lịch chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch này.',
      'KhBody|Trên đây là Kế hoạch triển khai thực hiện Chỉ thị số 25/CT-TTg trên địa bàn tỉnh./.',
    ]);
  });

  test('keeps labels read from a file, even a repeated one, and computes the rest (đ after d)', () => {
    const points = ['a', 'b', 'c', 'd', 'e'].map((t) => numbered({ level: 'point', text: t, titled: false }));
    const doc: PlanDocument = {
      ...emptyPlan('ke-hoach', 'txt'),
      body: [numbered({ level: 'item', label: '9.', text: 'Chín' }), numbered({ level: 'item', label: '9.', text: 'Lặp', children: points })],
    };
    expect(contentSpecs(doc).map(specText)).toEqual(['9. Chín', '9. Lặp', 'a) a', 'b) b', 'c) c', 'd) d', 'đ) e./.']);
  });

  test('italicises căn cứ lines and keeps bold and italic runs in the body', () => {
    const doc: PlanDocument = {
      ...emptyPlan('ke-hoach'),
      opening: [paragraph('Căn cứ Luật Ngân sách nhà nước;')],
      body: [bullet([{ text: 'Bảo đảm ' }, { text: 'đúng hạn', bold: true }])],
    };
    expect(contentSpecs(doc).map((s) => (s.kind === 'table' ? s.kind : s.runs))).toEqual([
      [{ text: 'Căn cứ Luật Ngân sách nhà nước;', bold: false, italic: true }],
      [{ text: '- ' }, { text: 'Bảo đảm ', bold: false, italic: false }, { text: 'đúng hạn./.', bold: true, italic: false }],
    ]);
  });

  test('shows "……" for empty headings and items and never exports a document without the end mark', () => {
    const doc: PlanDocument = { ...emptyPlan('ke-hoach'), body: [numbered({ level: 'section', text: '', children: [bullet('')] })] };
    expect({ draft: contentSpecs(doc).map(specText), empty: contentSpecs(emptyPlan('ke-hoach')).map(specText) }).toEqual({
      draft: ['I. ……', '- ……./.'],
      empty: ['……./.'],
    });
  });
});

describe('tables in the content', () => {
  const grid = table([['Đợt', 'Thời gian'], ['1', 'Tháng 3']], { id: 'g' });

  test('a table stands where it is in the tree (top level or inside an item), at 13 pt, and an empty one is left out', () => {
    const doc: PlanDocument = {
      ...emptyPlan('ke-hoach'),
      body: [
        numbered({ level: 'section', text: 'Nội dung', children: [numbered({ level: 'item', text: 'Lịch', children: [grid] }), paragraph('Sau bảng.')] }),
        { kind: 'table', id: 'empty', rows: [], headerRows: 0, columnWidths: [] },
        grid,
      ],
    };
    expect(contentSpecs(doc).map((s) => (s.kind === 'table' ? `table ${s.table.id} ${s.size}` : specText(s)))).toEqual([
      'I. NỘI DUNG',
      '1. Lịch',
      'table g 26',
      'Sau bảng.',
      'table g 26',
      './.',
    ]);
  });

  test('a body that ends with a table gets "./." on a paragraph of its own; one that ends with text keeps it there', () => {
    const endsWithTable: PlanDocument = { ...emptyPlan('ke-hoach'), body: [paragraph('Như sau:'), grid] };
    const endsWithText: PlanDocument = { ...emptyPlan('ke-hoach'), body: [grid], closing: [paragraph('Trên đây là Kế hoạch.')] };
    expect([contentSpecs(endsWithTable).map(specText).slice(-1), contentSpecs(endsWithText).map(specText).slice(-1)]).toEqual([['./.'], ['Trên đây là Kế hoạch./.']]);
  });

  test('blockFlow numbers an appendix on its own and writes its tables at the size asked', () => {
    const blocks = [numbered({ level: 'section', text: 'Hoạt động', children: [grid] }), numbered({ level: 'section', text: 'Giao lưu' })];
    expect(blockFlow(blocks, 24).map((s) => (s.kind === 'table' ? `table ${s.size}` : specText(s)))).toEqual(['I. HOẠT ĐỘNG', 'table 24', 'II. GIAO LƯU']);
  });
});
