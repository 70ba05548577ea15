/**
 * The shared input of the structure reader: one source line (text file) or paragraph (.docx),
 * and the logical line (Para) the reader works on after cleaning and joining broken lines.
 */
import type { Orientation, Run, SourceRef, TableBlock } from '../../model/plan-document';
import type { LineKind } from './classify';

/** Which cell of a two-column table (letterhead, signer/recipients) a line came from. */
export type CellSide = 'left' | 'right';

/** One line of input: 1-based line or paragraph index, emphasis when known, table cell when known. */
export type ImportLine = {
  readonly text: string;
  readonly line: number;
  readonly runs?: readonly Run[];
  readonly cell?: CellSide | null;
  /**
   * A data table read whole (a .docx table, or tab- or "|"-separated rows of a text): this one line stands for
   * the table, its text is the table's text (cells joined with tabs, rows with spaces), the block is placed as is.
   */
  readonly table?: TableBlock;
  /** The line starts a new page: a page break or a section break comes right before it (.docx). */
  readonly pageBreakBefore?: boolean;
  /** Orientation of the page section the line sits in, when known (.docx). */
  readonly orientation?: Orientation;
};

/** A logical line: clean text and runs, its kind, where it came from, and whether a blank preceded it. */
export type Para = {
  readonly text: string;
  readonly runs: readonly Run[];
  readonly kind: LineKind;
  readonly source: SourceRef;
  readonly cell: CellSide | null;
  readonly blankBefore: boolean;
  /** As on ImportLine. */
  readonly table?: TableBlock;
  readonly pageBreakBefore?: boolean;
  readonly orientation?: Orientation;
};
