/**
 * recipients.item-format: each Nơi nhận entry starts with "-" and ends with ";", the last with "."
 * (PL I, khoản 9). Judged on entries as written; a "+" sub-entry and a group line ending with ":"
 * before its sub-entries are accepted.
 */
import type { Recipient } from '../../model/plan-document';
import { normalizeText } from '../../text/normalize';
import { finding } from '../support/finding';
import { partLocation } from '../support/locate';
import type { Finding, QuickFix, Rule } from '../types';

function markerOk(raw: string, depth: 0 | 1): boolean {
  return depth === 0 ? /^[-–]/u.test(raw) : /^(?:[-–]\s*)?[+-]/u.test(raw);
}

function endOk(raw: string, items: readonly Recipient[], i: number): boolean {
  const end = raw.slice(-1);
  if (i === items.length - 1) {
    return end === '.';
  }
  const next = items[i + 1];
  return end === ';' || (end === ':' && next !== undefined && next.depth > (items[i]?.depth ?? 0));
}

function numbers(list: readonly number[]): string {
  return list.map((n) => n + 1).join(', ');
}

/** Entry markers and end punctuation. */
export const recipientsItemFormat: Rule = {
  id: 'recipients.item-format',
  group: 'recipients',
  severity: 'warning',
  title: 'Trình bày các dòng nơi nhận',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 9',
  check: (doc) => {
    const items = doc.recipients?.items ?? [];
    const badMarker: number[] = [];
    const badEnd: number[] = [];
    const raws = items.map((item) => (item.source ? normalizeText(item.source.text).trim() : ''));
    // Word list bullets are numbering, not text: a .docx list with no "-" typed anywhere is not judged for markers.
    const judgeMarkers = doc.meta.origin !== 'docx' || raws.some((raw, i) => raw !== '' && markerOk(raw, items[i]?.depth ?? 0));
    items.forEach((item, i) => {
      const raw = raws[i] ?? '';
      if (raw === '') {
        return;
      }
      if (judgeMarkers && !markerOk(raw, item.depth)) {
        badMarker.push(i);
      }
      if (!endOk(raw, items, i)) {
        badEnd.push(i);
      }
    });
    const fix: QuickFix = { title: 'Trình bày lại danh sách nơi nhận', edit: { kind: 'set-recipients', items: items.map((r) => ({ text: r.text, depth: r.depth })) } };
    const at = (i: number) => partLocation('recipients', items[i]?.source?.line, i);
    const out: Finding[] = [];
    if (badMarker.length > 0) {
      out.push(finding(recipientsItemFormat, `Dòng nơi nhận thứ ${numbers(badMarker)} không bắt đầu bằng dấu gạch ngang "-": mỗi nơi nhận một dòng, bắt đầu bằng "-".`, at(badMarker[0] ?? 0), { fix }));
    }
    if (badEnd.length > 0) {
      out.push(finding(recipientsItemFormat, `Dòng nơi nhận thứ ${numbers(badEnd)} kết thúc sai dấu: các dòng kết thúc bằng dấu chấm phẩy ";", riêng dòng cuối cùng kết thúc bằng dấu chấm ".".`, at(badEnd[0] ?? 0), { fix }));
    }
    return out;
  },
};
