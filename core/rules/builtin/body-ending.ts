/**
 * body.ending: the body ends with "./." (every form of PL III shows it; export always adds it).
 */
import { finding } from '../support/finding';
import { partLocation } from '../support/locate';
import type { Rule } from '../types';

/** Body ends with "./.". */
export const bodyEnding: Rule = {
  id: 'body.ending',
  group: 'body',
  severity: 'info',
  title: 'Dấu kết thúc "./."',
  basis: 'NĐ 30/2020, PL III, Mẫu 1.4 và 1.5',
  check: (doc) => {
    if (doc.endsWithMark || doc.meta.origin === 'app' || doc.body.length === 0) {
      return [];
    }
    const last = doc.closing[doc.closing.length - 1];
    const line = last?.source?.line;
    return [finding(bodyEnding, 'Phần nội dung chưa kết thúc bằng dấu "./." — thêm "./." vào cuối câu cuối cùng trước Nơi nhận.', partLocation(last ? 'closing' : 'body', line))];
  },
};
