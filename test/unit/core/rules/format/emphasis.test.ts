import { describe, expect, test } from 'vitest';
import { formatEmphasis } from '../../../../../core/rules/builtin/format/emphasis';
import { fixtureDocument } from '../../../../helpers/docx-fixtures-load';
import { findingsOf } from '../../../../helpers/docx-fixtures-rules';

describe('format.emphasis', () => {
  test('stays silent when bold, italic and capitals follow the decree', async () => {
    expect(findingsOf(formatEmphasis, await fixtureDocument('docxlib-compliant.docx'))).toEqual([]);
  });

  test('flags a bold upright date line and a "Nơi nhận:" that is not italic', async () => {
    expect(findingsOf(formatEmphasis, await fixtureDocument('docxlib-arial.docx'))).toEqual([
      'warning @6: Địa danh, ngày tháng "Bắc Giang, ngày 05 tháng 3 năm 2024": đang in đậm; không in đậm; chưa in nghiêng; cần in nghiêng.',
      'warning @24: "Nơi nhận:": chưa in nghiêng; cần in nghiêng.',
    ]);
  });

  test('groups the same fault on the same element (plain text converted by pandoc)', async () => {
    const findings = findingsOf(formatEmphasis, await fixtureDocument('pandoc-from-md.docx'));
    expect(findings.filter((f) => /\(\d+ đoạn/.test(f))).toEqual([
      'warning @1: Tên cơ quan ban hành (2 đoạn, đầu tiên "ỦY BAN NHÂN DÂN"): chưa in đậm; cần in đậm.',
      'warning @9: Phần căn cứ (2 đoạn, đầu tiên "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng …"): chưa in nghiêng; cần in nghiêng.',
      'warning @12: Tiêu đề mục (I, II …) (4 đoạn, đầu tiên "I. MỤC ĐÍCH, YÊU CẦU"): chưa in đậm; cần in đậm.',
      'warning @13: Tiêu đề khoản (1, 2 …) (2 đoạn, đầu tiên "1. Mục đích"): chưa in đậm; cần in đậm.',
      'warning @29: Thẩm quyền, chức vụ người ký (3 đoạn, đầu tiên "TM. ỦY BAN NHÂN DÂN"): chưa in đậm; cần in đậm.',
    ]);
  });
});
