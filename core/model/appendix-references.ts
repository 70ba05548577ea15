/**
 * References to the plan's own appendices follow their computed labels. When appendices are added, removed or
 * reordered, an appendix whose label is computed ("Phụ lục", "Phụ lục I" …, NĐ 30/2020 PL I Phần I Mục III.1) may
 * show another label; the body, opening and closing sentences that cite it by its old label ("Phân công nhiệm vụ cụ
 * thể tại Phụ lục II kèm theo Kế hoạch này") are rewritten to the new one. Pure: a new document, never a mutation.
 *
 * What is rewritten, and what is left as written (the appendix.reference rule then judges it):
 * - only appendices computed both before and after (label null) whose shown label changed; a removed appendix's
 *   references, labels read from a file and labels two appendices share stay as written;
 * - a citation is "Phụ lục", "phụ lục" or "PHỤ LỤC" (case kept) with or without "số" and an upper-case Roman
 *   numeral, whole words only ("Phụ lục I" never matches inside "Phụ lục II"; a bare "Phụ lục" never matches one
 *   followed by a numeral or a number);
 * - lists and ranges ("Phụ lục I, II", "Phụ lục I - III"), plural or generic uses ("các phụ lục", "mỗi phụ lục") and
 *   another document's appendix ("Phụ lục I kèm theo Nghị định số 30/2020/NĐ-CP") are left alone;
 * - all citations of a paragraph are found on its text before any change, so a reorder (I ↔ II) never chains;
 * - only the numeral is replaced, inserted or removed, so the keyword keeps its case and its runs their emphasis;
 *   a citation split across runs is handled too (offsets are on the paragraph's joined text).
 * Appendices' own text (label lines, titles, their blocks) is not touched.
 */
import { appendixLabel, computedAppendixLabel } from './appendix';
import type { Appendix, Block, ParagraphBlock, PlanDocument, Run, TableBlock } from './plan-document';
import { editRuns, type RunsEdit } from './runs';
import { runsText } from './walk';

/** A computed label that changes: the numeral before and after ("" for a bare "Phụ lục"). */
export type AppendixLabelChange = {
  readonly id: string;
  readonly from: string;
  readonly to: string;
};

const COMPUTED = /^Phụ lục(?: ([IVXLC]+))?$/u;

/** The numeral of a computed label ("Phụ lục II" → "II", "Phụ lục" → ""). */
function numeralOf(label: string): string | null {
  const m = COMPUTED.exec(label);
  return m ? (m[1] ?? '') : null;
}

/** A label compared loosely (case, spaces), to tell when a read label shows the same as a computed one. */
function looseLabel(label: string): string {
  return label.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('vi');
}

/** A read label's numeral as citations write it ("Phụ lục 01", "PHỤ LỤC số 2" → "2"; "Phụ lục II." → "II"; "Phụ lục" → ""). */
const READ = /^phụ[ \u00a0]lục(?:[ \u00a0]+(?:số[ \u00a0]+)?([IVXLC]+|\d+))?[ \u00a0]*[.:]?$/iu;

/** The key a citation's numeral is looked up by: Roman as written, Arabic without leading zeros ("01" → "1"). */
function numeralKey(token: string): string {
  return /^\d+$/.test(token) ? String(Number(token)) : token;
}

function readNumeralOf(label: string): string | null {
  const m = READ.exec(label.normalize('NFC').trim());
  return m ? numeralKey(m[1] ?? '') : null;
}

/** How labels may change: `readLabels` also follows labels read from the file that become computed (renumbering). */
export type LabelChangeOptions = { readonly readLabels?: boolean };

/**
 * The computed labels that change from `before` to `after` (appendices matched by id). A label also shown by
 * another appendix of `before` (a read "Phụ lục II" beside a computed one) is ambiguous in the text: left out.
 * With `readLabels`, an appendix whose label was read from the file ("Phụ lục 1", "PHỤ LỤC 02") and is computed
 * in `after` changes too: the quick fix that renumbers appendices I, II … takes its citations along.
 */
export function appendixLabelChanges(before: readonly Appendix[], after: readonly Appendix[], options: LabelChangeOptions = {}): AppendixLabelChange[] {
  const shownBefore = before.map((_, i) => looseLabel(appendixLabel(before, i)));
  const out: AppendixLabelChange[] = [];
  after.forEach((a, j) => {
    const i = before.findIndex((b) => b.id === a.id);
    const old = before[i];
    if (!old || a.label !== null || (old.label !== null && options.readLabels !== true)) {
      return;
    }
    const from = old.label === null ? numeralOf(computedAppendixLabel(i, before.length)) : readNumeralOf(old.label);
    const to = numeralOf(computedAppendixLabel(j, after.length));
    const shared = shownBefore.filter((s) => s === shownBefore[i]).length > 1;
    if (from !== null && to !== null && from !== to && !shared) {
      out.push({ id: a.id, from, to });
    }
  });
  return out;
}

/** The keyword, in the three cases a drafter writes it (NFC; a non-breaking space between the words is kept). */
const KEYWORD = /(?<![\p{L}\p{M}\p{N}])(?:[Pp]hụ[ \u00a0][Ll]ục|PHỤ[ \u00a0]LỤC)(?![\p{L}\p{M}\p{N}])/gu;
/** After the keyword: an optional "số" and an upper-case Roman numeral or an Arabic number, as a whole word. */
const NUMERAL = /^([ \u00a0]+(?:số[ \u00a0]+)?)([IVXLC]+|\d+)(?![\p{L}\p{M}\p{N}])/u;
/** After the keyword: something numeral-like that is not a plain Roman numeral ("Phụ lục 01", "Phụ lục IIa"). */
const OTHER_NUMBER = /^[ \u00a0]+(?:số[ \u00a0]+)?(?:\p{N}|[IVXLC][\p{L}\p{M}\p{N}])/u;
/** After a numeral: more numerals ("I, II", "I và III", "I - III"): a mention of several. */
const LIST = /^\s*(?:,|và|-|–|đến)\s*(?:[IVXLC]+|\d+)(?![\p{L}\p{M}\p{N}])/u;
/** Before a bare keyword: a plural or generic use, not the one appendix ("các phụ lục", "mỗi phụ lục"). */
const GENERIC_BEFORE = /(?:^|[^\p{L}\p{M}])(?:các|những|mỗi|từng|một|mọi|hai|ba|nhiều|bản)\s+$/iu;
const DOC_TYPES = '(?:nghị định|thông tư|quyết định|luật|nghị quyết|chỉ thị|công văn|văn bản|kế hoạch|hướng dẫn|thông báo|chương trình)';
/** After the label: the appendix of another document ("… kèm theo Nghị định số 30/2020/NĐ-CP", "Phụ lục I Thông tư 01/2011"). */
const OTHER_DOCUMENT = new RegExp(
  `^(?:[^.;:]{0,60}?(?:kèm theo|của|tại)\\s+|\\s*(?:ban hành\\s+)?)${DOC_TYPES}\\s+(?:liên tịch\\s+)?(?:số\\s*)?\\d`,
  'iu',
);

/** One edit of a paragraph's joined text: [start, end) becomes `text`. */
type Edit = RunsEdit;

/** The edits that move a paragraph's citations from old numerals to new ones (all found on the text as is). */
function citationEdits(text: string, numerals: ReadonlyMap<string, string>): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(KEYWORD)) {
    const end = m.index + m[0].length;
    const rest = text.slice(end);
    const numbered = NUMERAL.exec(rest);
    if (numbered) {
      const token = numbered[2] ?? '';
      const after = rest.slice(numbered[0].length);
      const to = numerals.get(numeralKey(token));
      if (to === undefined || LIST.test(after) || OTHER_DOCUMENT.test(after)) {
        continue;
      }
      // "Phụ lục II" → "Phụ lục": the space (and "số") go with the numeral; "Phụ lục số 01" → "Phụ lục I" as the label reads.
      const whole = to === '' || /^\d/.test(token);
      edits.push(whole ? { start: end, end: end + numbered[0].length, text: to === '' ? '' : ` ${to}` } : { start: end + (numbered[1] ?? '').length, end: end + numbered[0].length, text: to });
      continue;
    }
    const to = numerals.get('');
    if (to === undefined || to === '' || OTHER_NUMBER.test(rest) || OTHER_DOCUMENT.test(rest) || GENERIC_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) {
      continue;
    }
    edits.push({ start: end, end, text: ` ${to}` });
  }
  return edits;
}

/** The runs with their citations moved; the same array when nothing changes. */
export function relabelRuns(runs: readonly Run[], numerals: ReadonlyMap<string, string>): readonly Run[] {
  const text = runsText(runs);
  if (numerals.size === 0 || !/phụ[ \u00a0]lục/iu.test(text)) {
    return runs;
  }
  const edits = citationEdits(text, numerals);
  return edits.length === 0 ? runs : editRuns(runs, edits);
}

/** Blocks with their citations moved (own runs, children, table cell paragraphs); the same array when nothing changes. */
function relabelBlocks(blocks: readonly Block[], numerals: ReadonlyMap<string, string>): readonly Block[] {
  let changed = false;
  const out = blocks.map((block): Block => {
    const next = relabelBlock(block, numerals);
    changed ||= next !== block;
    return next;
  });
  return changed ? out : blocks;
}

function relabelTable(table: TableBlock, numerals: ReadonlyMap<string, string>): TableBlock {
  let changed = false;
  const rows = table.rows.map((row) => {
    let rowChanged = false;
    const cells = row.cells.map((cell) => {
      let cellChanged = false;
      const paragraphs = cell.paragraphs.map((p) => {
        const runs = relabelRuns(p.runs, numerals);
        cellChanged ||= runs !== p.runs;
        return runs === p.runs ? p : { ...p, runs };
      });
      rowChanged ||= cellChanged;
      return cellChanged ? { ...cell, paragraphs } : cell;
    });
    changed ||= rowChanged;
    return rowChanged ? { ...row, cells } : row;
  });
  return changed ? { ...table, rows } : table;
}

function relabelBlock(block: Block, numerals: ReadonlyMap<string, string>): Block {
  if (block.kind === 'table') {
    return relabelTable(block, numerals);
  }
  const runs = relabelRuns(block.runs, numerals);
  if (block.kind === 'paragraph') {
    return runs === block.runs ? block : { ...block, runs };
  }
  const children = relabelBlocks(block.children, numerals);
  return runs === block.runs && children === block.children ? block : { ...block, runs, children };
}

/**
 * `after` with the body, opening and closing citing each computed appendix by its new label. `before` is the
 * document whose appendix list `after` changed (add, remove, move); everything else is taken from `after`.
 * Returns `after` itself when no citation moves.
 */
export function relabelAppendixReferences(before: Pick<PlanDocument, 'appendices'>, after: PlanDocument, options: LabelChangeOptions = {}): PlanDocument {
  const changes = appendixLabelChanges(before.appendices, after.appendices, options);
  if (changes.length === 0) {
    return after;
  }
  const numerals = new Map(changes.map((c) => [c.from, c.to]));
  const body = relabelBlocks(after.body, numerals);
  const opening = relabelBlocks(after.opening, numerals) as readonly ParagraphBlock[];
  const closing = relabelBlocks(after.closing, numerals) as readonly ParagraphBlock[];
  if (body === after.body && opening === after.opening && closing === after.closing) {
    return after;
  }
  return { ...after, body, opening, closing };
}
