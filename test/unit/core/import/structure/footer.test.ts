import { describe, expect, it } from 'vitest';
import { importText } from '../../../../../core/import/structure/import-text';
import type { PlanDocument, Signature } from '../../../../../core/model/plan-document';

function first(text: string): PlanDocument {
  const read = importText(text);
  if (!read.ok) {
    throw new Error(read.error.message);
  }
  return read.value[0] as PlanDocument;
}

const BODY = 'KẾ HOẠCH\nTrích yếu\nI. NỘI DUNG\nTriển khai thực hiện./.\n';

function signer(s: Signature | null): Array<string | null> {
  return s ? [s.onBehalfOf, s.authority, s.headTitle, s.signerTitle, s.name] : [];
}

describe('signer block', () => {
  const cases: Array<[string, string, Array<string | null>]> = [
    ['TM. with the Chủ tịch signing', 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A', ['ỦY BAN NHÂN DÂN', null, null, 'CHỦ TỊCH', 'Nguyễn Văn A']],
    [
      'TM. and KT. with a deputy signing',
      'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nTrần Thị B',
      ['ỦY BAN NHÂN DÂN', 'KT.', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Thị B'],
    ],
    ['KT. alone', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLê C', [null, 'KT.', 'GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Lê C']],
    ['TL.', 'TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nPhạm D', [null, 'TL.', 'CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Phạm D']],
    ['TUQ.', 'TUQ. CHỦ TỊCH\nGIÁM ĐỐC SỞ NỘI VỤ\nHoàng E', [null, 'TUQ.', 'CHỦ TỊCH', 'GIÁM ĐỐC SỞ NỘI VỤ', 'Hoàng E']],
    ['Q.', 'Q. GIÁM ĐỐC\nVũ G', [null, 'Q.', 'GIÁM ĐỐC', null, 'Vũ G']],
    ['a title with no authority line', 'CHỦ TỊCH\n\nĐỗ H', [null, null, null, 'CHỦ TỊCH', 'Đỗ H']],
    ['a name in capitals after a blank line', 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNGUYỄN VĂN K', [null, 'KT.', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'NGUYỄN VĂN K']],
    ['bold lines spanning the block', '**TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**\n\n**Tổng Thanh Hải**', ['ỦY BAN NHÂN DÂN', 'KT.', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Tổng Thanh Hải']],
  ];
  for (const [what, block, expected] of cases) {
    it(`reads ${what}`, () => {
      expect(signer(first(`${BODY}\n${block}`).signature)).toEqual(expected);
    });
  }

  it('keeps the raw authority lines and the name line for the checker', () => {
    const s = first(`${BODY}\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Thị B`).signature;
    expect([s?.sourceLines, s?.nameSource]).toEqual([
      [
        { line: 6, text: 'TM. ỦY BAN NHÂN DÂN' },
        { line: 7, text: 'KT. CHỦ TỊCH' },
        { line: 8, text: 'PHÓ CHỦ TỊCH' },
      ],
      { line: 10, text: 'Trần Thị B' },
    ]);
  });

  it('finds no signer where there is none', () => {
    expect(first(`${BODY}\nNơi nhận:\n- Lưu: VT.`).signature).toBeNull();
  });
});

describe('Nơi nhận', () => {
  it('reads entries without marker and end punctuation, nested "+" at depth 1, raw lines kept', () => {
    const doc = first(`${BODY}\nNơi nhận:\n- TT Tỉnh ủy (b/c);\n- Văn phòng UBND tỉnh:\n+ LĐVP, TKCT;\n+ Lưu: VT, KGVX.`);
    expect(doc.recipients).toEqual({
      headingSource: { line: 6, text: 'Nơi nhận:' },
      items: [
        { text: 'TT Tỉnh ủy (b/c)', depth: 0, source: { line: 7, text: '- TT Tỉnh ủy (b/c);' } },
        { text: 'Văn phòng UBND tỉnh:', depth: 0, source: { line: 8, text: '- Văn phòng UBND tỉnh:' } },
        { text: 'LĐVP, TKCT', depth: 1, source: { line: 9, text: '+ LĐVP, TKCT;' } },
        { text: 'Lưu: VT, KGVX', depth: 1, source: { line: 10, text: '+ Lưu: VT, KGVX.' } },
      ],
    });
  });

  it('reads a lone "-" before "+" (" - + Lưu: …") as a nested entry', () => {
    const items = first(`${BODY}\nNơi nhận:\n- Văn phòng UBND tỉnh:\n - + Lưu: VT, NgV(D).`).recipients?.items ?? [];
    expect(items.map((i) => [i.depth, i.text])).toEqual([
      [0, 'Văn phòng UBND tỉnh:'],
      [1, 'Lưu: VT, NgV(D)'],
    ]);
  });

  it('reads Nơi nhận after the signer as well as before it', () => {
    const doc = first(`${BODY}\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.`);
    expect([signer(doc.signature), doc.recipients?.items.map((i) => i.text)]).toEqual([
      ['ỦY BAN NHÂN DÂN', null, null, 'CHỦ TỊCH', 'Nguyễn Văn A'],
      ['Như trên', 'Lưu: VT'],
    ]);
  });

  it('reads recipients and signer pasted side by side from the table, one row per line', () => {
    const doc = first(`${BODY}\nNơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Như trên;\tCHỦ TỊCH\n- Lưu: VT, VX.\n\t\n\tNguyễn Văn A`);
    expect([signer(doc.signature), doc.recipients?.items.map((i) => i.text), doc.body.length]).toEqual([
      ['ỦY BAN NHÂN DÂN', null, null, 'CHỦ TỊCH', 'Nguyễn Văn A'],
      ['Như trên', 'Lưu: VT, VX'],
      1,
    ]);
  });
});

describe('footer noise', () => {
  it('skips "(Đã ký)" between the title and the name, keeping it among the signer lines', () => {
    const s = first(`${BODY}\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\nNguyễn Văn A`).signature;
    expect([signer(s), s?.sourceLines?.map((l) => l.text)]).toEqual([
      ['ỦY BAN NHÂN DÂN', null, null, 'CHỦ TỊCH', 'Nguyễn Văn A'],
      ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '(Đã ký)'],
    ]);
  });

  it('reads a signer title with no authority line before "(Đã ký)"', () => {
    expect(signer(first(`${BODY}\nCHỦ TỊCH\n(Đã ký)\nNguyễn Văn A`).signature)).toEqual([null, null, null, 'CHỦ TỊCH', 'Nguyễn Văn A']);
  });
});

describe('signer lines not in capitals', () => {
  it('reads "KT. Chủ tịch / Phó Chủ tịch" for the checker to judge the case', () => {
    expect(signer(first(`${BODY}\nKT. Chủ tịch\nPhó Chủ tịch\n\nNguyễn Văn A`).signature)).toEqual([null, 'KT.', 'Chủ tịch', 'Phó Chủ tịch', 'Nguyễn Văn A']);
  });

  it('reads a title with every word capitalized as the title, not the name', () => {
    expect(signer(first(`${BODY}\nKT. Chủ Tịch\nPhó Chủ Tịch\n\nNguyễn Văn Chánh`).signature)).toEqual([null, 'KT.', 'Chủ Tịch', 'Phó Chủ Tịch', 'Nguyễn Văn Chánh']);
  });
});

describe('Nơi nhận entries broken over lines', () => {
  it('joins an entry whose second line starts with a capital', () => {
    const items = first(`${BODY}\nNơi nhận:\n- Văn phòng Đoàn ĐBQH và\nHĐND tỉnh;\n- Các sở, ban, ngành,\nđoàn thể tỉnh;\n- Lưu: VT.`).recipients?.items ?? [];
    expect(items.map((i) => [i.text, i.source?.line])).toEqual([
      ['Văn phòng Đoàn ĐBQH và HĐND tỉnh', 7],
      ['Các sở, ban, ngành, đoàn thể tỉnh', 9],
      ['Lưu: VT', 11],
    ]);
  });
});
