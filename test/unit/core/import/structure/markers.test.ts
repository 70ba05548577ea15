import { describe, expect, it } from 'vitest';
import { parseMarker } from '../../../../../core/import/structure/markers';

function read(text: string): string {
  const m = parseMarker(text);
  if (!m) {
    return 'none';
  }
  return m.kind === 'numbered' ? `${m.level} "${m.label}" +${m.length}` : `bullet ${m.marker} +${m.length}`;
}

describe('markers at the start of a line', () => {
  const cases: Array<[string, string]> = [
    ['Phần I', 'part "Phần I" +6'],
    ['PHẦN II. TỔ CHỨC', 'part "PHẦN II." +9'],
    ['Phần thứ nhất', 'part "Phần thứ nhất" +13'],
    ['Mục 1. Nhiệm vụ', 'section "Mục 1." +7'],
    ['I. MỤC ĐÍCH', 'section "I." +3'],
    ['XIV. KHÁC', 'section "XIV." +5'],
    ['II - NỘI DUNG', 'section "II-" +5'],
    ['1. Mục đích', 'item "1." +3'],
    ['10.Kinh phí', 'item "10." +3'],
    ['2) Yêu cầu', 'item "2)" +3'],
    ['3/ Tổ chức', 'item "3/" +3'],
    ['1.1. Mục tiêu chung', 'point "1.1." +5'],
    ['a) Tổ chức', 'point "a)" +3'],
    ['đ) Sản xuất', 'point "đ)" +3'],
    ['y) Cuối cùng', 'point "y)" +3'],
    ['b. Tuyên truyền', 'point "b." +3'],
    ['- Cơ quan chủ trì', 'bullet - +2'],
    ['– gạch ngang dài', 'bullet - +2'],
    ['• chấm tròn', 'bullet - +2'],
    ['+ cộng', 'bullet + +2'],
    [' - + Lưu: VT'.trim(), 'bullet + +4'],
  ];
  for (const [text, expected] of cases) {
    it(`reads "${text}" as ${expected}`, () => {
      expect(read(text)).toBe(expected);
    });
  }

  const plain = ['f) không phải điểm', 'w) không phải điểm', 'D. Nguyễn Văn A', 'MỤC ĐÍCH', 'Phần lớn các cơ quan', '2021 - 2025', '1.000.000 đồng', '15/11 hằng năm', 'v.v. và các việc khác'];
  for (const text of plain) {
    it(`reads "${text}" as plain text`, () => {
      expect(read(text)).toBe('none');
    });
  }
});
