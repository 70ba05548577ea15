/**
 * appendix.numbering: two or more appendices are numbered with Roman numerals, in order, without gaps or
 * repeats (Phụ lục I, II, III …); a single appendix may stay unnumbered (PL I, Phần I, Mục III, khoản 1, điểm b).
 * Only "Phụ lục" labels are judged (a "Biểu 01" table form is not a Phụ lục label).
 */
import { appendixLabel } from '../../model/appendix';
import { toRoman } from '../../text/letters';
import { appendixLocation, isPhuLucLabel, labelNumber } from '../support/appendices';
import { finding } from '../support/finding';
import type { Finding, Rule } from '../types';

/** Appendices numbered I, II, III … when there are two or more. */
export const appendixNumbering: Rule = {
  id: 'appendix.numbering',
  group: 'appendix',
  severity: 'error',
  title: 'Đánh số phụ lục',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục III, khoản 1',
  check: (doc) => {
    const appendices = doc.appendices;
    if (appendices.length < 2) {
      return [];
    }
    const fix = { title: 'Đánh lại số phụ lục (Phụ lục I, II …)', edit: { kind: 'renumber-appendices' } } as const;
    const out: Finding[] = [];
    appendices.forEach((a, i) => {
      if (a.label === null || !isPhuLucLabel(a.label)) {
        return;
      }
      const label = appendixLabel(appendices, i).replace(/\s+/g, ' ').trim();
      const want = `Phụ lục ${toRoman(i + 1)}`;
      const number = labelNumber(a.label);
      let problem: string | null = null;
      if (number.style === 'none') {
        problem = `"${label}" chưa có số thứ tự: văn bản có ${appendices.length} phụ lục thì mỗi phụ lục đánh số bằng chữ số La Mã`;
      } else if (number.style === 'arabic') {
        problem = `"${label}" đánh số bằng chữ số Ả Rập: phụ lục đánh số bằng chữ số La Mã`;
      } else if (number.value !== i + 1) {
        const seen = appendices.slice(0, i).some((b) => b.label !== null && labelNumber(b.label).value === number.value);
        problem = `"${label}" ${seen ? 'trùng số với phụ lục trước' : 'không liền với phụ lục trước (bị nhảy số hoặc sai thứ tự)'}`;
      }
      if (problem !== null) {
        out.push(finding(appendixNumbering, `${problem} — sửa thành "${want}".`, appendixLocation(doc, i), { fix }));
      }
    });
    return out;
  },
};
