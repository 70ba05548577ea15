import { describe, expect, it } from 'vitest';
import { plainLines, recognizeLine, recognizeLines } from '../../../../../renderer/editor/paste/recognize-lines';

describe('pasted line recognizer', () => {
  it('recognizes every marker and strips it from the text', () => {
    const lines = ['Phần I. QUY ĐỊNH CHUNG', 'II. NỘI DUNG', '3. Tổ chức thực hiện', 'đ) Kiểm tra;', '- Chủ trì: Sở Nội vụ.', '+ Phối hợp.', 'Đoạn văn thường.', '2. Sở Tài chính: bố trí kinh phí.'];
    expect(recognizeLines(plainLines(lines.join('\n'))).map((b) => [b.style, b.titled, b.runs.map((r) => r.text).join('')])).toEqual([
      ['part', true, 'QUY ĐỊNH CHUNG'],
      ['section', true, 'NỘI DUNG'],
      ['item', true, 'Tổ chức thực hiện'],
      ['point', false, 'Kiểm tra;'],
      ['dash', false, 'Chủ trì: Sở Nội vụ.'],
      ['plus', false, 'Phối hợp.'],
      ['paragraph', false, 'Đoạn văn thường.'],
      ['item', false, 'Sở Tài chính: bố trí kinh phí.'],
    ]);
  });

  it('keeps a date or a bare number as text, and a wholly bold point as a title', () => {
    expect([
      recognizeLine([{ text: '10/9/2021 là ngày ban hành.' }]).style,
      recognizeLine([{ text: '2.' }]).style,
      recognizeLine([{ text: 'a) Hội nghị', bold: true }]),
    ]).toEqual(['paragraph', 'paragraph', { style: 'point', titled: true, runs: [{ text: 'Hội nghị' }] }]);
  });

  it('normalizes pasted text to NFC and drops blank lines', () => {
    const decomposed = 'Vie\u0302\u0323t Nam';
    expect(recognizeLines(plainLines(`${decomposed}\r\n\r\n   \r\n`))).toEqual([{ style: 'paragraph', titled: false, runs: [{ text: 'Việt Nam' }] }]);
  });
});
