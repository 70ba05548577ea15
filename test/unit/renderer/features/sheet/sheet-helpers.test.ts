import { describe, expect, it } from 'vitest';
import { fromIsoDate, recipientsFromText, recipientsToText, toIsoDate } from '../../../../../renderer/features/sheet/index';

describe('recipient lines', () => {
  it('reads typed lines, dropping markers and end punctuation and keeping "+" entries nested', () => {
    const text = '- Thường trực Tỉnh ủy;\nCác sở, ban, ngành tỉnh;\n+ Sở Nội vụ;\n\n  Lưu: VT, KTN.  ';
    expect(recipientsFromText(text)).toEqual([
      { text: 'Thường trực Tỉnh ủy', depth: 0 },
      { text: 'Các sở, ban, ngành tỉnh', depth: 0 },
      { text: 'Sở Nội vụ', depth: 1 },
      { text: 'Lưu: VT, KTN', depth: 0 },
    ]);
  });

  it('writes entries back as lines that read to the same list', () => {
    const items = [
      { text: 'UBND các huyện', depth: 0 as const },
      { text: 'Phòng Nội vụ', depth: 1 as const },
      { text: 'Lưu: VT', depth: 0 as const },
    ];
    expect(recipientsFromText(recipientsToText(items))).toEqual(items);
  });
});

describe('date picker values', () => {
  it('turns a full date into the date input value and back', () => {
    expect([toIsoDate({ day: 5, month: 3, year: 2026 }), fromIsoDate('2026-01-09')]).toEqual(['2026-03-05', { day: 9, month: 1, year: 2026 }]);
  });

  it('leaves the input empty for a draft date with blank day or month', () => {
    expect([toIsoDate({ day: null, month: null, year: 2026 }), toIsoDate(null), fromIsoDate('')]).toEqual(['', '', null]);
  });
});
