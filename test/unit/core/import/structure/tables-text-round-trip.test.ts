/**
 * Round trip through text, as a plan is copied out of Word or a web page: a plan with body tables and two
 * appendices is written as plain text (tables as tab-separated rows, appendices after the signer) and read back
 * with importText: the same tables (cell texts row by row), appendices (label, title, Kèm theo line) and
 * numbers, and no appendix text among the recipients. Text carries no orientation or merged cells: those are
 * the .docx round trip's (test/unit/core/docx/round-trip-tables.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { planText } from '../../../../../bench/plan-text';
import { importText } from '../../../../../core/import/index';
import { appendixLabel, attachedLine } from '../../../../../core/model/appendix';
import type { PlanDocument, TableBlock } from '../../../../../core/model/plan-document';
import { allTables, cellText } from '../../../../../core/model/walk';
import { upper } from '../../../../../core/text/normalize';
import { tablePlan } from '../../../../helpers/docx-plans';
import { blockLabels } from '../../../../helpers/block-labels';

/** A table's cell texts row by row, empty cells and spans left out (text has neither). */
function texts(table: TableBlock): string[][] {
  return table.rows.map((row) => row.cells.map((cell) => cellText(cell).replace(/\s+/gu, ' ').trim()).filter((t) => t !== ''));
}

function summary(doc: PlanDocument): unknown {
  return {
    tables: allTables(doc).map(texts),
    bodyLabels: blockLabels(doc.body),
    appendices: doc.appendices.map((a, i) => ({ label: appendixLabel(doc.appendices, i), title: a.title, attached: attachedLine(doc, a), labels: blockLabels(a.blocks) })),
    recipients: doc.recipients?.items.map((item) => item.text.replace(/[:;.]$/u, '')) ?? [],
  };
}

describe('a plan with tables and appendices, written as text and read back with importText', () => {
  test('is one document with the same tables, appendices, numbers and Nơi nhận', () => {
    const built = tablePlan(12);
    // As printed (and so as copied): appendix titles in capitals (PL I, Mục III, khoản 1).
    const plan = { ...built, appendices: built.appendices.map((a) => ({ ...a, title: upper(a.title) })) };
    const read = importText(planText(plan));
    const docs = read.ok ? read.value : [];
    expect({ documents: docs.length, ...(summary(docs[0] as PlanDocument) as object) }).toEqual({ documents: 1, ...(summary(plan) as object) });
  });

  test('reads an appendix title written in sentence case between its label and its Kèm theo line', () => {
    const plan = tablePlan(4);
    const read = importText(planText(plan));
    const docs = read.ok ? read.value : [];
    // A lower-case line after another is read as the same line wrapped: the title's words, in order, are what counts.
    const words = (t: string): string => t.replace(/\s+/gu, ' ');
    expect(docs.map((d) => d.appendices.map((a) => [a.label, words(a.title)]))).toEqual([plan.appendices.map((a, i) => [appendixLabel(plan.appendices, i), words(a.title)])]);
  });
});
