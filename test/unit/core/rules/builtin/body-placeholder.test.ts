import { describe, expect, it } from 'vitest';
import { paragraph } from '../../../../../core/model/builders';
import { bodyPlaceholder } from '../../../../../core/rules/builtin/body-placeholder';
import { doc, h1, h2, p } from '../../../../helpers/doc-builders';
import { briefs } from '../../../../helpers/rules-check';

describe('body.placeholder', () => {
  it('stays silent on a finished plan, on braces-free text and on guidance paragraphs (never exported)', () => {
    const plan = doc(h1('NỘI DUNG', paragraph('Hướng dẫn: ghi {tên nhiệm vụ}', { placeholder: true }), p('Tổ chức thực hiện (theo Kế hoạch số 12/KH-UBND).')));
    expect(briefs(bodyPlaceholder, plan)).toEqual([]);
  });

  it('warns at the block path for unfilled "{…}" text in the body, the closing and Nơi nhận', () => {
    const plan = doc(h1('NỘI DUNG', h2('{Tên nhiệm vụ thứ hai}', p('Chủ trì: {Sở, ngành}; phối hợp: {các cơ quan}.'))));
    const withTail = {
      ...plan,
      closing: [paragraph('Trên đây là Kế hoạch triển khai {văn bản cấp trên}./.')],
      recipients: { items: [{ text: '{Cơ quan cấp trên} (b/c)', depth: 0 as const }, { text: 'Lưu: VT, VX', depth: 0 as const }] },
    };
    const found = briefs(bodyPlaceholder, withTail).map((b) => [b.severity, b.location.part, b.location.path ?? b.location.index, b.message]);
    expect(found).toEqual([
      ['warning', 'body', 'I.1', 'Còn 3 chỗ hướng dẫn chưa điền trong mục I: "{Tên nhiệm vụ thứ hai}", "{Sở, ngành}", "{các cơ quan}" — thay bằng nội dung cụ thể trước khi trình ký.'],
      ['warning', 'closing', 0, 'Còn phần hướng dẫn "{văn bản cấp trên}" chưa điền — thay bằng nội dung cụ thể trước khi trình ký.'],
      ['warning', 'recipients', 0, 'Còn phần hướng dẫn "{Cơ quan cấp trên}" chưa điền — thay bằng nội dung cụ thể trước khi trình ký.'],
    ]);
  });

  it('names the placeholders it counts, each once, the first three and how many more', () => {
    const plan = doc(h1('NỘI DUNG', p('{a} và {b}; lại {a}'), p('{c}, {d}, {e}')));
    expect(briefs(bodyPlaceholder, plan).map((b) => b.message)).toEqual([
      'Còn 6 chỗ hướng dẫn chưa điền trong mục I: "{a}", "{b}", "{c}" và 2 chỗ khác — thay bằng nội dung cụ thể trước khi trình ký.',
    ]);
  });
});
