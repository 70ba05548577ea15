import { describe, expect, it } from 'vitest';
import { bodyBasis } from '../../../../../core/rules/builtin/body-basis';
import { emptyPlan } from '../../../../../core/model/builders';
import type { PlanDocument } from '../../../../../core/model/plan-document';
import { asImported, doc, p } from '../../../../helpers/doc-builders';
import { briefs } from '../../../../helpers/rules-check';

describe('body.basis', () => {
  it('stays silent on a "Thực hiện …" opening and on a well punctuated "Căn cứ" list', () => {
    const list = { ...doc(), opening: [p('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;'), p('Căn cứ Chỉ thị số 25/CT-TTg ngày 10/9/2021 của Thủ tướng Chính phủ.')] };
    expect([...briefs(bodyBasis, doc()), ...briefs(bodyBasis, asImported(doc())), ...briefs(bodyBasis, list)]).toEqual([]);
  });

  it('reports a last "Căn cứ" line ending with ";" before the enacting sentence (khoản 6.a: the last ends with "."), with a fix', () => {
    const last = p('Căn cứ Chỉ thị số 25/CT-TTg ngày 10/9/2021 của Thủ tướng Chính phủ;');
    const plan = { ...doc(), opening: [p('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;'), last, p('Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:')] };
    expect(briefs(bodyBasis, plan)).toEqual([
      { severity: 'warning', location: { part: 'opening', blockId: last.id }, message: expect.stringContaining('kể cả khi sau đó là câu ban hành'), fixed: true },
    ]);
  });

  it('accepts a "Căn cứ" list continued by a "Thực hiện …, … như sau:" sentence, and a last "Căn cứ" line ending with "."', () => {
    const thucHien = { ...doc(), opening: [p('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;'), p('Thực hiện Chỉ thị số 25/CT-TTg ngày 10/9/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:')] };
    const period = { ...doc(), opening: [p('Căn cứ Chỉ thị số 25/CT-TTg ngày 10/9/2021 của Thủ tướng Chính phủ.'), p('Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:')] };
    expect([...briefs(bodyBasis, thucHien), ...briefs(bodyBasis, period)]).toEqual([]);
  });

  it('warns when the opening is missing, naming the document kind', () => {
    expect(briefs(bodyBasis, { ...doc(), opening: [] })).toEqual([
      { severity: 'warning', location: { part: 'opening' }, message: expect.stringContaining('Thiếu phần căn cứ ban hành của kế hoạch'), fixed: false },
    ]);
  });

  it('reads a Quyết định\'s căn cứ from the body after its authority line, ending with "Theo đề nghị …."', () => {
    const qd = (last: string): PlanDocument => ({
      ...emptyPlan('quyet-dinh', 'docx'),
      body: [p('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN'), p('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;'), p(last), p('QUYẾT ĐỊNH:'), p('Điều 1. Phê duyệt Điều lệ.')],
    });
    expect({
      right: briefs(bodyBasis, qd('Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 2114/TTr-SNV ngày 28 tháng 6 năm 2025.')),
      wrong: briefs(bodyBasis, qd('Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 2114/TTr-SNV ngày 28 tháng 6 năm 2025;')).map((b) => b.message.slice(0, 40)),
    }).toEqual({ right: [], wrong: ['Căn cứ cuối cùng "Theo đề nghị của Giám '] });
  });

  it('asks no basis of a báo cáo, tờ trình or thông báo (the decree does not), but still judges a "Căn cứ" list they have', () => {
    const kinds = (['bao-cao', 'to-trinh', 'thong-bao'] as const).map((kind) => briefs(bodyBasis, { ...emptyPlan(kind, 'docx'), opening: [p('Sở Nội vụ báo cáo kết quả như sau:')] }));
    const list = briefs(bodyBasis, { ...emptyPlan('bao-cao', 'docx'), opening: [p('Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh.'), p('Căn cứ Công văn số 5/UBND-VP ngày 06/01/2026;')] });
    const narrative = briefs(bodyBasis, { ...emptyPlan('to-trinh', 'docx'), opening: [p('Căn cứ Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ;'), p('Sở Công Thương kính trình Ủy ban nhân dân tỉnh xem xét như sau:')] });
    expect({ kinds, list: list.length, narrative }).toEqual({ kinds: [[], [], []], list: 2, narrative: [] });
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
