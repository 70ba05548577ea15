/**
 * .docx import: bytes → PlanDocument[] with formatting facts. The reader gives paragraphs in reading
 * order (table cells marked left/right); the same structure reader as the text importer recognizes
 * the document; the facts are attached for the format.* rules.
 */
import { ok, type Result } from '../../base/result';
import { readDocxFacts, type ReaderLimits } from '../../docx/reader/index';
import type { FormattingFacts, ParagraphFacts, RunFacts } from '../../model/formatting';
import type { PlanDocument, Run } from '../../model/plan-document';
import { sliceRuns } from '../../model/runs';
import { tableText } from '../../model/walk';
import { findCellSplit } from '../structure/cells';
import { importLines, type CellSide, type ImportLimits, type ImportLine } from '../structure/index';
import { firstSourceLine } from './document-lines';

/** Options for a deterministic import (tests, goldens). */
export type ImportDocxOptions = {
  readonly idPrefix?: string;
  /** The reader's caps (DEFAULT_LIMITS when absent); tests lower them. */
  readonly limits?: ReaderLimits;
  /** The line reader's caps (DEFAULT_IMPORT_LIMITS when absent). */
  readonly importLimits?: Partial<ImportLimits>;
};

/** Reads a Word file: every document it holds, each carrying the file's formatting facts. */
export async function importDocx(bytes: Uint8Array, options: ImportDocxOptions = {}): Promise<Result<PlanDocument[]>> {
  const raw = await readDocxFacts(bytes, options.limits);
  if (!raw.ok) {
    return raw;
  }
  const facts = splitLines(raw.value);
  const lines = factsToLines(facts);
  const read = importLines(lines, {
    origin: 'docx',
    ...(options.idPrefix === undefined ? {} : { idPrefix: options.idPrefix }),
    ...(options.importLimits === undefined ? {} : { limits: options.importLimits }),
  });
  if (!read.ok) {
    return read;
  }
  return ok(withFacts(read.value, facts));
}

/**
 * Each document gets the file's page facts and its own paragraphs: from its first source line up to
 * the next document's (the first document also keeps anything before it).
 */
function withFacts(docs: readonly PlanDocument[], facts: FormattingFacts): PlanDocument[] {
  const starts = docs.map((doc, i) => (i === 0 ? 1 : (firstSourceLine(doc) ?? Number.POSITIVE_INFINITY)));
  return docs.map((doc, i) => {
    const from = starts[i] ?? 1;
    const to = Math.min(...starts.slice(i + 1), Number.POSITIVE_INFINITY);
    const paragraphs = docs.length === 1 ? facts.paragraphs : facts.paragraphs.filter((p) => p.index + 1 >= from && p.index + 1 < to);
    return { ...doc, meta: { ...doc.meta, origin: 'docx' }, formatting: { ...facts, paragraphs } };
  });
}

/**
 * A paragraph holding several lines is, for the reader and the format rules, one paragraph per line, as
 * offices that press Enter and use a table write it: lines parted by soft breaks (Shift+Enter: "ỦY BAN
 * NHÂN DÂN↵TỈNH LÂM ĐỒNG↵Số: …", "Nơi nhận:↵- Như trên;↵- Lưu: VT.", "KẾ HOẠCH↵Triển khai …") and layout
 * columns parted by a tab ("Số: 12/KH-UBND⇥Lâm Đồng, ngày …", "Nơi nhận:⇥KT. CHỦ TỊCH"). Each line is its
 * own element (agency, Số, date, recipient …) with its own runs, and keeps the paragraph's settings
 * (alignment, indents, spacing); the list label and a page break before go with the first line, a drawn
 * shape with the line its anchor sits in, a bottom border under the last. Data-table cells are left whole (their table is read from the cells).
 */
export function splitLines(facts: FormattingFacts): FormattingFacts {
  const paragraphs: ParagraphFacts[] = [];
  const moved = new Map<number, number>();
  let changed = false;
  for (const p of facts.paragraphs) {
    moved.set(p.index, paragraphs.length);
    const spans = p.dataTable === true || (!p.text.includes('\n') && (p.tabs ?? []).length === 0) ? [] : lineSpans(p);
    if (spans.length <= 1) {
      paragraphs.push(p.index === paragraphs.length ? p : { ...p, index: paragraphs.length });
      continue;
    }
    changed = true;
    spans.forEach((span, i) => {
      const first = i === 0;
      const last = i === spans.length - 1;
      const tabs = (p.tabs ?? []).filter((t) => t >= span.start && t < span.end).map((t) => t - span.start);
      const { tabs: _t, pageBreakBefore: _b, drawnLines: _d, drawnLinesAt: _a, numberingLabel: _l, numberingRun: _r, ...rest } = p;
      // Shapes go with the line their anchor sits in; those whose place is not known, with the first line.
      const at = (p.drawnLinesAt ?? []).filter((x) => x >= span.start && x <= span.end).map((x) => x - span.start);
      const unplaced = (p.drawnLines ?? 0) - (p.drawnLinesAt ?? []).length;
      const drawn = at.length + (first ? Math.max(0, unplaced) : 0);
      paragraphs.push({
        ...rest,
        index: paragraphs.length,
        text: p.text.slice(span.start, span.end),
        runs: sliceRunFacts(p.runs, span.start, span.end),
        cell: span.cell,
        hasBottomBorder: last && p.hasBottomBorder,
        ...(tabs.length > 0 ? { tabs } : {}),
        ...(first && p.pageBreakBefore ? { pageBreakBefore: true } : {}),
        ...(drawn > 0 || (first && p.drawnLines !== undefined) ? { drawnLines: drawn } : {}),
        ...(at.length > 0 ? { drawnLinesAt: at } : {}),
        ...(first && p.numberingLabel !== undefined ? { numberingLabel: p.numberingLabel } : {}),
        ...(first && p.numberingRun !== undefined ? { numberingRun: p.numberingRun } : {}),
      });
    });
  }
  if (!changed) {
    return facts;
  }
  const at = (index: number): number => moved.get(index) ?? paragraphs.length;
  const dataTables = facts.dataTables?.map((t) => ({ ...t, firstParagraph: at(t.firstParagraph), endParagraph: at(t.endParagraph) }));
  return { ...facts, paragraphs, ...(dataTables === undefined ? {} : { dataTables }) };
}

/** The runs (with their formatting) between two offsets of their joined text. */
function sliceRunFacts(runs: readonly RunFacts[], start: number, end: number): RunFacts[] {
  const out: RunFacts[] = [];
  let at = 0;
  for (const run of runs) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + run.text.length);
    if (to > from) {
      out.push({ ...run, text: run.text.slice(from - at, to - at) });
    }
    at += run.text.length;
  }
  return out;
}

/**
 * Paragraphs → import lines (line = paragraph index + 1). A data table is one line holding the table
 * (its text the table's text, its line the table's first paragraph); a line break inside a paragraph
 * gives several lines, and so does a tab that separates two layout columns ("Nơi nhận:⇥KT. CHỦ TỊCH",
 * "TM. ỦY BAN NHÂN DÂN⇥KT. CHỦ TỊCH"). Each line carries its section's orientation and whether a page
 * starts before it.
 */
export function factsToLines(facts: FormattingFacts): ImportLine[] {
  const tables = new Map((facts.dataTables ?? []).map((t) => [t.firstParagraph, t] as const));
  const sections = facts.sections ?? [];
  const out: ImportLine[] = [];
  let skipTo = -1;
  for (const p of facts.paragraphs) {
    if (p.index < skipTo) {
      continue;
    }
    const orientation = sections[p.section ?? 0]?.orientation;
    const table = tables.get(p.index);
    if (table && table.endParagraph > table.firstParagraph) {
      skipTo = table.endParagraph;
      const where = {
        ...(p.pageBreakBefore ? { pageBreakBefore: true } : {}),
        ...(orientation ? { orientation } : {}),
      };
      out.push({ text: tableText(table.block), line: p.index + 1, cell: p.cell ?? null, table: table.block, ...where });
      continue;
    }
    paragraphLines(p).forEach((piece, i) => {
      out.push(pieceLine(piece, p.index + 1, i === 0 && p.pageBreakBefore === true, orientation));
    });
  }
  return out;
}

type Piece = { readonly runs: Run[]; readonly cell: CellSide | null };

/**
 * A paragraph's piece as an import line, its page-break and orientation marks written into one object literal
 * (spreading them in costs a copy per line in the command line's interpreted run); keys in the same order.
 */
function pieceLine(piece: Piece, line: number, pageBreak: boolean, orientation: ImportLine['orientation']): ImportLine {
  const text = piece.runs.map((r) => r.text).join('');
  const { runs, cell } = piece;
  if (orientation) {
    return pageBreak ? { text, line, runs, cell, pageBreakBefore: true, orientation } : { text, line, runs, cell, orientation };
  }
  return pageBreak ? { text, line, runs, cell, pageBreakBefore: true } : { text, line, runs, cell };
}
/** A line of a paragraph: [start, end) of its text, and the cell side it belongs to. */
type LineSpan = { readonly start: number; readonly end: number; readonly cell: CellSide | null };

/** A paragraph's lines: split at soft line breaks, then at a tab that separates layout columns. */
function paragraphLines(p: ParagraphFacts): Piece[] {
  return lineSpans(p).map((s) => ({ runs: sliceRuns(p.runs, s.start, s.end), cell: s.cell }));
}

function lineSpans(p: ParagraphFacts): LineSpan[] {
  const cell = p.cell ?? null;
  // Most paragraphs are one line without tabs: what the loop below gives for them, without its lists and sets.
  if ((p.tabs === undefined || p.tabs.length === 0) && !p.text.includes('\n')) {
    return splitAuthorities(p.text, { start: 0, end: p.text.length, cell });
  }
  const tabs = new Set(p.tabs ?? []);
  const out: LineSpan[] = [];
  let start = 0;
  for (const part of p.text.split('\n')) {
    const end = start + part.length;
    out.push(...splitAtTab(p.text, start, end, tabs, cell).flatMap((s) => splitAuthorities(p.text, s)));
    start = end + 1;
  }
  return out;
}

/** A second authority line after the first on one line ("TM. ỦY BAN NHÂN DÂN   KT. CHỦ TỊCH"). */
const SECOND_AUTHORITY = /\s+(?=(?:TM|KT|TL|TUQ)\s*\.\s*\p{Lu})/gu;

/** Two authority lines written on one line, with spaces between, are two lines of the same cell. */
function splitAuthorities(full: string, span: LineSpan): LineSpan[] {
  const text = full.slice(span.start, span.end);
  if (!AUTHORITY_START.test(text.trim())) {
    return [span];
  }
  const lead = text.length - text.trimStart().length;
  for (const m of text.matchAll(SECOND_AUTHORITY)) {
    const at = m.index ?? 0;
    const first = text.slice(lead, at);
    // The first line must be an authority line of capitals ("TM. ỦY BAN NHÂN DÂN"), not a sentence.
    if (at > lead && /^\P{Ll}+$/u.test(first)) {
      const rest: LineSpan = { start: span.start + at + m[0].length, end: span.end, cell: span.cell };
      return [{ start: span.start, end: span.start + at, cell: span.cell }, ...splitAuthorities(full, rest)];
    }
  }
  return [span];
}

const AUTHORITY_START = /^(?:T\/?M|KT|TL|TUQ|Q)\s*\.\s*\p{Lu}/u;

/**
 * Splits [start, end) of a paragraph at the first tab gap that separates two layout columns: two
 * authority lines stay in one cell; other letterhead or signer content beside the left column goes right.
 */
function splitAtTab(text: string, start: number, end: number, tabs: ReadonlySet<number>, cell: CellSide | null): LineSpan[] {
  const whole: LineSpan = { start, end, cell };
  const inside = [...tabs].filter((t) => t >= start && t < end);
  if (inside.length === 0) {
    return [whole];
  }
  const raw = [...text.slice(start, end)].map((ch, i) => (tabs.has(start + i) ? '\t' : ch)).join('');
  const left = (at: number): string => raw.slice(0, at).trim();
  // Two authority lines in one paragraph ("TM. ỦY BAN NHÂN DÂN⇥KT. CHỦ TỊCH"): two lines of one cell.
  for (const t of inside) {
    const at = t - start;
    const right = raw.slice(at).trim();
    if (AUTHORITY_START.test(left(at)) && AUTHORITY_START.test(right)) {
      const gapEnd = start + at + (raw.slice(at).length - raw.slice(at).trimStart().length);
      return [{ start, end: start + at, cell }, ...splitAtTab(text, gapEnd, end, tabs, cell)];
    }
  }
  const split = findCellSplit(raw);
  if (split === null || !raw.slice(split[0], split[1]).includes('\t')) {
    return [whole];
  }
  return [
    { start, end: start + split[0], cell: cell ?? 'left' },
    { start: start + split[1], end, cell: 'right' },
  ];
}
