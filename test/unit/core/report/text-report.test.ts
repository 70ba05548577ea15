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
      '  Loại văn bản nhận biết: Kế hoạch',
      '  Số: …/KH-UBND',
      '  Mẫu đối chiếu: Kế hoạch triển khai (ke-hoach-trien-khai) — Tự chọn mẫu "Kế hoạch triển khai": khớp 4/4 mục theo tên đề mục.',
      '  Tổng cộng: 2 lỗi, 0 cảnh báo, 1 gợi ý',
      '  Phần đầu văn bản (thể thức) (1 lỗi, 0 cảnh báo, 1 gợi ý)',
      '  Chữ ký, thẩm quyền ký (1 lỗi, 0 cảnh báo, 0 gợi ý)',
      '  Chưa kiểm tra (không có nghĩa là đạt):',
    ]);
  });

  it('says which kind was recognised, and why a Quyết định was not judged against a Kế hoạch\'s sections', () => {
    const plan = { ...asImported(doc()), kind: 'quyet-dinh' as const };
    const result = checkDocument(plan, { profiles: TEST_PROFILES });
    const lines = formatTextReport([{ file: 'qd.docx', documents: [{ doc: plan, result }] }]).split('\n');
    expect([lines.find((l) => l.includes('Loại văn bản')), lines.find((l) => l.includes('Nội dung theo mẫu'))]).toEqual([
      '  Loại văn bản nhận biết: Quyết định',
      '    - Nội dung theo mẫu: Quyết định không có mẫu đề mục nên chưa kiểm tra các mục, thứ tự mục và nội dung theo mẫu.',
    ]);
  });

  it('numbers the documents of a file holding several', () => {
    const plan = doc();
    const result = checkDocument(plan, { profiles: TEST_PROFILES });
    const text = formatTextReport([{ file: 'hai.txt', documents: [{ doc: plan, result }, { doc: plan, result }] }]);
    expect(text.split('\n').filter((l) => l.startsWith('Văn bản'))).toEqual(['Văn bản 1/2:', 'Văn bản 2/2:']);
  });
});
