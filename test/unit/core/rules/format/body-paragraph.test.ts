import { describe, expect, test } from 'vitest';
import { formatBodyParagraph } from '../../../../../core/rules/builtin/format/body-paragraph';
import { fixtureDocument } from '../../../../helpers/docx-fixtures-load';
import { findingsOf, withFacts } from '../../../../helpers/docx-fixtures-rules';

describe('format.body-paragraph', () => {
  test('stays silent on justified body text with a 1.27 cm indent, 6 pt after and 1.15 lines', async () => {
    expect(findingsOf(formatBodyParagraph, await fixtureDocument('docxlib-compliant.docx'))).toEqual([]);
  });

  test('reports each kind of fault once with the count of body paragraphs that have it', async () => {
    expect(findingsOf(formatBodyParagraph, await fixtureDocument('docxlib-arial.docx'))).toEqual([
      'warning @9: Căn lề trái; cần căn đều hai bên (9 đoạn nội dung, đầu tiên "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng …").',
      'warning @9: Thụt đầu dòng 0; cần 1 cm hoặc 1,27 cm (9 đoạn nội dung, đầu tiên "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng …").',
      'warning @9: Khoảng cách đoạn 0 pt; cần tối thiểu 6 pt (9 đoạn nội dung, đầu tiên "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng …").',
      'warning @9: Giãn dòng 2 dòng; cần từ 1 đến 1,5 dòng (9 đoạn nội dung, đầu tiên "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng …").',
    ]);
  });

  test('accepts a 1 cm indent and judges exact line spacing against the font size', async () => {
    const doc = withFacts(await fixtureDocument('docxlib-compliant.docx'), (f) => ({
      paragraphs: f.paragraphs.map((p) => (p.index === 10 ? { ...p, firstLineTw: 567, lineSpacing: { value: 600, rule: 'exact' } } : p.index === 13 ? { ...p, firstLineTw: 567, lineSpacing: { value: 340, rule: 'exact' } } : p)),
    }));
    expect(findingsOf(formatBodyParagraph, doc)).toEqual([
      'warning @11: Giãn dòng cố định 30 pt; cần tương đương 1 đến 1,5 dòng (đoạn "Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai chuyển …").',
    ]);
  });

  test('takes an at-least line height below the font line as single spacing, and judges one above 1.5 lines', async () => {
    const doc = withFacts(await fixtureDocument('docxlib-compliant.docx'), (f) => ({
      paragraphs: f.paragraphs.map((p) =>
        p.index === 10 ? { ...p, lineSpacing: { value: 21, rule: 'atLeast' } } : p.index === 13 ? { ...p, lineSpacing: { value: 600, rule: 'atLeast' } } : p,
      ),
    }));
    expect(findingsOf(formatBodyParagraph, doc)).toEqual([
      'warning @14: Giãn dòng tối thiểu 30 pt; cần tương đương 1 đến 1,5 dòng (đoạn "- Nâng cao hiệu quả quản lý nhà nước bằng công nghệ số.").',
    ]);
  });

  test('takes a short centred line wholly in brackets for a note, not body text to justify and indent; a centred sentence is still reported', async () => {
    const doc = withFacts(await fixtureDocument('docxlib-compliant.docx'), (f) => ({
      paragraphs: f.paragraphs.map((p) =>
        p.index === 10
          ? { ...p, text: '(Phân công nhiệm vụ theo Phụ lục đính kèm)', alignment: 'center', firstLineTw: 0 }
          : p.index === 13
            ? { ...p, text: 'Nâng cao hiệu quả (trong năm 2026) công tác văn hóa.', alignment: 'center' }
            : p,
      ),
    }));
    expect(findingsOf(formatBodyParagraph, doc)).toEqual(['warning @14: Căn lề giữa; cần căn đều hai bên (đoạn "Nâng cao hiệu quả (trong năm 2026) công tác văn hóa.").']);
  });
});
