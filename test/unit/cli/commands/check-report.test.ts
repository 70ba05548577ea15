import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../../../../core/model/builders';
import type { PlanDocument } from '../../../../core/model/plan-document';
import type { CheckResult, Finding } from '../../../../core/rules/index';
import { countLine, fileJson, formatJson, formatPlainText, type CheckedFile } from '../../../../cli/commands/check-report';

const base = emptyPlan('ke-hoach');
const doc: PlanDocument = { ...base, header: { ...base.header, summary: 'Triển khai Chỉ thị số 25/CT-TTg' } };

const zero: Finding = {
  rule: 'date.leading-zero',
  severity: 'error',
  message: 'Ngày ban hành ghi "tháng 05": sửa thành "tháng 5".',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 4',
  location: { part: 'header', line: 5, field: 'date' },
};
const numbering: Finding = {
  rule: 'structure.numbering',
  severity: 'warning',
  message: '"9." xuất hiện hai lần trong V.',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 6',
  location: { part: 'body', line: 120, path: 'V.9' },
};
const result: CheckResult = {
  findings: [numbering, zero],
  profile: { id: 'ke-hoach-trien-khai', name: 'Kế hoạch triển khai văn bản cấp trên', kind: 'ke-hoach', sections: [] },
  profileChoice: 'matched',
  profileNote: 'Tự chọn mẫu "Kế hoạch triển khai văn bản cấp trên": khớp 3/4 mục theo tên đề mục.',
  notEvaluated: [{ group: 'format', reason: 'Tệp văn bản thuần không có định dạng.' }],
};
const file: CheckedFile = { file: 'kh.txt', documents: [{ doc, result }] };

describe('fileJson', () => {
  it('follows the command-line contract of spec/rules.md', () => {
    expect(fileJson(file)).toEqual({
      file: 'kh.txt',
      documents: [
        {
          kind: 'ke-hoach',
          title: 'Kế hoạch Triển khai Chỉ thị số 25/CT-TTg',
          profile: 'ke-hoach-trien-khai',
          profileChoice: 'matched',
          profileNote: result.profileNote,
          findings: [
            { rule: 'structure.numbering', severity: 'warning', message: numbering.message, basis: numbering.basis, location: { part: 'body', line: 120, path: 'V.9' } },
            { rule: 'date.leading-zero', severity: 'error', message: zero.message, basis: zero.basis, location: { part: 'header', line: 5, field: 'date' } },
          ],
          notEvaluated: [{ group: 'format', reason: 'Tệp văn bản thuần không có định dạng.' }],
        },
      ],
    });
  });
});

describe('formatJson', () => {
  it('prints one object for one named file and an array when several were named', () => {
    const one = JSON.parse(formatJson([file], false)) as unknown;
    const several = JSON.parse(formatJson([file], true)) as unknown;
    expect([Array.isArray(one), Array.isArray(several), (several as unknown[]).length]).toEqual([false, true, 1]);
  });
});

describe('formatPlainText', () => {
  it('groups findings by part, header first, with counts and what was not evaluated', () => {
    expect(formatPlainText([file]).split('\n')).toEqual([
      'kh.txt: Kế hoạch Triển khai Chỉ thị số 25/CT-TTg',
      '  Mẫu đối chiếu: Kế hoạch triển khai văn bản cấp trên (ke-hoach-trien-khai). Tự chọn mẫu "Kế hoạch triển khai văn bản cấp trên": khớp 3/4 mục theo tên đề mục.',
      '  Kết quả: 1 lỗi, 1 cảnh báo, 0 gợi ý',
      '',
      '  Phần đầu văn bản (1 lỗi, 0 cảnh báo, 0 gợi ý)',
      `    - [Lỗi] dòng 5: ${zero.message} (${zero.basis}; date.leading-zero)`,
      '',
      '  Nội dung (0 lỗi, 1 cảnh báo, 0 gợi ý)',
      `    - [Cảnh báo] V.9, dòng 120: ${numbering.message} (${numbering.basis}; structure.numbering)`,
      '',
      '  Chưa kiểm tra: định dạng (phông, cỡ chữ, lề, số trang). Tệp văn bản thuần không có định dạng.',
      '',
      '',
    ]);
  });
});

describe('countLine', () => {
  it('counts each severity', () => {
    expect(countLine([zero, zero, numbering])).toBe('2 lỗi, 1 cảnh báo, 0 gợi ý');
  });
});
