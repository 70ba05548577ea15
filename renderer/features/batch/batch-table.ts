/**
 * The batch table's rows: sorting, and the words of each cell. Pure.
 */
import { formatCsvSummary, type SummaryRow } from '@core/report';
import { kindName } from '@core/report';
import type { BatchStatus } from '../../../electron/common/batch';
import { BATCH_STRINGS } from './strings';

export type SortKey = 'index' | 'file' | 'kind' | 'errors' | 'warnings';
export type Sort = { readonly key: SortKey; readonly descending: boolean };

/** One line of the table: the file's position, its name, and its row once checked. */
export type TableLine = { readonly index: number; readonly file: string; readonly row: SummaryRow | null };

export function linesOf(status: BatchStatus): TableLine[] {
  return status.files.map((file, index) => ({ index, file, row: status.rows[index] ?? null }));
}

export function kindsText(row: SummaryRow | null): string {
  return row ? row.kinds.map(kindName).join(', ') : '';
}

/** The "Nội dung đầu tiên" cell: the first findings, or why the file could not be read. */
export function firstTexts(row: SummaryRow | null): readonly string[] {
  if (row === null) {
    return [BATCH_STRINGS.pending];
  }
  if (row.reason !== null) {
    return [BATCH_STRINGS.unreadable(row.reason)];
  }
  if (row.first.length === 0) {
    return [BATCH_STRINGS.noFindings];
  }
  return row.first.map((f) => `[${BATCH_STRINGS.severity[f.severity]}] ${f.message}`);
}

function value(line: TableLine, key: SortKey): number | string {
  switch (key) {
    case 'index':
      return line.index;
    case 'file':
      return line.file;
    case 'kind':
      return kindsText(line.row);
    case 'errors':
      // Unreadable files sort above every count (they need a look first), pending ones below.
      return line.row === null ? -2 : line.row.reason !== null ? Number.MAX_SAFE_INTEGER : line.row.errors;
    case 'warnings':
      return line.row === null ? -2 : line.row.reason !== null ? Number.MAX_SAFE_INTEGER : line.row.warnings;
  }
}

/** The lines sorted by a column (ties keep file order). */
export function sortLines(lines: readonly TableLine[], sort: Sort): TableLine[] {
  const collator = new Intl.Collator('vi');
  return [...lines].sort((a, b) => {
    const x = value(a, sort.key);
    const y = value(b, sort.key);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return (sort.descending ? -c : c) || a.index - b.index;
  });
}

/** The CSV of the rows checked so far, in file order: the same file as `kehoach check --format csv`. */
export function csvOf(status: BatchStatus): string {
  return formatCsvSummary(status.rows.filter((r): r is SummaryRow => r !== null));
}
