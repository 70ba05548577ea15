/**
 * recipients.archive: the last Nơi nhận entry is the archive copy "Lưu: VT, …" (PL I, khoản 9).
 * A "Lưu" line nested under "Văn phòng UBND tỉnh:" as the very last line is accepted: it is still the
 * last line, and the Văn phòng is where the file copy is kept.
 */
import type { Recipient } from '../../model/plan-document';
import { stripRecipientMarker } from '../../model/recipients';
import { squeeze } from '../../text/normalize';
import { finding, quote } from '../support/finding';
import { partLocation, recipientsLine } from '../support/locate';
import type { Rule } from '../types';

const ARCHIVE = /^lưu\s*:?/iu;
const ARCHIVE_VT = /^Lưu\s*:\s*VT(?![\p{L}])/u;

function plain(r: Recipient): string {
  return squeeze(stripRecipientMarker(r.text));
}

/** Last entry "Lưu: VT, …". */
export const recipientsArchive: Rule = {
  id: 'recipients.archive',
  group: 'recipients',
  severity: 'error',
  title: 'Dòng lưu văn bản "Lưu: VT"',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 9',
  check: (doc) => {
    const items = doc.recipients?.items ?? [];
    if (items.length === 0) {
      return [];
    }
    const lastIndex = items.length - 1;
    const last = items[lastIndex] as Recipient;
    const at = (i: number) => partLocation('recipients', items[i]?.source?.line ?? recipientsLine(doc), i);
    const as = (list: readonly Recipient[]) => list.map((r) => ({ text: r.text, depth: r.depth }));
    if (ARCHIVE_VT.test(plain(last))) {
      return [];
    }
    if (ARCHIVE.test(plain(last))) {
      return [finding(recipientsArchive, `Dòng lưu ${quote(plain(last))} phải ghi "Lưu: VT, <đơn vị soạn thảo>." (VT là Văn thư cơ quan).`, at(lastIndex))];
    }
    const archived = items.findIndex((r) => ARCHIVE.test(plain(r)));
    if (archived >= 0) {
      const moved = [...items.filter((_, i) => i !== archived), { ...(items[archived] as Recipient), depth: 0 as const }];
      return [finding(recipientsArchive, `Dòng ${quote(plain(items[archived] as Recipient))} phải là dòng cuối cùng của Nơi nhận — chuyển xuống cuối danh sách.`, at(archived), {
        fix: { title: 'Chuyển dòng "Lưu" xuống cuối', edit: { kind: 'set-recipients', items: as(moved) } },
      })];
    }
    return [finding(recipientsArchive, 'Nơi nhận thiếu dòng lưu văn bản: dòng cuối cùng phải là "- Lưu: VT, <đơn vị soạn thảo>." — thêm dòng này.', at(lastIndex), {
      fix: { title: 'Thêm "- Lưu: VT"', edit: { kind: 'set-recipients', items: [...as(items), { text: 'Lưu: VT', depth: 0 }] } },
    })];
  },
};
