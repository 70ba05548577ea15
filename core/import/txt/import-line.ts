/**
 * The shared input of the structure reader: one source line (text file) or paragraph (.docx),
 * and the logical line (Para) the reader works on after cleaning and joining broken lines.
 */
import type { Run, SourceRef } from '../../model/plan-document';
import type { LineKind } from './classify';

/** Which cell of a two-column table (letterhead, signer/recipients) a line came from. */
export type CellSide = 'left' | 'right';

/** One line of input: 1-based line or paragraph index, emphasis when known, table cell when known. */
export type ImportLine = {
  readonly text: string;
  readonly line: number;
  readonly runs?: readonly Run[];
  readonly cell?: CellSide | null;
};

/** A logical line: clean text and runs, its kind, where it came from, and whether a blank preceded it. */
export type Para = {
  readonly text: string;
  readonly runs: readonly Run[];
  readonly kind: LineKind;
  readonly source: SourceRef;
  readonly cell: CellSide | null;
  readonly blankBefore: boolean;
};
