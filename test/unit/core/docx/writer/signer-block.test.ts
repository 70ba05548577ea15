import { describe, expect, test } from 'vitest';
import { recipientLines, signerBlock } from '../../../../../core/docx/writer/signer-block';
import { specText } from '../../../../../core/docx/writer/spec';
import { blankDraft, fullPlan } from '../../../../helpers/docx-plans';

describe('recipientLines', () => {
  test('ends entries with ";", introduces nested "+" entries with ":" and ends the Lưu line with "."', () => {
    expect(
      recipientLines({
        items: [
          { text: '- Như trên;', depth: 0 },
          { text: 'Các sở, ngành', depth: 0 },
          { text: 'Sở Tài chính;', depth: 1 },
          { text: 'Lưu: VT, TH.', depth: 0 },
        ],
      }),
    ).toEqual(['- Như trên;', '- Các sở, ngành:', '+ Sở Tài chính;', '- Lưu: VT, TH.']);
  });

  test('keeps a Lưu line nested under the office that files the copy, as seed plans write it', () => {
    const lines = recipientLines({
      items: [
        { text: 'UBND huyện, thành phố', depth: 0 },
        { text: 'Văn phòng UBND tỉnh:', depth: 0 },
        { text: 'LĐVP, TKCT', depth: 1 },
        { text: 'Lưu: VT, KGVX, NgV(D).', depth: 1 },
      ],
    });
    expect(lines).toEqual(['- UBND huyện, thành phố;', '- Văn phòng UBND tỉnh:', '+ LĐVP, TKCT;', '+ Lưu: VT, KGVX, NgV(D).']);
  });

  test('adds a visible blank Lưu line and entry when a draft has none', () => {
    expect({ none: recipientLines(null), noArchive: recipientLines({ items: [{ text: 'Bộ Nội vụ', depth: 0 }] }) }).toEqual({
      none: ['- ……;', '- Lưu: VT, …….'],
      noArchive: ['- Bộ Nội vụ;', '- Lưu: VT, …….'],
    });
  });
});

describe('signerBlock', () => {
  test('lists authority lines in capitals, then the name as written', () => {
    const block = signerBlock(fullPlan());
    expect(block.signer.map(specText)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Ánh Dương']);
  });

  test('a draft without a signer name shows "……" and leaves room for the signature', () => {
    const block = signerBlock(blankDraft());
    const name = block.signer[block.signer.length - 1];
    expect({ texts: block.signer.map(specText), room: (name?.before ?? 0) >= 1400 }).toEqual({ texts: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '……'], room: true });
  });
});
