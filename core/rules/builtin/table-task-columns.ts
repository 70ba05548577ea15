/**
 * table.task-columns: a task-assignment table (nhiệm vụ, cơ quan chủ trì, phối hợp, thời gian) names a lead
 * agency and a time in every row; a cell merged down the column counts for every row it covers. One finding
 * per table, with the rows that lack each (practice for plans; PL I, Phần I, Mục III, khoản 1 for appendices).
 */
import type { DocKind, PlanDocument, TableBlock } from '../../model/plan-document';
import { flattenBlocks } from '../../model/walk';
import { appendixLocation } from '../support/appendices';
import { indexDocument } from '../support/doc-index';
import { finding } from '../support/finding';
import { blockLocation } from '../support/locate';
import { taskTables, type TaskRow } from '../support/task-table';
import type { Finding, FindingLocation, Rule } from '../types';

const ASSIGNING_KINDS: ReadonlySet<DocKind> = new Set<DocKind>(['ke-hoach', 'chuong-trinh', 'quyet-dinh']);

function tableLocation(doc: PlanDocument, table: TableBlock): FindingLocation {
  const entry = indexDocument(doc).byId.get(table.id);
  if (entry) {
    return blockLocation(entry);
  }
  const i = doc.appendices.findIndex((a) => flattenBlocks(a.blocks).some((b) => b.id === table.id));
  const base = i >= 0 ? appendixLocation(doc, i) : { part: 'body' as const };
  return { ...base, blockId: table.id, ...(table.source ? { line: table.source.line } : {}) };
}

function rowNames(rows: readonly TaskRow[]): string {
  const names = rows.map((r) => (r.label !== '' ? r.label : `dòng ${r.row}`));
  return names.length > 6 ? `${names.slice(0, 6).join(', ')} … (${names.length} dòng)` : names.join(', ');
}

/** Each row of a task-assignment table names a lead agency and a time. */
export const tableTaskColumns: Rule = {
  id: 'table.task-columns',
  group: 'appendix',
  severity: 'warning',
  title: 'Bảng phân công nhiệm vụ: cơ quan chủ trì, thời gian',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục III, khoản 1; mẫu kế hoạch của cơ quan (phân công nhiệm vụ)',
  check: (doc) => {
    const out: Finding[] = [];
    // A báo cáo's or công văn's table of tasks reports what was done; only a plan (or the decision that issues
    // one) assigns them — unless the table says it is the task-assignment table.
    const assigns = ASSIGNING_KINDS.has(doc.kind);
    for (const t of taskTables(doc).filter((x) => assigns || x.table.role === 'task-assignment')) {
      const at = tableLocation(doc, t.table);
      const noLead = t.rows.filter((r) => r.lead === '');
      const noTime = t.rows.filter((r) => r.time !== null && r.time === '');
      if (noLead.length > 0) {
        out.push(finding(tableTaskColumns, `Bảng phân công nhiệm vụ: nhiệm vụ ${rowNames(noLead)} chưa ghi cơ quan chủ trì — mỗi nhiệm vụ ghi một cơ quan chủ trì.`, at));
      }
      if (noTime.length > 0) {
        out.push(finding(tableTaskColumns, `Bảng phân công nhiệm vụ: nhiệm vụ ${rowNames(noTime)} chưa ghi thời gian hoàn thành.`, at));
      }
    }
    return out;
  },
};
