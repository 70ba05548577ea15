import { describe, expect, it } from 'vitest';
import { appendixReference } from '../../../../../core/rules/builtin/appendix-reference';
import { briefs } from '../../../../helpers/rules-check';
import { planWith, twoAppendices } from './appendix-docs';

const messages = (refs: string, appendices = twoAppendices()): string[] => briefs(appendixReference, planWith(appendices, refs)).map((b) => `${b.severity} ${b.location.path ?? b.location.part}: ${b.message.split(':')[0]}`);

describe('appendix.reference', () => {
  it('stays silent when the body refers to each appendix, by number, as "các phụ lục kèm theo" or as "(… kèm theo)"', () => {
    expect([
      ...messages('Chi tiết tại Phụ lục I và Phụ lục II kèm theo.'),
      ...messages('Phân công cụ thể tại các phụ lục kèm theo Kế hoạch này.'),
      ...messages('Tổ công tác thực hiện (có phân công nhiệm vụ của Tổ công tác kèm theo).'),
    ]).toEqual([]);
  });

  it('reports an appendix the body never refers to, at the appendix', () => {
    expect(messages('Nhiệm vụ cụ thể tại Phụ lục I kèm theo.')).toEqual(['warning Phụ lục II: Nội dung chưa dẫn chiếu Phụ lục II "DỰ TOÁN KINH PHÍ"']);
  });

  it('reports a reference to an appendix that does not exist, at the paragraph that makes it', () => {
    expect(messages('Chi tiết tại Phụ lục I, II và III kèm theo.')).toEqual(['warning II: Nội dung dẫn chiếu "Phụ lục I, II và III" (Phụ lục III) nhưng văn bản chỉ có 2 phụ lục']);
  });

  it('does not take another document\'s appendix for one of this plan', () => {
    const refs = 'Trình bày theo Phụ lục I ban hành kèm theo Nghị định số 30/2020/NĐ-CP; biểu mẫu tại Phụ lục III kèm theo Thông tư số 01/2011/TT-BNV.';
    expect(messages(refs)).toEqual([
      'warning Phụ lục I: Nội dung chưa dẫn chiếu Phụ lục I "DANH MỤC NHIỆM VỤ"',
      'warning Phụ lục II: Nội dung chưa dẫn chiếu Phụ lục II "DỰ TOÁN KINH PHÍ"',
    ]);
  });

  it('does not judge the references of an imported document read without appendices (they may be in another file)', () => {
    const plan = planWith([], 'Chi tiết tại Phụ lục I kèm theo.');
    expect({ imported: briefs(appendixReference, { ...plan, meta: { ...plan.meta, origin: 'docx' } }).length, app: briefs(appendixReference, plan).length }).toEqual({ imported: 0, app: 1 });
  });
});
