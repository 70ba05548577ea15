/**
 * The task-assignment table ("bảng phân công nhiệm vụ") built from the body: each task of the Nội dung
 * section (each numbered child of the section; its own numbered children become rows of their own when
 * they name their agencies) with its lead agency, supporting agencies, time and product as written
 * ("- Cơ quan chủ trì: …", "Chủ trì: …", "Sở A chủ trì, phối hợp với Sở B …", "Thời gian thực hiện: …",
 * "Sản phẩm: …"); blank where the body does not say. It goes into a landscape appendix with role
 * 'task-assignment'; building it again replaces that table and keeps the appendix.
 */
import { randomId } from '../base/ids';
import { headingKey, normalizeText, squeeze } from '../text/normalize';
import { appendixLabel } from './appendix';
import { relabelAppendixReferences } from './appendix-references';
import { computeLabels, displayLabel } from './numbering';
import type { Appendix, Block, CellParagraph, NumberedBlock, PlanDocument, Run, TableBlock, TableCell } from './plan-document';
import { blockText, cellText, childBlocks, runsText } from './walk';

/** Column headings of the task-assignment table, in order. */
export const TASK_TABLE_COLUMNS = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'] as const;

/** Column widths in twips, summing to the landscape text width (A4 turned, NĐ 30 margins: 14,287 tw). */
export const TASK_TABLE_WIDTHS: readonly number[] = [700, 4400, 2500, 2700, 1800, 2187];

/** The appendix title the generator gives. */
export const TASK_TABLE_TITLE = 'PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH';

/** Section keys of the content section in the templates. */
const CONTENT_KEYS = new Set(['noi-dung', 'nhiem-vu', 'nhiem-vu-giai-phap', 'noi-dung-nhiem-vu']);

/** Headings of a content section ("NỘI DUNG", "NỘI DUNG THỰC HIỆN", "NHIỆM VỤ, GIẢI PHÁP", "CÁC HOẠT ĐỘNG CHỦ YẾU" …), by headingKey. */
const CONTENT_HEADING = /^(?:các\s+)?(?:nội dung|nhiệm vụ|hoạt động|giải pháp)(?:\s|,|$)/u;

/** One row of the table, as read. */
export type TaskRow = {
  readonly stt: string;
  readonly task: string;
  readonly lead: string;
  readonly support: string;
  readonly time: string;
  readonly product: string;
  /** A task whose sub-tasks have rows of their own (its text is set bold). */
  readonly group: boolean;
};

type Field = 'lead' | 'support' | 'time' | 'product';
type Fields = Partial<Record<Field, string>>;

const LABELS: readonly { readonly field: Field; readonly re: RegExp }[] = [
  { field: 'lead', re: /^(?:(?:cơ quan|đơn vị)\s+(?:chủ trì|thực hiện|đầu mối|chịu trách nhiệm)(?:\s+thực hiện)?|chủ trì(?:\s+thực hiện)?|đơn vị chủ trì)\s*:\s*/iu },
  { field: 'support', re: /^(?:(?:cơ quan|đơn vị)\s+phối hợp(?:\s+thực hiện)?|phối hợp(?:\s+thực hiện)?)\s*:\s*/iu },
  { field: 'time', re: /^(?:thời gian|thời hạn|tiến độ)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*/iu },
  { field: 'product', re: /^sản phẩm(?:\s+(?:đầu ra|dự kiến|chủ yếu))?\s*:\s*/iu },
];

/** Where a label starts inside a line (after "; " or ". "), so one line can carry several fields. */
const LABEL_INSIDE = /[;.]\s+(?=(?:cơ quan|đơn vị|chủ trì|phối hợp|thời gian|thời hạn|tiến độ|sản phẩm)[^:;.]{0,30}:)/giu;

/** Names an agency starts with, for the "A chủ trì, phối hợp với B" sentence. */
const AGENCY_START = /^(?:Sở|Ủy ban|Uỷ ban|UBND|Ban|Công an|Bộ|Văn phòng|Thanh tra|Đài|Báo|Hội|Liên đoàn|Đoàn|Tỉnh đoàn|Thành đoàn|Trường|Trung tâm|Cục|Chi cục|Mặt trận|Kho bạc|Ngân hàng|Viện|Phòng|Các|Cơ quan)(?=\s|$)/u;

const INLINE_LEAD = /(?:^|[.;:]\s+|(?<=^|\s)(?:giao|do)\s+)([^.;:]{2,90}?)\s+chủ trì(?:,?\s+(?:phối hợp|cùng) với\s+([^.;]+?))?(?:\s+(?:tổ chức|triển khai|thực hiện|tham mưu|xây dựng|hướng dẫn|theo dõi|kiểm tra)(?=\s|[.;]|$)[^.;]*)?[.;]?$/u;

function clean(value: string): string {
  return squeeze(value.replace(/\s+/gu, ' ')).replace(/[.;,:]+$/u, '').trim();
}

/** The lines of a text, with lines that carry several labels split at each label. */
function linesOf(text: string): string[] {
  return normalizeText(text)
    .split('\n')
    .flatMap((line) => line.replace(LABEL_INSIDE, (m) => `${m[0]}\n`).split('\n'))
    .map((line) => line.replace(/^\s*[-+*•–]\s*/u, '').trim())
    .filter((line) => line !== '');
}

/** Fields read from one line, if it names any. */
function fieldsOfLine(line: string): Fields {
  for (const { field, re } of LABELS) {
    const m = re.exec(line);
    if (m) {
      const value = clean(line.slice(m[0].length));
      return value === '' ? {} : { [field]: value };
    }
  }
  const inline = INLINE_LEAD.exec(line);
  const lead = inline ? clean((inline[1] ?? '').replace(/^(?:giao|do)\s+/iu, '')) : '';
  if (inline && AGENCY_START.test(lead)) {
    const support = clean(inline[2] ?? '');
    return support === '' ? { lead } : { lead, support };
  }
  return {};
}

/** Adds fields not yet known (the first place a field is written wins). */
function merge(into: Fields, from: Fields): void {
  for (const key of Object.keys(from) as Field[]) {
    if (into[key] === undefined && from[key]) {
      into[key] = from[key];
    }
  }
}

/**
 * Fields written in a block's own text and in everything under it (numbered children only when
 * `deep`). Tables are left out: their cells are not the task's own lines.
 */
function fieldsOf(block: Block, deep: boolean): Fields {
  const out: Fields = {};
  if (block.kind === 'table') {
    return out;
  }
  for (const line of linesOf(blockText(block))) {
    merge(out, fieldsOfLine(line));
  }
  for (const child of childBlocks(block)) {
    if (child.kind === 'numbered' && !deep) {
      continue;
    }
    merge(out, fieldsOf(child, deep));
  }
  return out;
}

/** The task's name: its own text up to the first field it writes inline, without end punctuation. */
function taskName(block: NumberedBlock): string {
  let text = runsText(block.runs);
  if (text.trim() === '') {
    const first = block.children.find((c) => c.kind === 'paragraph' || c.kind === 'bullet');
    text = first ? blockText(first) : '';
  }
  const lines = linesOf(text);
  const kept: string[] = [];
  for (const line of lines) {
    if (Object.keys(fieldsOfLine(line)).length > 0 && LABELS.some(({ re }) => re.test(line))) {
      break;
    }
    kept.push(line);
  }
  return clean(kept.join(' '));
}

function isContentHeading(block: NumberedBlock): boolean {
  if (block.sectionKey !== undefined && CONTENT_KEYS.has(block.sectionKey)) {
    return true;
  }
  return CONTENT_HEADING.test(headingKey(runsText(block.runs)));
}

/**
 * The content section: a Phần or Mục whose section key is the template's content section, else whose
 * heading reads as one ("NỘI DUNG …", "NHIỆM VỤ …", "CÁC HOẠT ĐỘNG …"), that holds numbered tasks.
 */
export function findContentSection(body: readonly Block[]): NumberedBlock | null {
  const candidates: NumberedBlock[] = [];
  const visit = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      if (block.kind === 'numbered' && (block.level === 'part' || block.level === 'section')) {
        candidates.push(block);
        visit(block.children);
      }
    }
  };
  visit(body);
  const withTasks = candidates.filter((b) => b.children.some((c) => c.kind === 'numbered'));
  return (
    withTasks.find((b) => b.sectionKey !== undefined && CONTENT_KEYS.has(b.sectionKey)) ??
    withTasks.find(isContentHeading) ??
    null
  );
}

function sttOf(block: NumberedBlock, labels: ReadonlyMap<string, string>): string {
  return displayLabel(block, labels).replace(/[.)]+$/u, '').trim();
}

function row(stt: string, task: string, fields: Fields, group = false): TaskRow {
  return { stt, task, lead: fields.lead ?? '', support: fields.support ?? '', time: fields.time ?? '', product: fields.product ?? '', group };
}

/**
 * Whether the agency lines under the last sub-task close the whole list rather than that sub-task:
 * only the last one names agencies, in lines after its own text ("a) …", "b) …", then "- Cơ quan chủ
 * trì: …", which a reader nests under "b)"). The task then has one row with them.
 */
function closesTheList(subs: readonly NumberedBlock[], fields: readonly Fields[]): boolean {
  const last = subs[subs.length - 1];
  if (!last || subs.length < 2 || fields.slice(0, -1).some((f) => Object.keys(f).length > 0)) {
    return false;
  }
  const own: Fields = {};
  for (const line of linesOf(runsText(last.runs))) {
    merge(own, fieldsOfLine(line));
  }
  return Object.keys(own).length === 0;
}

/**
 * The rows of the task table: one per task; a task whose numbered sub-tasks name their own agencies
 * gets a row of its own (what it writes for itself) followed by one row per sub-task.
 */
export function readTaskRows(body: readonly Block[]): TaskRow[] | null {
  const section = findContentSection(body);
  if (!section) {
    return null;
  }
  const labels = computeLabels(body);
  const rows: TaskRow[] = [];
  for (const task of section.children) {
    if (task.kind !== 'numbered') {
      continue;
    }
    const subs = task.children.filter((c): c is NumberedBlock => c.kind === 'numbered');
    const subFields = subs.map((s) => fieldsOf(s, true));
    if (subs.length > 0 && subFields.some((f) => Object.keys(f).length > 0) && !closesTheList(subs, subFields)) {
      rows.push(row(sttOf(task, labels), taskName(task), fieldsOf(task, false), true));
      subs.forEach((sub, i) => rows.push(row(sttOf(sub, labels), taskName(sub), subFields[i] ?? {})));
    } else {
      rows.push(row(sttOf(task, labels), taskName(task), fieldsOf(task, true)));
    }
  }
  return rows;
}

function cell(text: string, options: { bold?: boolean; align?: CellParagraph['align'] } = {}): TableCell {
  const runs: Run[] = text === '' ? [] : [{ text, ...(options.bold ? { bold: true } : {}) }];
  return { paragraphs: [{ runs, ...(options.align ? { align: options.align } : {}) }] };
}

/** The table block for task rows (header row, role 'task-assignment', widths for a landscape page). */
export function taskTable(rows: readonly TaskRow[], id: string): TableBlock {
  return {
    kind: 'table',
    id,
    headerRows: 1,
    columnWidths: TASK_TABLE_WIDTHS,
    role: 'task-assignment',
    rows: [
      { cells: TASK_TABLE_COLUMNS.map((h) => cell(h, { align: 'center' })) },
      ...rows.map((r) => ({
        cells: [
          cell(r.stt, { align: 'center', bold: r.group }),
          cell(r.task, { bold: r.group }),
          cell(r.lead),
          cell(r.support),
          cell(r.time, { align: 'center' }),
          cell(r.product),
        ],
      })),
    ],
  };
}

/** Why no table could be made. */
export type TaskTableProblem = 'no-content-section' | 'no-tasks';

export type TaskTableResult =
  | { readonly ok: true; readonly doc: PlanDocument; readonly appendixId: string; readonly created: boolean; readonly rows: number }
  | { readonly ok: false; readonly problem: TaskTableProblem };

function isTaskAppendix(a: Appendix): boolean {
  return a.role === 'task-assignment' || a.blocks.some((b) => b.kind === 'table' && b.role === 'task-assignment');
}

type ColumnKey = 'stt' | 'task' | 'lead' | 'support' | 'time' | 'product' | 'note';

/** The headings a task table's columns go by (lower case, spaces squeezed, end punctuation off), in TASK_TABLE_COLUMNS order. */
const COLUMN_HEADINGS: readonly { readonly key: ColumnKey; readonly re: RegExp }[] = [
  { key: 'stt', re: /^(?:stt|tt|số tt|số thứ tự)$/u },
  { key: 'task', re: /^(?:(?:tên|các)\s+)?(?:nhiệm vụ|nội dung|công việc|nội dung (?:nhiệm vụ|công việc)|nhiệm vụ cụ thể|nội dung, nhiệm vụ|nhiệm vụ, giải pháp|nội dung thực hiện)$/u },
  { key: 'lead', re: /^(?:(?:cơ quan|đơn vị|cơ quan, đơn vị) )?chủ trì(?: thực hiện)?$/u },
  { key: 'support', re: /^(?:(?:cơ quan|đơn vị|cơ quan, đơn vị) )?phối hợp(?: thực hiện)?$/u },
  { key: 'time', re: /^(?:thời gian|thời hạn|tiến độ)(?: (?:thực hiện|hoàn thành))?$/u },
  { key: 'product', re: /^sản phẩm(?: (?:đầu ra|dự kiến|chủ yếu|hoàn thành))?$/u },
  { key: 'note', re: /^ghi chú$/u },
];

/** A header cell's column, or null when it is not a task-table heading. */
function columnOf(text: string): ColumnKey | null {
  const key = squeeze(normalizeText(text).replace(/\s+/gu, ' ')).toLocaleLowerCase('vi').replace(/[.:]+$/u, '').trim();
  return COLUMN_HEADINGS.find((c) => c.re.test(key))?.key ?? null;
}

/**
 * The columns of a table imported from a Word file whose header row is the task table's (STT / Nhiệm vụ /
 * Cơ quan chủ trì / Cơ quan phối hợp, then optionally time, product and Ghi chú, in that order, each once, no
 * merged cells and no other column); null when unsure: the generator then adds its own appendix as before.
 */
function importedTaskColumns(table: TableBlock): ColumnKey[] | null {
  const header = table.rows[0];
  if (!header || table.rows.some((r) => r.cells.some((c) => (c.colSpan ?? 1) > 1 || (c.rowSpan ?? 1) > 1))) {
    return null;
  }
  const keys = header.cells.map((c) => columnOf(cellText(c)));
  const order = COLUMN_HEADINGS.map((c) => c.key);
  const positions = keys.map((k) => (k === null ? -1 : order.indexOf(k)));
  const increasing = positions.every((p, i) => p >= 0 && (i === 0 || p > (positions[i - 1] ?? -1)));
  const required: readonly ColumnKey[] = ['stt', 'task', 'lead', 'support'];
  return increasing && required.every((k) => keys.includes(k)) ? (keys as ColumnKey[]) : null;
}

/** The first table of an appendix without a role, when it is an imported task table. */
function importedTaskTable(a: Appendix): TableBlock | null {
  if (a.role !== undefined) {
    return null;
  }
  const first = a.blocks.find((b): b is TableBlock => b.kind === 'table');
  return first && first.role === undefined && importedTaskColumns(first) ? first : null;
}

/**
 * The generated table with the imported one's "Ghi chú" column kept: notes follow their task (by task text, else
 * by STT), the column takes its width from the task column.
 */
function withNotes(table: TableBlock, imported: TableBlock): TableBlock {
  const columns = importedTaskColumns(imported) ?? [];
  const at = (key: ColumnKey): number => columns.indexOf(key);
  const noteAt = at('note');
  if (noteAt < 0) {
    return table;
  }
  const key = (text: string): string => squeeze(normalizeText(text).replace(/\s+/gu, ' ')).toLocaleLowerCase('vi').replace(/[.;:,]+$/u, '');
  const byTask = new Map<string, TableCell>();
  const byStt = new Map<string, TableCell>();
  imported.rows.slice(1).forEach((r) => {
    const note = r.cells[noteAt];
    if (!note || cellText(note).trim() === '') {
      return;
    }
    const task = r.cells[at('task')];
    const stt = r.cells[at('stt')];
    if (task) {
      byTask.set(key(cellText(task)), note);
    }
    if (stt) {
      byStt.set(key(cellText(stt)), note);
    }
  });
  const noteWidth = 1500;
  const widths = table.columnWidths.map((w, i) => (i === 1 ? w - noteWidth : w));
  return {
    ...table,
    columnWidths: [...widths, noteWidth],
    rows: table.rows.map((r, i) => {
      if (i === 0) {
        return { cells: [...r.cells, cell('Ghi chú', { align: 'center' })] };
      }
      const task = key(cellText(r.cells[1] ?? { paragraphs: [] }));
      const stt = key(cellText(r.cells[0] ?? { paragraphs: [] }));
      return { cells: [...r.cells, byTask.get(task) ?? byStt.get(stt) ?? cell('')] };
    }),
  };
}

/** Whether the body already refers to an appendix ("… tại Phụ lục … kèm theo"). */
function mentionsAppendix(blocks: readonly Block[]): boolean {
  return blocks.some((b) => /phụ lục/iu.test(blockText(b)) || mentionsAppendix(childBlocks(b)));
}

/** The body with a paragraph appended to the content section (by id). */
function appendTo(body: readonly Block[], sectionId: string, paragraph: Block): Block[] {
  return body.map((b) => {
    if (b.id === sectionId && b.kind === 'numbered') {
      return { ...b, children: [...b.children, paragraph] };
    }
    return b.kind === 'numbered' || b.kind === 'bullet' ? { ...b, children: appendTo(b.children, sectionId, paragraph) } : b;
  });
}

/**
 * Builds the task table from the body and puts it in the task-assignment appendix: the first time, a
 * new landscape appendix after the others (title "PHÂN CÔNG NHIỆM VỤ …", label and Kèm theo line
 * computed) and, when the content section does not mention an appendix yet, a sentence that refers
 * to it (the body's citations of appendices whose computed label the new one changes follow: "Phụ lục" →
 * "Phụ lục I"); later, the appendix's task table is replaced (same id) and everything else in it kept. An appendix
 * without a role whose first table has the task table's header row (imported from Word) is that appendix too: its
 * table is replaced, a "Ghi chú" column kept with its notes, and it takes the role.
 */
export function applyTaskTable(doc: PlanDocument, newId: (prefix: string) => string = randomId): TaskTableResult {
  const section = findContentSection(doc.body);
  if (!section) {
    return { ok: false, problem: 'no-content-section' };
  }
  const rows = readTaskRows(doc.body) ?? [];
  if (rows.length === 0) {
    return { ok: false, problem: 'no-tasks' };
  }
  // The app's own task appendix first; else a task table imported from Word (header row recognised) is updated in place.
  const own = doc.appendices.findIndex(isTaskAppendix);
  const index = own >= 0 ? own : doc.appendices.findIndex((a) => importedTaskTable(a) !== null);
  const existing = doc.appendices[index];
  if (existing) {
    const imported = own >= 0 ? null : importedTaskTable(existing);
    const at = imported ? existing.blocks.indexOf(imported) : existing.blocks.findIndex((b) => b.kind === 'table' && b.role === 'task-assignment');
    const old = existing.blocks[at];
    const generated = taskTable(rows, old ? old.id : newId('t'));
    const table = imported ? withNotes(generated, imported) : generated;
    const blocks = at >= 0 ? existing.blocks.map((b, i) => (i === at ? table : b)) : [...existing.blocks, table];
    const appendices = doc.appendices.map((a, i) => (i === index ? { ...a, blocks, role: 'task-assignment' as const } : a));
    return { ok: true, doc: { ...doc, appendices }, appendixId: existing.id, created: false, rows: rows.length };
  }
  const appendix: Appendix = {
    id: newId('a'),
    label: null,
    title: TASK_TABLE_TITLE,
    attachedLine: null,
    orientation: 'landscape',
    blocks: [taskTable(rows, newId('t'))],
    role: 'task-assignment',
  };
  // A single "Phụ lục" becomes "Phụ lục I" beside the new one: the body's citations of it follow.
  const added = relabelAppendixReferences(doc, { ...doc, appendices: [...doc.appendices, appendix] });
  const appendices = added.appendices;
  const label = appendixLabel(appendices, appendices.length - 1);
  const reference: Block = { kind: 'paragraph', id: newId('b'), runs: [{ text: `Phân công nhiệm vụ cụ thể tại ${label} kèm theo Kế hoạch này.` }] };
  const body = mentionsAppendix(section.children) ? added.body : appendTo(added.body, section.id, reference);
  return { ok: true, doc: { ...added, body }, appendixId: appendix.id, created: true, rows: rows.length };
}
