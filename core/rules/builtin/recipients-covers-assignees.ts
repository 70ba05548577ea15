/**
 * recipients.covers-assignees: bodies given tasks in Tổ chức thực hiện appear in Nơi nhận, by name or
 * through a group ("Các sở, ban, ngành", "UBND các huyện, thành phố"). A hint.
 */
import type { Recipient } from '../../model/plan-document';
import { assigneeOf, foldName, isCovered } from '../support/agencies';
import { descendants, indexDocument } from '../support/doc-index';
import { finding, quote } from '../support/finding';
import { blockLocation } from '../support/locate';
import { headingKeyOf, sectionScore } from '../support/sections';
import type { Finding, Rule } from '../types';

const ARCHIVE = /^lưu\s*:?/iu;

function withAssignee(items: readonly Recipient[], name: string): { text: string; depth: 0 | 1 }[] {
  const list = items.map((r) => ({ text: r.text, depth: r.depth }));
  const archive = list.findIndex((r) => ARCHIVE.test(r.text.trim()));
  const at = archive >= 0 ? archive : list.length;
  return [...list.slice(0, at), { text: name, depth: 0 }, ...list.slice(at)];
}

/** Assignees of Tổ chức thực hiện receive the plan. */
export const recipientsCoversAssignees: Rule = {
  id: 'recipients.covers-assignees',
  group: 'recipients',
  severity: 'info',
  title: 'Nơi nhận gồm các cơ quan được giao nhiệm vụ',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 9 (nơi nhận gồm cơ quan có trách nhiệm thực hiện)',
  check: (doc) => {
    const items = doc.recipients?.items ?? [];
    if (items.length === 0) {
      return [];
    }
    const folded = foldName(items.map((r) => r.text).join('\n'));
    const index = indexDocument(doc);
    const out: Finding[] = [];
    for (const section of index.sections) {
      if (sectionScore(headingKeyOf(section.text), 'TỔ CHỨC THỰC HIỆN', []) < 2) {
        continue;
      }
      for (const entry of descendants(section, index)) {
        const name = assigneeOf(entry);
        if (name && !isCovered(name, folded)) {
          out.push(finding(recipientsCoversAssignees, `${quote(name)} được giao nhiệm vụ ở ${entry.path} nhưng không có trong Nơi nhận — thêm "- ${name};" (hoặc một nhóm bao gồm cơ quan này).`, blockLocation(entry), {
            fix: { title: `Thêm ${quote(name)} vào Nơi nhận`, edit: { kind: 'set-recipients', items: withAssignee(items, name) } },
          }));
        }
      }
    }
    return out;
  },
};
