import { describe, expect, it } from 'vitest';
import { formatTextReport } from '../../../../core/report/index';
import { checkDocument } from '../../../../core/rules/index';
import { asImported, doc, withHeader } from '../../../helpers/doc-builders';
import { TEST_PROFILES } from '../../../helpers/rules-profiles';

describe('formatTextReport', () => {
  it('groups findings by part with counts and lists the groups not evaluated', () => {
    const plan = { ...withHeader(asImported(doc()), { motto: null, number: '' }), signature: null };
    const result = checkDocument(plan, { profiles: TEST_PROFILES });
    const text = formatTextReport([{ file: 'du-thao.txt', documents: [{ doc: plan, result }] }]);
    const headings = text.split('\n').filter((l) => /^(Tệp|Văn bản| {2}\S)/u.test(l) && !l.startsWith('  KẾ HOẠCH'));
    expect(headings).toEqual([
      'Tệp: du-thao.txt',
      'Văn bản:',
      '  Số: …/KH-UBND',
      '  Mẫu đối chiếu: Kế hoạch triển khai (ke-hoach-trien-khai) — Tự chọn mẫu "Kế hoạch triển khai": khớp 4/4 mục theo tên đề mục.',
      '  Tổng cộng: 2 lỗi, 0 cảnh báo, 1 gợi ý',
      '  Phần đầu văn bản (thể thức) (1 lỗi, 0 cảnh báo, 1 gợi ý)',
      '  Chữ ký, thẩm quyền ký (1 lỗi, 0 cảnh báo, 0 gợi ý)',
      '  Chưa kiểm tra (không có nghĩa là đạt):',
    ]);
  });

  it('numbers the documents of a file holding several', () => {
    const plan = doc();
    const result = checkDocument(plan, { profiles: TEST_PROFILES });
    const text = formatTextReport([{ file: 'hai.txt', documents: [{ doc: plan, result }, { doc: plan, result }] }]);
    expect(text.split('\n').filter((l) => l.startsWith('Văn bản'))).toEqual(['Văn bản 1/2:', 'Văn bản 2/2:']);
  });
});
