import { describe, expect, it } from 'vitest';
import { appendixLabel } from '../../../../../core/model/appendix';
import { blockText } from '../../../../../core/model/walk';
import { applyFix } from '../../../../../core/rules/apply-fix';
import { appendixNumbering } from '../../../../../core/rules/builtin/appendix-numbering';
import { briefs, run } from '../../../../helpers/rules-check';
import { imported, planWith, twoAppendices } from './appendix-docs';

const labelled = (...labels: (string | null)[]) =>
  imported(planWith([...twoAppendices(), ...twoAppendices()].slice(0, labels.length)), labels.map((label, i) => ({ label, attached: null, line: 100 + i * 10 })));

describe('appendix.numbering', () => {
  it('stays silent on computed labels, on Roman numerals in order, and on a single unnumbered appendix', () => {
    const single = imported(planWith(twoAppendices().slice(0, 1)), [{ label: 'PHỤ LỤC', attached: null, line: 100 }]);
    expect([...briefs(appendixNumbering, planWith(twoAppendices())), ...briefs(appendixNumbering, labelled('Phụ lục I', 'PHỤ LỤC II')), ...briefs(appendixNumbering, single)]).toEqual([]);
  });

  it('reports Arabic numerals, a missing number, a gap and a repeat, each at its appendix', () => {
    const found = [labelled('Phụ lục 1', 'Phụ lục 2'), labelled('Phụ lục I', 'Phụ lục'), labelled('Phụ lục I', 'Phụ lục III'), labelled('Phụ lục I', 'Phụ lục I')].map((plan) =>
      briefs(appendixNumbering, plan).map((b) => `${b.severity} ${b.location.line}: ${b.message}`),
    );
    expect(found).toEqual([
      ['error 100: "Phụ lục 1" đánh số bằng chữ số Ả Rập: phụ lục đánh số bằng chữ số La Mã — sửa thành "Phụ lục I".', 'error 110: "Phụ lục 2" đánh số bằng chữ số Ả Rập: phụ lục đánh số bằng chữ số La Mã — sửa thành "Phụ lục II".'],
      ['error 110: "Phụ lục" chưa có số thứ tự: văn bản có 2 phụ lục thì mỗi phụ lục đánh số bằng chữ số La Mã — sửa thành "Phụ lục II".'],
      ['error 110: "Phụ lục III" không liền với phụ lục trước (bị nhảy số hoặc sai thứ tự) — sửa thành "Phụ lục II".'],
      ['error 110: "Phụ lục I" trùng số với phụ lục trước — sửa thành "Phụ lục II".'],
    ]);
  });

  it('offers to number the appendices afresh, which the rule then accepts', () => {
    const plan = labelled('Phụ lục I', 'Phụ lục I');
    const [f] = run(appendixNumbering, plan);
    const fixed = applyFix(plan, f!.fix!.edit);
    expect({ labels: fixed.appendices.map((_, i) => appendixLabel(fixed.appendices, i)), after: briefs(appendixNumbering, fixed) }).toEqual({ labels: ['Phụ lục I', 'Phụ lục II'], after: [] });
  });

  it('takes the citations along when it renumbers ("tại Phụ lục 1 và Phụ lục số 02" → "Phụ lục I và Phụ lục II"), but not an ambiguous one', () => {
    const refs = (plan: ReturnType<typeof labelled>): string =>
      plan.body
        .flatMap((b) => (b.kind === 'numbered' ? b.children : []))
        .map(blockText)
        .find((t) => t.includes('kèm theo')) ?? '';
    const arabic = imported(planWith(twoAppendices(), 'Chi tiết tại Phụ lục 1 và Phụ lục số 02 kèm theo Kế hoạch này.'), [
      { label: 'Phụ lục 1', attached: null, line: 100 },
      { label: 'PHỤ LỤC 02', attached: null, line: 110 },
    ]);
    const twice = labelled('Phụ lục I', 'Phụ lục I');
    const fixedArabic = applyFix(arabic, run(appendixNumbering, arabic)[0]!.fix!.edit);
    const fixedTwice = applyFix(twice, run(appendixNumbering, twice)[0]!.fix!.edit);
    expect([refs(fixedArabic), refs(fixedTwice)]).toEqual(['Chi tiết tại Phụ lục I và Phụ lục II kèm theo Kế hoạch này.', 'Nhiệm vụ cụ thể tại Phụ lục I và Phụ lục II kèm theo Kế hoạch này.']);
  });

  it('leaves labels that are not "Phụ lục" alone ("Biểu 01")', () => {
    expect(briefs(appendixNumbering, labelled('Biểu 01', 'Biểu 02'))).toEqual([]);
  });
});
