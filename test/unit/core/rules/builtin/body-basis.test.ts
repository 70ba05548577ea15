import { describe, expect, it } from 'vitest';
import { bodyBasis } from '../../../../../core/rules/builtin/body-basis';
import { asImported, doc, p } from '../../../../helpers/doc-builders';
import { briefs } from '../../../../helpers/rules-check';

describe('body.basis', () => {
  it('stays silent on a "Thực hiện …" opening and on a well punctuated "Căn cứ" list', () => {
    const list = { ...doc(), opening: [p('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;'), p('Căn cứ Chỉ thị số 25/CT-TTg ngày 10/9/2021 của Thủ tướng Chính phủ.')] };
    expect([...briefs(bodyBasis, doc()), ...briefs(bodyBasis, asImported(doc())), ...briefs(bodyBasis, list)]).toEqual([]);
  });

  it('accepts a last "Căn cứ" line that runs into the issuing formula', () => {
    const plan = { ...doc(), opening: [p('Căn cứ Chỉ thị số 25/CT-TTg ngày 10/9/2021 của Thủ tướng Chính phủ;'), p('Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:')] };
    expect(briefs(bodyBasis, plan)).toEqual([]);
  });

  it('warns when the opening is missing', () => {
    expect(briefs(bodyBasis, { ...doc(), opening: [] })).toEqual([
      { severity: 'warning', location: { part: 'opening' }, message: expect.stringContaining('Thiếu phần mở đầu'), fixed: false },
    ]);
  });

  it('names the "Căn cứ" lines that end with the wrong mark', () => {
    const a = p('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015.');
    const b = p('Căn cứ Chỉ thị số 25/CT-TTg ngày 10/9/2021 của Thủ tướng Chính phủ;');
    expect(briefs(bodyBasis, { ...doc(), opening: [a, b] }).map((x) => [x.location.blockId, x.message.includes('chấm phẩy') ? 'semicolon' : 'period'])).toEqual([
      [a.id, 'semicolon'],
      [b.id, 'period'],
    ]);
  });

  it('warns when the opening cites no basis at all', () => {
    expect(briefs(bodyBasis, { ...doc(), opening: [p('Để đẩy mạnh công tác văn hóa đối ngoại, tỉnh xây dựng kế hoạch như sau:')] }).map((x) => x.severity)).toEqual(['warning']);
  });
});
