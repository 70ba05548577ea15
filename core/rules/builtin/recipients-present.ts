/**
 * recipients.present: "Nơi nhận:" and at least one recipient are present (PL I, khoản 9).
 */
import { finding } from '../support/finding';
import { partLocation, signatureLine } from '../support/locate';
import type { Rule } from '../types';

/** Nơi nhận present with entries. */
export const recipientsPresent: Rule = {
  id: 'recipients.present',
  group: 'recipients',
  severity: 'error',
  title: 'Nơi nhận',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 9',
  check: (doc) => {
    const items = doc.recipients?.items ?? [];
    if (items.some((r) => r.text.trim() !== '')) {
      return [];
    }
    const message = doc.recipients
      ? 'Mục "Nơi nhận:" chưa có cơ quan nhận nào: ghi mỗi nơi nhận một dòng, bắt đầu bằng "-", dòng cuối là "- Lưu: VT, …".'
      : 'Thiếu "Nơi nhận:": cuối văn bản, bên trái, ghi "Nơi nhận:" và danh sách nơi nhận, dòng cuối là "- Lưu: VT, …".';
    return [finding(recipientsPresent, message, partLocation('recipients', doc.recipients?.headingSource?.line ?? signatureLine(doc)))];
  },
};
