/**
 * Round trip through the project's own reader: a plan with body tables (merged header cells) and two appendices
 * (Phụ lục II landscape) is exported, read back with importDocx, and has the same tables, appendices, numbers
 * and Nơi nhận (no appendix text read as recipients).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { writeDocx } from '../../../../core/docx/index';
import { importDocx } from '../../../../core/import/index';
import { appendixLabel, attachedLine } from '../../../../core/model/appendix';
import type { PlanDocument, TableBlock } from '../../../../core/model/plan-document';
import { allTables, cellText } from '../../../../core/model/walk';
import { upper } from '../../../../core/text/normalize';
import { tablePlan } from '../../../helpers/docx-plans';
import { blockLabels } from '../../../helpers/block-labels';

/** A table as data: header rows and each cell's text with its spans. */
function shape(table: TableBlock): { headerRows: number; rows: string[][] } {
  return {
    headerRows: table.headerRows,
    rows: table.rows.map((row) => row.cells.map((cell) => `${cellText(cell)}${(cell.colSpan ?? 1) > 1 ? ` ↔${cell.colSpan}` : ''}${(cell.rowSpan ?? 1) > 1 ? ` ↕${cell.rowSpan}` : ''}`)),
  };
}

function summary(doc: PlanDocument): unknown {
  return {
    tables: allTables(doc).map(shape),
    bodyLabels: blockLabels(doc.body),
    appendices: doc.appendices.map((a, i) => ({
      label: appendixLabel(doc.appendices, i),
      // The writer prints the title in capitals (PL I, Mục III, khoản 1).
      title: upper(a.title),
      attached: attachedLine(doc, a),
      orientation: a.orientation,
      labels: blockLabels(a.blocks),
      kinds: a.blocks.map((b) => b.kind),
    })),
    // The writer ends an entry followed by nested ones with ':'; the reader keeps what is printed.
    recipients: doc.recipients?.items.map((item) => item.text.replace(/[:;.]$/u, '')) ?? [],
  };
}

describe('a plan with tables and appendices, exported and read back with importDocx', () => {
  const plan = tablePlan(12);
  let read: PlanDocument[] = [];
  beforeAll(async () => {
    const result = await importDocx(await writeDocx(plan));
    read = result.ok ? [...result.value] : [];
  });

  test('is one document with the same tables, appendices, numbers and Nơi nhận', () => {
    expect({ documents: read.length, ...(summary(read[0] as PlanDocument) as object) }).toEqual({ documents: 1, ...(summary(plan) as object) });
  });
});
