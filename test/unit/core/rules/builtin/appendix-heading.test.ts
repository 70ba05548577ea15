import { describe, expect, it } from 'vitest';
import { appendix } from '../../../../../core/model/builders';
import { applyFix } from '../../../../../core/rules/apply-fix';
import { appendixHeading } from '../../../../../core/rules/builtin/appendix-heading';
import { briefs, run } from '../../../../helpers/rules-check';
import { facts, imported, page, para, planWith, twoAppendices } from './appendix-docs';

const RIGHT = '(Kèm theo Kế hoạch số 859/KH-UBND ngày 05 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh Bắc Giang)';
const one = (label: string | null, attached: string | null, title = 'DANH MỤC NHIỆM VỤ') =>
  imported(planWith([appendix({ title })], 'Chi tiết tại Phụ lục kèm theo.'), [{ label, attached, line: 120 }]);
const texts = (plan: Parameters<typeof briefs>[1]): string[] => briefs(appendixHeading, plan).map((b) => `${b.location.line}: ${b.message}`);

describe('appendix.heading', () => {
  it('stays silent on appendices made in the app, and on an imported one whose lines are right (blank number and day too)', () => {
    const blank = one('Phụ lục', '(Kèm theo Kế hoạch số      /KH-UBND ngày     tháng 01 năm 2024 của Ủy ban nhân dân tỉnh Bắc Giang)');
    expect([...texts(planWith(twoAppendices())), ...texts(one('Phụ lục', RIGHT)), ...texts(blank)]).toEqual([]);
  });

  it('reports a missing label line, a title not in capitals and a missing Kèm theo line, each with a fix', () => {
    const plan = one(null, null, 'Danh mục nhiệm vụ');
    expect(briefs(appendixHeading, plan).map((b) => [b.message.split(':')[0], b.fixed])).toEqual([
      ['Phụ lục thứ 1 thiếu dòng nhãn "Phụ lục" ở đầu trang', true],
      ['Tên Phụ lục "Danh mục nhiệm vụ" chưa viết in hoa', true],
      ['Phụ lục thiếu dòng "(Kèm theo …)" dưới tên phụ lục', true],
    ]);
    const fixed = run(appendixHeading, plan).reduce((d, f) => applyFix(d, f.fix!.edit), plan);
    expect({ after: texts(fixed), appendix: [fixed.appendices[0]?.label, fixed.appendices[0]?.title, fixed.appendices[0]?.attachedLine] }).toEqual({
      after: [],
      appendix: ['Phụ lục', 'DANH MỤC NHIỆM VỤ', RIGHT],
    });
  });

  it('names each part of the Kèm theo line that disagrees with the header: type, number, ký hiệu, date, issuer', () => {
    const wrong = '(Kèm theo Quyết định số 860/QĐ-UBND ngày 06/01/2024 của Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang)';
    expect(texts(one('Phụ lục', wrong))).toEqual([
      `120: Dòng "${wrong}" của Phụ lục không khớp với văn bản: tên loại "quyết định" khác tên loại văn bản "kế hoạch"; số 860 khác số văn bản 859; ký hiệu QĐ-UBND khác ký hiệu KH-UBND; ngày tháng khác ngày ban hành ghi ở đầu văn bản; ghi "của Chủ tịch" mà văn bản do tập thể Ủy ban ban hành — sửa thành ${RIGHT}.`,
    ]);
  });

  it('judges how the heading lines look in a .docx: label bold 14 upright centred not in capitals, Kèm theo italic centred', () => {
    const plan = one('PHỤ LỤC', RIGHT);
    const paragraphs = [
      para(118, 'Nguyễn Văn A'),
      para(119, 'PHỤ LỤC', { alignment: 'center' }, { bold: true, sizeHalfPt: 26 }),
      para(120, 'DANH MỤC NHIỆM VỤ', { alignment: 'center' }, { bold: true }),
      para(121, RIGHT, { alignment: 'left' }),
    ];
    const withFacts = { ...plan, formatting: facts(paragraphs, [page('portrait')]) };
    expect(texts(withFacts)).toEqual([
      '120: Dòng nhãn phụ lục "PHỤ LỤC": cỡ chữ 13; cần 14; đang viết in hoa; từ "Phụ lục" viết in thường (chữ đầu viết hoa).',
      `122: Dòng Kèm theo "${RIGHT.slice(0, 60)}": cần in nghiêng; cần căn giữa.`,
    ]);
  });

  it('accepts a longer type name that begins with the attached one, and a bracketed note under the title', () => {
    const plan = one('Phụ lục', RIGHT, 'DANH MỤC NHIỆM VỤ\n(Số liệu đến ngày 31/12/2023)');
    const action = { ...plan, header: { ...plan.header, docType: 'KẾ HOẠCH HÀNH ĐỘNG' } };
    expect(texts(action)).toEqual([]);
  });
});
