import { describe, expect, test } from 'vitest';
import { addresseesBlock, titleBlock } from '../../../../../core/docx/writer/title-block';
import { specText } from '../../../../../core/docx/writer/spec';
import { emptyPlan } from '../../../../../core/model/builders';
import { congVan, fullPlan } from '../../../../helpers/docx-plans';

const shown = (specs: ReturnType<typeof titleBlock>): string[] => specs.map((s) => (s.kind === 'rule' ? 'rule' : specText(s)));

describe('addresseesBlock', () => {
  test('puts one addressee on the Kính gửi line and several on "- …;" lines ending with "."', () => {
    expect({ one: shown(addresseesBlock(['Bộ Nội vụ;'])), several: shown(addresseesBlock(['- Bộ Nội vụ', 'Bộ Tài chính;'])), none: shown(addresseesBlock([])) }).toEqual({
      one: ['Kính gửi: Bộ Nội vụ'],
      several: ['Kính gửi:', '- Bộ Nội vụ;', '- Bộ Tài chính.'],
      none: ['Kính gửi: ……'],
    });
  });

  test('lines the dashes up under the colon of "Kính gửi:"', () => {
    const [head, first] = addresseesBlock(['A', 'B']);
    const indents = [head, first].map((s) => (s?.kind === 'text' ? s.indentLeft : null));
    expect((indents[1] ?? 0) - (indents[0] ?? 0) > 900 && (indents[1] ?? 0) - (indents[0] ?? 0) < 1300).toBe(true);
  });
});

describe('titleBlock', () => {
  test('a Kế hoạch has its type name, trích yếu and a short line; a công văn its Kính gửi block', () => {
    expect({ plan: shown(titleBlock(fullPlan())), letter: shown(titleBlock(congVan()))[0], blank: shown(titleBlock(emptyPlan('bao-cao'))) }).toEqual({
      plan: ['KẾ HOẠCH', fullPlan().header.summary, 'rule'],
      letter: 'Kính gửi:',
      blank: ['BÁO CÁO', '……', 'rule'],
    });
  });
});
