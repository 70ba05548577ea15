/**
 * Input lines → logical lines (Para): clean spacing, split two-cell table lines, drop blanks
 * (remembering them), and join lines broken mid-sentence. Never drops a word.
 */
import { runsText } from '../../model/walk';
import type { Run } from '../../model/plan-document';
import { findCellSplit } from './cells';
import { classify, endsSentence, isOpeningStarter, LineKind } from './classify';
import type { CellSide, ImportLine, Para } from './import-line';
import { cleanRuns, joinRuns, sliceRuns } from './runs';

type Piece = { readonly raw: string; readonly line: number; readonly runs: readonly Run[]; readonly cell: CellSide | null };

const LOWER_OR_PUNCT = /^[\p{Ll},.;:)\]}…?!%/”’»]/u;
const WHOLE_PARENTHETICAL = /^\(.*\)[.;,:]?$/u;
/** A line this long that stops mid-sentence was wrapped by a converter, not ended by its author. */
const WRAPPED_LENGTH = 150;

function pieces(input: ImportLine): Piece[] {
  const runs = input.runs ?? [{ text: input.text }];
  const raw = runsText(runs);
  const cell = input.cell ?? null;
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
      const prev = out[out.length - 1];
      if (prev && prev.cell === piece.cell && continues(prev, text, kind)) {
        out[out.length - 1] = merge(prev, piece, runs);
      } else {
        out.push({ text, runs, kind, source: { line: piece.line, text: piece.raw }, cell: piece.cell, blankBefore: blank });
      }
      blank = false;
    }
  }
  return out;
}
