/**
 * recipients.first-as-above: a công văn (with "Kính gửi") starts its Nơi nhận with "Như trên;"
 * (PL I, khoản 9; PL III, Mẫu 1.5). "Như trên" belongs only to documents with "Kính gửi": in a Kế hoạch
 * (PL III, Mẫu 1.4), which has none, it points nowhere (warning).
 */
import { DocKind, type PlanDocument, type Recipient } from '../../model/plan-document';
import { stripRecipientMarker } from '../../model/recipients';
import { normalizeText } from '../../text/normalize';
import { finding } from '../support/finding';
import { partLocation, recipientsLine } from '../support/locate';
import type { Finding, Rule } from '../types';

const AS_ABOVE = /^[-\s]*nh[ưu] trên(?!\p{L})/iu;

/** "Như trên" in a document without "Kính gửi" (a Kế hoạch): there is nothing "above" it to send to. */
function asAboveWithoutAddressees(doc: PlanDocument, items: readonly Recipient[]): Finding[] {
  const i = items.findIndex((r) => AS_ABOVE.test(normalizeText(r.text)));
  const entry = items[i];
  if (i < 0 || !entry || doc.kind !== DocKind.KE_HOACH) {
    return [];
  }
  const rest = items.filter((_, j) => j !== i).map((r) => ({ text: r.text, depth: r.depth }));
  return [finding(recipientsFirstAsAbove, `Nơi nhận của kế hoạch có dòng "${entry.text.trim()}": "Như trên" chỉ dùng cho văn bản có "Kính gửi" (công văn, tờ trình, báo cáo gửi cấp trên); kế hoạch không có "Kính gửi" — ghi cụ thể cơ quan nhận.`, partLocation('recipients', entry.source?.line ?? recipientsLine(doc), i), {
    fix: { title: 'Bỏ dòng "Như trên"', edit: { kind: 'set-recipients', items: rest } },
  })];
}

/** Công văn: first entry "Như trên". */
export const recipientsFirstAsAbove: Rule = {
  id: 'recipients.first-as-above',
  group: 'recipients',
  severity: 'warning',
  title: '"Như trên" ở công văn',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 9, điểm b; PL III, Mẫu 1.4, Mẫu 1.5',
  check: (doc) => {
    const items = doc.recipients?.items ?? [];
    if (items.length === 0) {
      return [];
    }
    if (doc.header.addressees.length === 0 && doc.kind !== DocKind.CONG_VAN) {
      return asAboveWithoutAddressees(doc, items);
    }
    // A tờ trình or báo cáo with "Kính gửi" may start with "Như trên" (khoản 9.b) but the decree's samples do not
    // demand it: only a công văn is held to it (PL III, Mẫu 1.5).
    if (doc.kind !== DocKind.CONG_VAN) {
      return [];
    }
    const first = stripRecipientMarker(items[0]?.text ?? '');
    if (/^như trên/iu.test(first)) {
      return [];
    }
    return [finding(recipientsFirstAsAbove, 'Công văn có "Kính gửi" thì dòng đầu tiên của Nơi nhận là "- Như trên;" (chỉ các cơ quan đã kính gửi) — thêm dòng này lên đầu.', partLocation('recipients', items[0]?.source?.line ?? recipientsLine(doc), 0), {
      fix: { title: 'Thêm "- Như trên;"', edit: { kind: 'set-recipients', items: [{ text: 'Như trên', depth: 0 }, ...items.map((r) => ({ text: r.text, depth: r.depth }))] } },
    })];
  },
};
