import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../../../../core/import/structure/markup';

describe('emphasis markers', () => {
  it('turns **…** into bold and *…* into italic runs, dropping the markers', () => {
    expect(parseMarkup(['Báo cáo **trước ngày 15/11** về Chủ tịch (*qua Sở*).'])).toEqual([
      [{ text: 'Báo cáo ' }, { text: 'trước ngày 15/11', bold: true }, { text: ' về Chủ tịch (' }, { text: 'qua Sở', italic: true }, { text: ').' }],
    ]);
  });

  it('keeps bold open across the lines of one block', () => {
    expect(parseMarkup(['**KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH**', '', 'Mai Sơn'])).toEqual([
      [{ text: 'KT. CHỦ TỊCH', bold: true }],
      [{ text: 'PHÓ CHỦ TỊCH', bold: true }],
      [],
      [{ text: 'Mai Sơn' }],
    ]);
  });

  it('closes an unclosed ** at the next blank line', () => {
    expect(parseMarkup(['**Mở mà không đóng', '', 'Thường'])).toEqual([[{ text: 'Mở mà không đóng', bold: true }], [], [{ text: 'Thường' }]]);
  });

  it('keeps a lone * as text', () => {
    expect(parseMarkup(['Ghi chú (*) ở cuối'])).toEqual([[{ text: 'Ghi chú (*) ở cuối' }]]);
  });

  it('reads *** as bold and italic together', () => {
    expect(parseMarkup(['***Lưu ý***'])).toEqual([[{ text: 'Lưu ý', bold: true, italic: true }]]);
  });
});
