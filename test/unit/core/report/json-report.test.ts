import { describe, expect, it } from 'vitest';
import { buildJsonReport, formatJsonReport } from '../../../../core/report/index';
import { checkDocument } from '../../../../core/rules/index';
import { asImported, doc, withHeader, withSource } from '../../../helpers/doc-builders';
import { TEST_PROFILES } from '../../../helpers/rules-profiles';

describe('formatJsonReport', () => {
  it('follows the command-line contract exactly: file, documents with kind, title, profile and findings', () => {
    const plan = withSource(withHeader(asImported(doc()), { date: { day: 12, month: 5, year: 2024 } }), 'date', 'Bắc Giang, ngày 12 tháng 05 năm 2024', 5);
    const result = checkDocument(plan, { profiles: TEST_PROFILES });
    expect(JSON.parse(formatJsonReport({ file: 'ke-hoach.txt', documents: [{ doc: plan, result }] }))).toEqual({
      file: 'ke-hoach.txt',
      documents: [
        {
          kind: 'ke-hoach',
          title: 'KẾ HOẠCH Triển khai thực hiện Chiến lược văn hóa đối ngoại trên địa bàn tỉnh năm 2024',
          profile: 'ke-hoach-trien-khai',
          findings: [
            {
              rule: 'date.leading-zero',
              severity: 'error',
              message: 'Ngày ban hành ghi "tháng 05": tháng từ 3 đến 12 không thêm số 0 — sửa thành "tháng 5".',
              basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 4',
              location: { part: 'header', line: 5 },
            },
          ],
        },
      ],
    });
  });

  it('writes path and line of body findings, and null for a document without a profile', () => {
    const plan = asImported(doc());
    const result = { ...checkDocument(plan, { profiles: [] }), findings: [{ rule: 'structure.numbering', severity: 'error' as const, message: 'm', basis: 'b', location: { part: 'body' as const, line: 120, path: 'V.9', blockId: 'x' } }] };
    const report = buildJsonReport({ file: 'a.txt', documents: [{ doc: plan, result }] });
    expect({ profile: report.documents[0]?.profile, location: report.documents[0]?.findings[0]?.location }).toEqual({ profile: null, location: { part: 'body', line: 120, path: 'V.9' } });
  });
});
