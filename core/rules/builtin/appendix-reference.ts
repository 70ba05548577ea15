/**
 * appendix.reference: the text refers to each appendix ("… tại Phụ lục I kèm theo"), and each appendix it
 * refers to exists (PL I, Phần I, Mục III, khoản 1). A mention without a number ("Phụ lục kèm theo",
 * "các phụ lục") covers every appendix. An imported document without appendices is not judged: its
 * appendices may be in another file.
 */
import { toRoman } from '../../text/letters';
import { appendixLocation, appendixMentions, appendixNumber } from '../support/appendices';
import { finding } from '../support/finding';
import type { Finding, Rule } from '../types';

/** The body refers to each appendix, and each appendix referred to exists. */
export const appendixReference: Rule = {
  id: 'appendix.reference',
  group: 'appendix',
  severity: 'warning',
  title: 'Dẫn chiếu phụ lục trong nội dung',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục III, khoản 1',
  check: (doc) => {
    const appendices = doc.appendices;
    if (appendices.length === 0 && doc.meta.origin !== 'app') {
      return [];
    }
    const mentions = appendixMentions(doc);
    const numbers = appendices.map((_, i) => appendixNumber(doc, i));
    const out: Finding[] = [];
    appendices.forEach((a, i) => {
      const n = numbers[i] ?? null;
      const referred = mentions.some((m) => m.numbers.length === 0 || n === null || m.numbers.includes(n));
      if (!referred) {
        const label = appendixLocation(doc, i).path ?? 'Phụ lục';
        const title = a.title.replace(/\s+/g, ' ').trim();
        out.push(finding(appendixReference, `Nội dung chưa dẫn chiếu ${label}${title ? ` "${title.slice(0, 60)}"` : ''}: phụ lục là phần không tách rời của văn bản, nội dung phải chỉ dẫn đến phụ lục (ví dụ "… chi tiết tại ${label} kèm theo").`, appendixLocation(doc, i)));
      }
    });
    const known = new Set(numbers.filter((n): n is number => n !== null));
    // Several appendices labelled otherwise ("Biểu 01", "Phụ lục" alone): which one a number means is unknown.
    const judgeable = appendices.length <= 1 || known.size === appendices.length;
    const reported = new Set<number>();
    for (const m of judgeable ? mentions : []) {
      for (const n of m.numbers) {
        const exists = known.has(n) || (appendices.length === 1 && numbers[0] === null && n === 1);
        if (!exists && !reported.has(n)) {
          reported.add(n);
          const have = appendices.length === 0 ? 'văn bản không có phụ lục nào' : `văn bản chỉ có ${appendices.length} phụ lục`;
          out.push(finding(appendixReference, `Nội dung dẫn chiếu "${m.text}" (Phụ lục ${toRoman(n)}) nhưng ${have}: bổ sung phụ lục này hoặc sửa lại dẫn chiếu.`, m.location));
        }
      }
    }
    return out;
  },
};
