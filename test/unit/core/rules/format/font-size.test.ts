import { describe, expect, test } from 'vitest';
import { formatFontSize } from '../../../../../core/rules/builtin/format/font-size';
import { fixtureDocument } from '../../../../helpers/docx-fixtures-load';
import { findingsOf } from '../../../../helpers/docx-fixtures-rules';

describe('format.font-size', () => {
  test('stays silent when every element is in its range', async () => {
    expect(findingsOf(formatFontSize, await fixtureDocument('docxlib-compliant.docx'))).toEqual([]);
  });

  test('gives each element its measured size against its own range (LibreOffice: everything at 10 pt)', async () => {
    expect(findingsOf(formatFontSize, await fixtureDocument('libreoffice-from-txt.docx'))).toEqual([
      'error @1: Tên cơ quan ban hành: cỡ chữ 10; cần 12–13 (2 đoạn, đầu tiên "ỦY BAN NHÂN DÂN").',
      'error @3: Số, ký hiệu: cỡ chữ 10; cần 13 ("Số: 120/KH-UBND").',
      'error @4: Quốc hiệu: cỡ chữ 10; cần 12–13 ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").',
      'error @5: Tiêu ngữ: cỡ chữ 10; cần 13–14 ("Độc lập - Tự do - Hạnh phúc").',
      'error @6: Địa danh, ngày tháng: cỡ chữ 10; cần 13–14 ("Bắc Giang, ngày 05 tháng 3 năm 2024").',
      'error @7: Tên loại văn bản: cỡ chữ 10; cần 13–14 ("KẾ HOẠCH").',
      'error @8: Trích yếu: cỡ chữ 10; cần 13–14 ("Triển khai chuyển đổi số năm 2024").',
      'error @9: Phần căn cứ: cỡ chữ 10; cần 13–14 (3 đoạn, đầu tiên "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng …").',
      'error @12: Tiêu đề mục (I, II …): cỡ chữ 10; cần 13–14 (4 đoạn, đầu tiên "I. MỤC ĐÍCH, YÊU CẦU").',
      'error @13: Tiêu đề khoản (1, 2 …): cỡ chữ 10; cần 13–14 (2 đoạn, đầu tiên "1. Mục đích").',
      'error @14: Nội dung: cỡ chữ 10; cần 13–14 (6 đoạn, đầu tiên "- Nâng cao hiệu quả quản lý nhà nước bằng công nghệ số.").',
      'error @24: "Nơi nhận:": cỡ chữ 10; cần 12 ("Nơi nhận:").',
      'error @25: Danh sách nơi nhận: cỡ chữ 10; cần 11 (4 đoạn, đầu tiên "- Thường trực Tỉnh ủy;").',
      'error @29: Thẩm quyền, chức vụ người ký: cỡ chữ 10; cần 13–14 (3 đoạn, đầu tiên "TM. ỦY BAN NHÂN DÂN").',
      'error @32: Họ tên người ký: cỡ chữ 10; cần 13–14 ("Nguyễn Văn An").',
    ]);
  });

  test('spares elements already in range: the docx-library file at 12 pt fails the 13–14 elements only', async () => {
    const findings = findingsOf(formatFontSize, await fixtureDocument('docxlib-arial.docx'));
    expect(findings.map((f) => f.replace(/: cỡ chữ .*$/u, ''))).toEqual([
      'error @3: Số, ký hiệu',
      'error @5: Tiêu ngữ',
      'error @6: Địa danh, ngày tháng',
      'error @7: Tên loại văn bản',
      'error @8: Trích yếu',
      'error @9: Phần căn cứ',
      'error @12: Tiêu đề mục (I, II …)',
      'error @13: Tiêu đề khoản (1, 2 …)',
      'error @14: Nội dung',
      'error @29: Thẩm quyền, chức vụ người ký',
      'error @34: Họ tên người ký',
    ]);
  });
});
