/**
 * recipients.first-as-above: a công văn (with "Kính gửi") starts its Nơi nhận with "Như trên;"
 * (PL I, khoản 9; PL III, Mẫu 1.5).
 */
import { DocKind } from '../../model/plan-document';
import { normalizeText } from '../../text/normalize';
import { finding } from '../support/finding';
import { partLocation, recipientsLine } from '../support/locate';
import type { Rule } from '../types';

/** Công văn: first entry "Như trên". */
export const recipientsFirstAsAbove: Rule = {
  id: 'recipients.first-as-above',
  group: 'recipients',
  severity: 'warning',
  title: '"Như trên" ở công văn',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 9; PL III, Mẫu 1.5',
  check: (doc) => {
    const items = doc.recipients?.items ?? [];
    const isLetter = doc.kind === DocKind.CONG_VAN || doc.header.addressees.length > 0;
    if (!isLetter || items.length === 0) {
      return [];
    }
    const first = normalizeText(items[0]?.text ?? '').replace(/^[-\s]+/u, '');
    if (/^như trên/iu.test(first)) {
      return [];
    }
    return [finding(recipientsFirstAsAbove, 'Công văn có "Kính gửi" thì dòng đầu tiên của Nơi nhận là "- Như trên;" (chỉ các cơ quan đã kính gửi) — thêm dòng này lên đầu.', partLocation('recipients', items[0]?.source?.line ?? recipientsLine(doc), 0), {
      fix: { title: 'Thêm "- Như trên;"', edit: { kind: 'set-recipients', items: [{ text: 'Như trên', depth: 0 }, ...items.map((r) => ({ text: r.text, depth: r.depth }))] } },
    })];
  },
};
