/**
 * content.lead-agency: where the profile asks for it (Nội dung), each task names a lead agency
 * ("Cơ quan chủ trì: …" or "… chủ trì"). Silent when tasks are assigned body by body in Tổ chức thực hiện, and
 * for a task a task-assignment table (body or appendix) names the lead agency of — or for every task when the
 * section sends the reader to such a table in an appendix ("… tại Phụ lục kèm theo").
 */
import type { PlanDocument } from '../../model/plan-document';
import { flattenBlocks } from '../../model/walk';
import { normalizeText } from '../../text/normalize';
import type { Profile } from '../../templates/profile';
import { assigneeOf } from '../support/agencies';
import { deepTextOf, descendants, indexDocument } from '../support/doc-index';
import { finding } from '../support/finding';
import { blockLocation } from '../support/locate';
import { matchSections } from '../support/sections';
import { tableNamesLead, taskTables } from '../support/task-table';
import type { Finding, Rule } from '../types';

const LEAD = /chủ trì|cơ quan thực hiện|đơn vị thực hiện|đầu mối|phụ trách|giao\s+(?:cho\s+)?(?:sở|ban|ủy ban|uỷ ban|ubnd|công an)/iu;
/** A task whose sentence starts with one named body ("Sở Nội vụ tổ chức …") says who leads it; "Các sở …" does not. */
const NAMED_SUBJECT = /^(?:sở|công an tỉnh|bộ chỉ huy|ủy ban nhân dân (?:tỉnh|huyện|thành phố|thị xã|xã|phường)|uỷ ban nhân dân|ubnd (?:tỉnh|huyện|thành phố|thị xã|xã|phường)|văn phòng|thanh tra tỉnh|đài phát thanh|báo|liên hiệp|tỉnh đoàn|hội)\s/iu;

function namesLead(text: string, own: string): boolean {
  return LEAD.test(text) || NAMED_SUBJECT.test(own.trim());
}

/** True when Tổ chức thực hiện (a section without this check) assigns tasks body by body. */
function assignedByBody(doc: PlanDocument, profile: Profile): boolean {
  const index = indexDocument(doc);
  return matchSections(doc, profile).matches.some(
    (m) => !m.section.checks.includes('lead-agency') && descendants(m.entry, index).filter((d) => assigneeOf(d) !== null).length >= 2,
  );
}

/** Each task of Nội dung names a lead agency. */
export const contentLeadAgency: Rule = {
  id: 'content.lead-agency',
  group: 'content',
  severity: 'warning',
  title: 'Cơ quan chủ trì của nhiệm vụ',
  basis: 'Mẫu kế hoạch của cơ quan (phân công cơ quan chủ trì)',
  check: (doc, ctx) => {
    if (!ctx.profile) {
      return [];
    }
    const index = indexDocument(doc);
    const tables = taskTables(doc).filter((t) => t.rows.some((r) => r.lead !== ''));
    const out: Finding[] = [];
    for (const m of matchSections(doc, ctx.profile).matches.filter((x) => x.section.checks.includes('lead-agency'))) {
      const block = m.entry.block;
      if (tables.length > 0 && /phụ lục/iu.test(normalizeText(deepTextOf(m.entry, index))) && doc.appendices.some((a) => tables.some((t) => flattenBlocks(a.blocks).includes(t.table)))) {
        continue;
      }
      const tasks = block.kind === 'numbered' ? block.children.filter((c) => c.kind === 'numbered').map((c) => index.byId.get(c.id)) : [];
      const lacking = tasks.filter((t) => t !== undefined && !namesLead(normalizeText(deepTextOf(t, index)), normalizeText(t.text)) && !tableNamesLead(tables, t.text));
      if (tasks.length === 0 || lacking.length < tasks.length) {
        for (const t of lacking) {
          if (t) {
            out.push(finding(contentLeadAgency, `Nhiệm vụ ${t.path} "${t.text.slice(0, 60).trim()}…" chưa nêu cơ quan chủ trì — thêm dòng "Cơ quan chủ trì: …" (và cơ quan phối hợp nếu có).`, blockLocation(t)));
          }
        }
      } else if (tables.length === 0 && !assignedByBody(doc, ctx.profile)) {
        out.push(finding(contentLeadAgency, `Các nhiệm vụ trong mục ${m.entry.path} "${m.entry.text.trim()}" chưa nêu cơ quan chủ trì: ghi "Cơ quan chủ trì: …" cho từng nhiệm vụ, hoặc phân công theo từng cơ quan ở mục Tổ chức thực hiện.`, blockLocation(m.entry)));
      }
    }
    return out;
  },
};
