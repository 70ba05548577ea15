/**
 * Column widths of a data table (w:tblGrid): the widths read or set, scaled to the text width of the page the
 * table sits on, or, when none are known, estimated from the cells' text as Word's autofit would. Pure.
 */
import { CELL } from './layout';
import type { TableGrid } from './table-grid';
import { textWidth } from './text-width';

/** The narrowest a column may be made: its two side margins and room for about two letters. */
export const MIN_COLUMN = 2 * CELL.margin + 300;

/**
 * `count` whole-twip widths summing to `total`, in the proportions of `widths` (a missing or invalid width
 * takes the mean of the valid ones; none valid: equal), none narrower than MIN_COLUMN where that fits.
 */
export function fitColumns(widths: readonly number[], count: number, total: number): number[] {
  const valid = widths.slice(0, count).filter((w) => Number.isFinite(w) && w > 0);
  const mean = valid.length > 0 ? valid.reduce((a, b) => a + b, 0) / valid.length : 1;
  const raw = Array.from({ length: count }, (_, i) => {
    const w = widths[i];
    return w !== undefined && Number.isFinite(w) && w > 0 ? w : mean;
  });
  const floor = count * MIN_COLUMN <= total ? MIN_COLUMN : 0;
  // Raise narrow columns to the floor and share what is left among the others, in proportion.
  const narrow = new Set<number>();
  for (;;) {
    const rest = total - narrow.size * floor;
    const sum = raw.reduce((a, w, i) => (narrow.has(i) ? a : a + w), 0);
    const more = raw.findIndex((w, i) => !narrow.has(i) && (w / sum) * rest < floor);
    if (more < 0) {
      return wholeTwips(raw.map((w, i) => (narrow.has(i) ? floor : (w / sum) * rest)), total);
    }
    narrow.add(more);
  }
}

/** Rounds widths down and gives the twips lost to rounding to the widest column, so they sum to `total`. */
function wholeTwips(widths: readonly number[], total: number): number[] {
  const out = widths.map((w) => Math.floor(w));
  const widest = out.indexOf(Math.max(...out));
  out[widest] = (out[widest] ?? 0) + total - out.reduce((a, b) => a + b, 0);
  return out;
}

/** A column whose data cells are all this short (STT, "1.", "a)") is made narrow when no widths are known. */
const SHORT_CELL = 4;

type ColumnText = { widths: number[]; widestWord: number; short: boolean };

function columnTexts(grid: TableGrid, size: number, headerRows: number): ColumnText[] {
  const columns: ColumnText[] = Array.from({ length: grid.columns }, () => ({ widths: [], widestWord: 0, short: true }));
  grid.rows.forEach((cells, r) => {
    for (const placed of cells) {
      const column = columns[placed.column];
      if (placed.colSpan !== 1 || placed.filler || !column) {
        continue;
      }
      const header = r < headerRows;
      const text = placed.cell.paragraphs.map((p) => p.runs.map((run) => run.text).join('')).join(' ').trim();
      column.widestWord = Math.max(column.widestWord, ...text.split(/\s+/u).map((word) => textWidth(word, size, header)));
      if (!header) {
        column.widths.push(textWidth(text, size));
        column.short &&= text.length <= SHORT_CELL;
      }
    }
  });
  return columns;
}

/**
 * Widths for a table whose widths are unknown (made in the app or read from text), as Word's autofit would
 * roughly give them: a column of short cells (STT) only as wide as its widest cell or header word; the others
 * share the rest by the square root of their mean text length, none narrower than its longest word. A table
 * without data rows, or whose columns are all short, gets equal columns.
 */
export function unknownWidths(grid: TableGrid, size: number, headerRows: number, total: number): number[] {
  const columns = columnTexts(grid, size, headerRows);
  const pad = 2 * CELL.margin + 100;
  const hasData = columns.some((c) => c.widths.length > 0);
  const narrow = columns.map((c) => (c.short && c.widths.length > 0 ? c.widestWord + pad : null));
  const used = narrow.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  if (!hasData || narrow.every((w) => w !== null) || used > total / 2) {
    return columns.map(() => 1);
  }
  const weights = columns.map((c, i) => (narrow[i] !== null ? 0 : Math.sqrt(c.widths.reduce((a, b) => a + b, 0) / Math.max(1, c.widths.length) + 1)));
  const sum = weights.reduce((a, b) => a + b, 0);
  return columns.map((c, i) => narrow[i] ?? Math.max(((weights[i] ?? 0) / sum) * (total - used), c.widestWord + pad));
}
