/**
 * Input lines → logical lines (Para): clean spacing, split two-cell table lines, drop blanks
 * (remembering them), and join lines broken mid-sentence. Never drops a word.
 */
import { runsText } from '../../model/walk';
import type { Run } from '../../model/plan-document';
import { findCellSplit, gridCellSpans } from './cells';
import { classify, endsSentence, isOpeningStarter, LineKind } from './classify';
import type { CellSide, ImportLine, Para } from './import-line';
import { cleanRuns, joinRuns, sliceRuns } from './runs';

type Piece = { readonly raw: string; readonly line: number; readonly runs: readonly Run[]; readonly cell: CellSide | null };

const LOWER_OR_PUNCT = /^[\p{Ll},.;:)\]}…?!%/”’»]/u;
const WHOLE_PARENTHETICAL = /^\(.*\)[.;,:]?$/u;
/** A line this long that stops mid-sentence was wrapped by a converter, not ended by its author. */
const WRAPPED_LENGTH = 150;

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
    kind: prev.kind === LineKind.TEXT ? classify(runsText(joined)) : prev.kind,
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

/** Logical lines of the input, in order. */
export function prepareLines(lines: readonly ImportLine[]): Para[] {
  const out: Para[] = [];
  let blank = false;
  for (const input of lines) {
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
      if (prev && continues(prev, text, kind)) {
        out[at] = merge(prev, piece, runs);
      } else {
        out.push({ text, runs, kind, source: { line: piece.line, text: piece.raw }, cell: piece.cell, blankBefore: blank });
      }
      blank = false;
    }
  }
  return out;
}
