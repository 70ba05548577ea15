/**
 * The writer's intermediate layout: plain data for paragraphs before they become docx objects.
 * Pure: no `docx` import here, so layout decisions are unit-testable on their own.
 */
import type { TableBlock } from '../../model/plan-document';
import { tableText } from '../../model/walk';
import type { StyleId } from './style-defs';

/** A run of text with emphasis; size in half-points overrides the style's. */
export type RunSpec = {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
};

/** A text paragraph in one of the writer's own styles. */
export type TextSpec = {
  readonly kind: 'text';
  readonly style: StyleId;
  readonly runs: readonly RunSpec[];
  /** Keep with the next paragraph (w:keepNext), beyond what the style says. */
  readonly keepNext?: boolean;
  /** Space before in twips, beyond what the style says. */
  readonly before?: number;
  /** Space after in twips, beyond what the style says. */
  readonly after?: number;
  /** Left indent in twips (Kính gửi entries). */
  readonly indentLeft?: number;
  /** Alignment beyond what the style says (table cells). */
  readonly align?: 'left' | 'center' | 'right' | 'justify';
  /** The model block the paragraph comes from (never written; the page view finds the block by it). */
  readonly blockId?: string;
};

/**
 * A solid horizontal line: an empty, very low paragraph whose bottom border (w:pBdr/w:bottom) is narrowed
 * by equal left and right indents to `width`, centred in a box `within` twips wide (spec §11.1).
 */
export type RuleSpec = {
  readonly kind: 'rule';
  readonly width: number;
  readonly within: number;
  /** Space after the line in twips. */
  readonly after: number;
};

export type ParaSpec = TextSpec | RuleSpec;

/** A data table of the model, written at `size` half-points across the text width of its page. */
export type TableSpec = {
  readonly kind: 'table';
  readonly table: TableBlock;
  readonly size: number;
};

/** What flows down the page: paragraphs, lines and data tables. */
export type FlowSpec = ParaSpec | TableSpec;

/** A row of a borderless layout table, each cell a list of paragraphs. */
export type RowSpec = {
  readonly cells: readonly (readonly ParaSpec[])[];
  /** Keep the row on one page (w:cantSplit). */
  readonly cantSplit?: boolean;
};

/** A borderless table with fixed columns in twips: the letterhead and the signer block. */
export type GridSpec = {
  readonly kind: 'grid';
  readonly role: 'letterhead' | 'signer';
  readonly columns: readonly number[];
  readonly rows: readonly RowSpec[];
};

/** A text paragraph spec. */
export function text(style: StyleId, runs: readonly RunSpec[], extra: Partial<Omit<TextSpec, 'kind' | 'style' | 'runs'>> = {}): TextSpec {
  return { kind: 'text', style, runs, ...extra };
}

/** A line `width` twips long centred in `within` twips; never wider than the box. */
export function rule(width: number, within: number, after = 0): RuleSpec {
  return { kind: 'rule', width: Math.min(Math.round(width), within), within, after };
}

/** Plain text of a spec's runs; a table's cells joined by tabs and rows by "\n" (tableText). */
export function specText(spec: FlowSpec): string {
  if (spec.kind === 'table') {
    return tableText(spec.table);
  }
  return spec.kind === 'text' ? spec.runs.map((r) => r.text).join('') : '';
}
