import { describe, expect, it } from 'vitest';
import { defaultFileName, FILE_NAME_MAX } from '../../../../core/text/file-name';

describe('defaultFileName', () => {
  it('folds the kind and trích yếu of a plan to ASCII words joined by "-"', () => {
    expect(defaultFileName('ke-hoach', 'Triển khai Chỉ thị số 25-CT/TU', 'docx')).toBe('Ke-hoach-Trien-khai-Chi-thi-so-25-CT-TU.docx');
    expect(defaultFileName('ke-hoach', 'triển khai Chỉ thị 25', 'docx')).toBe('Ke-hoach-trien-khai-Chi-thi-25.docx');
  });

  it('names a công văn as a công văn, without its "V/v"', () => {
    expect(defaultFileName('cong-van', 'V/v đôn đốc thực hiện đường giao thông', 'kehoach')).toBe('Cong-van-don-doc-thuc-hien-duong-giao-thong.kehoach');
  });

  it('drops placeholders and keeps the kind alone when the trích yếu is blank', () => {
    expect(defaultFileName('ke-hoach', '{Trích yếu nội dung}', 'docx')).toBe('Ke-hoach.docx');
    expect(defaultFileName('bao-cao', null, 'docx')).toBe('Bao-cao.docx');
  });

  it('does not repeat the kind when the trích yếu starts with it', () => {
    expect(defaultFileName('ke-hoach', 'Kế hoạch phòng chống thiên tai', 'docx')).toBe('Ke-hoach-phong-chong-thien-tai.docx');
  });

  it('keeps long names short, cut at a word', () => {
    const long = 'thực hiện '.repeat(30);
    const name = defaultFileName('ke-hoach', long, 'docx');
    expect(name.length).toBeLessThanOrEqual(FILE_NAME_MAX + '.docx'.length);
    expect(name).toMatch(/^Ke-hoach(-thuc-hien)+\.docx$/u);
  });

  it('reads decomposed (NFD) Vietnamese like NFC', () => {
    expect(defaultFileName('ke-hoach', 'Đào tạo nghề'.normalize('NFD'), 'docx')).toBe('Ke-hoach-Dao-tao-nghe.docx');
  });
});
