/**
 * .docx import: bytes → PlanDocument[] with formatting facts. The reader gives paragraphs in reading
 * order (table cells marked left/right); the same structure reader as the text importer recognizes
 * the document; the facts are attached for the format.* rules.
 */
import { ok, type Result } from '../../base/result';
// The lint pattern 'docx' (meant for the npm package) also matches our own core/docx folder.
// eslint-disable-next-line no-restricted-imports
import { readDocxFacts } from '../../docx/reader/index';
import type { FormattingFacts, ParagraphFacts } from '../../model/formatting';
import type { PlanDocument, Run } from '../../model/plan-document';
import { importLines, type ImportLine } from '../txt/index';

/** Options for a deterministic import (tests, goldens). */
export type ImportDocxOptions = {
  readonly idPrefix?: string;
};

/** Reads a Word file: every document it holds, each carrying the file's formatting facts. */
export async function importDocx(bytes: Uint8Array, options: ImportDocxOptions = {}): Promise<Result<PlanDocument[]>> {
  const facts = await readDocxFacts(bytes);
  if (!facts.ok) {
    return facts;
  }
  const lines = factsToLines(facts.value);
  const read = importLines(lines, { origin: 'docx', ...(options.idPrefix === undefined ? {} : { idPrefix: options.idPrefix }) });
  if (!read.ok) {
    return read;
  }
  return ok(read.value.map((doc) => withFacts(doc, facts.value)));
}

function withFacts(doc: PlanDocument, formatting: FormattingFacts): PlanDocument {
  return { ...doc, meta: { ...doc.meta, origin: 'docx' }, formatting };
}

/** Paragraphs → import lines (line = paragraph index + 1); a line break inside a paragraph gives several lines. */
export function factsToLines(facts: FormattingFacts): ImportLine[] {
  const out: ImportLine[] = [];
  for (const p of facts.paragraphs) {
    for (const runs of splitLines(p)) {
      out.push({ text: runs.map((r) => r.text).join(''), line: p.index + 1, runs, cell: p.cell ?? null });
    }
  }
  return out;
}

function splitLines(p: ParagraphFacts): Run[][] {
  const lines: Run[][] = [[]];
  for (const r of p.runs) {
    r.text.split('\n').forEach((piece, i) => {
      if (i > 0) {
        lines.push([]);
      }
      if (piece !== '') {
        lines[lines.length - 1]?.push({ text: piece, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italic: true } : {}) });
      }
    });
  }
  return lines;
}
