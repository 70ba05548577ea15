/**
 * Input lines → logical lines (Para): clean spacing, split two-cell table lines, drop blanks
 * (remembering them), and join lines broken mid-sentence. Never drops a word.
 */
import { runsText } from '../../model/walk';
import type { Run, TableBlock } from '../../model/plan-document';
import { GLUED_ATTACHED } from './appendix-lines';
import { findCellSplit, gridCellSpans } from './cells';
import { classify, endsSentence, isOpeningStarter, LineKind } from './classify';
import type { CellSide, ImportLine, Para } from './import-line';
import { dropPrefix, sliceRuns } from '../../model/runs';
import { cleanRuns, joinRuns } from './runs';
import { cleanInput, type PrepareOptions } from './web-copy';

export type { PrepareOptions } from './web-copy';

type Piece = { readonly raw: string; readonly line: number; readonly runs: readonly Run[]; readonly cell: CellSide | null };

const LOWER_OR_PUNCT = /^[\p{Ll},.;:)\]}…?!%/”’»]/u;
const WHOLE_PARENTHETICAL = /^\(.*\)[.;,:]?$/u;
/** A line this long that stops mid-sentence was wrapped by a converter, not ended by its author. */
const WRAPPED_LENGTH = 150;
/**
 * A logical line stops taking continuation lines at this length: each join re-reads the whole line, so an
 * input of endless lower-case lines (20,000 of them took 120 s) grew with the square of its length. The
 * longest real paragraph of the corpus has 8,823 characters.
 */
export const MAX_JOINED_CHARS = 30_000;
/** Header and footer lines (a date, a number, "Nơi nhận:") are short: a longer joined line is not re-classified. */
const CLASSIFY_REACH = 1_000;

/** The pieces of a grid-table row: two cells are a letterhead or signer row (left, right); others one line. */
function gridPieces(input: ImportLine, runs: readonly Run[], raw: string, spans: ReadonlyArray<readonly [number, number]>): Piece[] {
  const cells = spans.map(([start, end]) => ({ raw: raw.slice(start, end).trim(), runs: sliceRuns(runs, start, end) }));
  if (cells.length === 2) {
    const sides: CellSide[] = ['left', 'right'];
    return cells.map((c, k) => ({ raw: c.raw, line: input.line, runs: c.runs, cell: sides[k] ?? null }));
  }
  const joined = cells.flatMap((c) => [...c.runs, { text: '  ' }]);
  return [{ raw: cells.map((c) => c.raw).join(' | '), line: input.line, runs: joined, cell: null }];
}

function pieces(input: ImportLine): Piece[] {
  const runs = input.runs ?? [{ text: input.text }];
  const raw = runsText(runs);
  const cell = input.cell ?? null;
  const spans = cell === null ? gridCellSpans(raw) : null;
  if (spans) {
    return gridPieces(input, runs, raw, spans);
  }
  const split = cell === null ? findCellSplit(raw) : null;
  if (!split) {
    return [{ raw: raw.trimEnd(), line: input.line, runs, cell }];
  }
  const [leftEnd, rightStart] = split;
  return [
    { raw: raw.slice(0, leftEnd).trimEnd(), line: input.line, runs: sliceRuns(runs, 0, leftEnd), cell: 'left' },
    { raw: raw.slice(rightStart).trimEnd(), line: input.line, runs: sliceRuns(runs, rightStart, raw.length), cell: 'right' },
  ];
}

/** Lines a broken line may continue: never a header field, a caps line or a signer line. */
const JOINABLE: ReadonlySet<LineKind> = new Set<LineKind>([
  LineKind.TEXT, LineKind.BULLET, LineKind.NUMBERED, LineKind.CLOSING, LineKind.VV, LineKind.KINH_GUI,
]);

function continues(prev: Para, text: string, kind: LineKind): boolean {
  // Markers, header and footer lines have kinds of their own: only plain text continues a line.
  if (!JOINABLE.has(prev.kind) || (kind !== LineKind.TEXT && kind !== LineKind.CAPS)) {
    return false;
  }
  if (LOWER_OR_PUNCT.test(text) || (/^\(/u.test(text) && !WHOLE_PARENTHETICAL.test(text))) {
    return true;
  }
  const bodyLine = prev.kind === LineKind.TEXT || prev.kind === LineKind.BULLET;
  const wrapped = bodyLine && prev.text.length >= WRAPPED_LENGTH && !endsSentence(prev.text);
  return wrapped && kind === LineKind.TEXT && (/^\d/u.test(text) || !isOpeningStarter(text));
}

function merge(prev: Para, piece: Piece, runs: readonly Run[]): Para {
  const joined = joinRuns(prev.runs, runs);
  return {
    ...prev,
    text: runsText(joined),
    runs: joined,
    kind: prev.kind === LineKind.TEXT && prev.text.length < CLASSIFY_REACH ? classify(runsText(joined)) : prev.kind,
    source: { line: prev.source.line, text: `${prev.source.text}\n${piece.raw}` },
  };
}

/** Index of the line a piece may continue: the last one, or in a table the last one of the same cell. */
function previousInCell(out: readonly Para[], cell: CellSide | null): number {
  const last = out.length - 1;
  if (cell === null) {
    return out[last]?.cell === null ? last : -1;
  }
  for (let i = last; i >= 0 && i >= last - 3; i -= 1) {
    const p = out[i] as Para;
    if (p.cell === cell) {
      return i;
    }
    if (p.cell === null) {
      break;
    }
  }
  return -1;
}

/** A whole data table as one logical line: never joined with its neighbours. */
function tablePara(input: ImportLine, table: TableBlock, blank: boolean, pageBreak: boolean): Para {
  const para: Para = {
    text: input.text,
    runs: [{ text: input.text }],
    kind: LineKind.TABLE,
    source: { line: input.line, text: input.text },
    cell: null,
    blankBefore: blank,
    table,
  };
  return withPage(para, pageBreak, input);
}

function withPage(para: Para, pageBreak: boolean, input: ImportLine): Para {
  const out: { -readonly [K in keyof Para]: Para[K] } = { ...para };
  if (pageBreak) {
    out.pageBreakBefore = true;
  }
  if (input.orientation) {
    out.orientation = input.orientation;
  }
  return out;
}

/**
 * A new line with its page-break and orientation marks (withPage's) written into one object literal: copying a
 * line to add them costs a copy and a shape change per line in the command line's interpreted run. Same keys
 * in the same order as withPage gives.
 */
function linePara(
  text: string,
  runs: readonly Run[],
  kind: LineKind,
  source: Para['source'],
  cell: CellSide | null,
  blankBefore: boolean,
  pageBreak: boolean,
  orientation: ImportLine['orientation'],
): Para {
  if (orientation) {
    return pageBreak
      ? { text, runs, kind, source, cell, blankBefore, pageBreakBefore: true, orientation }
      : { text, runs, kind, source, cell, blankBefore, orientation };
  }
  return pageBreak ? { text, runs, kind, source, cell, blankBefore, pageBreakBefore: true } : { text, runs, kind, source, cell, blankBefore };
}

/**
 * "- Lưu: VT, NC.Châu (Ban hành kèm theo Kế hoạch số …)": an appendix's Kèm theo line glued after the archive
 * entry of Nơi nhận (a soft break lost on the way). Split into the entry and the Kèm theo line.
 */
function splitGluedAttached(paras: readonly Para[]): Para[] {
  const out: Para[] = [];
  for (const p of paras) {
    const m = /^(?:[-–+]\s*)?Lưu\b/iu.test(p.text) ? GLUED_ATTACHED.exec(p.text) : null;
    if (!m) {
      out.push(p);
      continue;
    }
    const cut = m.index;
    const leftRuns = cleanRuns(sliceRuns(p.runs, 0, cut));
    const rightRuns = dropPrefix(p.runs, cut);
    const left = runsText(leftRuns);
    const right = runsText(rightRuns);
    out.push({ ...p, text: left, runs: leftRuns, kind: classify(left), source: { line: p.source.line, text: left } });
    out.push({ ...p, text: right, runs: rightRuns, kind: classify(right), cell: null, blankBefore: false, source: { line: p.source.line, text: right } });
  }
  return out;
}

/** A second authority prefix inside an authority line: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH". */
const SECOND_PREFIX = /\s((?:KT|TL|TUQ|K\s*\/\s*T|T\s*\/\s*L)\s*\.\s*\p{Lu}|(?:K\/T|T\/L)\s+\p{Lu})/u;

/** Two authority lines written in one paragraph (separated by spaces or a tab) become two lines. */
function splitTwoPrefixes(paras: readonly Para[]): Para[] {
  return paras.flatMap((p): Para[] => {
    const m = p.kind === LineKind.AUTHORITY ? SECOND_PREFIX.exec(p.text) : null;
    if (!m || m.index < 3) {
      return [p];
    }
    const cut = m.index + 1;
    const leftRuns = cleanRuns(sliceRuns(p.runs, 0, cut));
    const rightRuns = dropPrefix(p.runs, cut);
    const left = runsText(leftRuns);
    const right = runsText(rightRuns);
    // Each part keeps its own words as its source, so that the checker sees two lines, prefixes as written.
    return [
      { ...p, text: left, runs: leftRuns, kind: classify(left), source: { line: p.source.line, text: left } },
      { ...p, text: right, runs: rightRuns, kind: classify(right), blankBefore: false, source: { line: p.source.line, text: right } },
    ];
  });
}

/** Logical lines of the input, in order. */
export function prepareLines(lines: readonly ImportLine[], options: PrepareOptions = {}): Para[] {
  const out: Para[] = [];
  let blank = false;
  // A page break on an empty paragraph belongs to the next line with text.
  let pageBreak = false;
  for (const input of cleanInput(lines, options)) {
    pageBreak = pageBreak || input.pageBreakBefore === true;
    if (input.table) {
      out.push(tablePara(input, input.table, blank, pageBreak));
      blank = false;
      pageBreak = false;
      continue;
    }
    for (const piece of pieces(input)) {
      const runs = cleanRuns(piece.runs);
      const text = runsText(runs);
      if (text === '') {
        blank = true;
        continue;
      }
      const kind = classify(text);
      const at = previousInCell(out, piece.cell);
      const prev = out[at];
      if (prev && !pageBreak && prev.text.length < MAX_JOINED_CHARS && continues(prev, text, kind)) {
        out[at] = merge(prev, piece, runs);
      } else {
        out.push(linePara(text, runs, kind, { line: piece.line, text: piece.raw }, piece.cell, blank, pageBreak, input.orientation));
        pageBreak = false;
      }
      blank = false;
    }
  }
  return splitTwoPrefixes(splitGluedAttached(out));
}
