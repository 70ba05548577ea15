/**
 * Task-assignment tables (bảng phân công nhiệm vụ): recognised by their header (nhiệm vụ / nội dung, cơ quan chủ
 * trì, phối hợp, thời gian) or their role, read as a grid with merged cells resolved (a cell merged down a column
 * gives its text to every row it covers). Group rows ("I. Nhóm nhiệm vụ …") and column-number rows are kept apart.
 */
import type { PlanDocument, TableBlock } from '../../model/plan-document';
import { allTables, cellText } from '../../model/walk';
import { lower, normalizeText, squeeze } from '../../text/normalize';

export type TaskColumns = { readonly stt: number | null; readonly task: number; readonly lead: number; readonly partner: number | null; readonly time: number | null };

/** One data row: the texts under each column (merged cells resolved). */
export type TaskRow = { readonly row: number; readonly label: string; readonly task: string; readonly lead: string; readonly time: string | null };

export type TaskTable = { readonly table: TableBlock; readonly columns: TaskColumns; readonly rows: readonly TaskRow[]; readonly groups: readonly string[] };

const TASK = /nhiệm vụ|nội dung|công việc|hoạt động|đề án|giải pháp/u;
const LEAD = /chủ trì|cơ quan thực hiện|đơn vị thực hiện|cơ quan, đơn vị thực hiện|^thực hiện$|đầu mối|phụ trách/u;
const PARTNER = /phối hợp/u;
const TIME = /thời gian|thời hạn|tiến độ|hoàn thành|năm thực hiện/u;
const STT = /^(?:stt|tt|số tt|số thứ tự)$/u;

/** The grid of a table: grid[r][c] is the text of the cell covering row r, column c (spans resolved). */
export function tableGrid(table: TableBlock): string[][] {
  const grid: string[][] = [];
  table.rows.forEach((row, r) => {
    const line = (grid[r] ??= []);
    let c = 0;
    for (const cell of row.cells) {
      while (line[c] !== undefined) {
        c += 1;
      }
      const text = squeeze(normalizeText(cellText(cell)));
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr += 1) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc += 1) {
          target[c + dc] = text;
        }
      }
      c += cell.colSpan ?? 1;
    }
  });
  return grid.map((line) => Array.from(line, (t) => t ?? ''));
}

function findColumns(header: readonly (readonly string[])[]): TaskColumns | null {
  const width = Math.max(0, ...header.map((r) => r.length));
  const names = Array.from({ length: width }, (_, c) => lower([...new Set(header.map((r) => r[c] ?? ''))].join(' ')).trim());
  const col = (re: RegExp, not?: RegExp): number => names.findIndex((n) => re.test(n) && !(not?.test(n) ?? false));
  const lead = col(LEAD, PARTNER);
  const task = names.findIndex((n, i) => i !== lead && TASK.test(n) && !LEAD.test(n));
  const partner = col(PARTNER);
  const time = col(TIME, LEAD);
  if (lead < 0 || task < 0 || (partner < 0 && time < 0)) {
    return null;
  }
  const stt = names.findIndex((n) => STT.test(n.replace(/[.\s]+$/u, '')));
  return { stt: stt < 0 ? null : stt, task, lead, partner: partner < 0 ? null : partner, time: time < 0 ? null : time };
}

const GROUP_LABEL = /^(?:[IVXLC]+|[A-ZĐ])\.?$/u;
const COLUMN_NUMBERS = /^\(?\d{1,2}\)?$/u;

/** Reads a table as a task-assignment table, or null when it is not one. */
export function readTaskTable(table: TableBlock): TaskTable | null {
  const grid = tableGrid(table);
  const heads = Math.max(1, table.headerRows);
  const columns = findColumns(grid.slice(0, heads)) ?? (table.role === 'task-assignment' ? findColumns(grid.slice(0, 1)) : null);
  if (!columns) {
    return null;
  }
  const rows: TaskRow[] = [];
  const groups: string[] = [];
  grid.slice(heads).forEach((cells, i) => {
    const filled = cells.filter((t) => t !== '');
    if (filled.length === 0 || cells.every((t) => t === '' || COLUMN_NUMBERS.test(t))) {
      return;
    }
    const label = columns.stt === null ? '' : (cells[columns.stt] ?? '');
    const spread = cells.length > 1 && filled.length === cells.length && new Set(cells).size === 1;
    if (spread || GROUP_LABEL.test(label)) {
      groups.push(filled.join(' '));
      return;
    }
    const time = columns.time === null ? null : (cells[columns.time] ?? '');
    rows.push({ row: heads + i + 1, label, task: cells[columns.task] ?? '', lead: cells[columns.lead] ?? '', time });
  });
  return { table, columns, rows, groups };
}

/** Every task-assignment table of the document (body and appendices). */
export function taskTables(doc: Pick<PlanDocument, 'body' | 'appendices'>): TaskTable[] {
  return allTables(doc)
    .map(readTaskTable)
    .filter((t): t is TaskTable => t !== null);
}

function words(text: string): string[] {
  return lower(normalizeText(text))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
}

/** True when a task table row (or group row) with a lead agency carries this task's title. */
export function tableNamesLead(tables: readonly TaskTable[], title: string): boolean {
  const wanted = [...new Set(words(title.split(':')[0] ?? ''))];
  if (wanted.length === 0) {
    return false;
  }
  return tables.some((t) =>
    [...t.rows.filter((r) => r.lead !== '').map((r) => r.task), ...t.groups].some((text) => {
      const have = new Set(words(text));
      return wanted.filter((w) => have.has(w)).length >= Math.max(2, Math.ceil(wanted.length * 0.7));
    }),
  );
}
