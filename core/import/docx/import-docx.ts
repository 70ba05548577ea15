/**
 * .docx import: bytes → PlanDocument[] with formatting facts. The reader gives paragraphs in reading
 * order (table cells marked left/right); the same structure reader as the text importer recognizes
 * the document; the facts are attached for the format.* rules.
 */
import { ok, type Result } from '../../base/result';
import { readDocxFacts } from '../../docx/reader/index';
import type { FormattingFacts, ParagraphFacts } from '../../model/formatting';
import type { PlanDocument, Run } from '../../model/plan-document';
import { importLines, type ImportLine } from '../txt/index';
import { firstSourceLine } from './document-lines';

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
  return ok(withFacts(read.value, facts.value));
}

/**
 * Each document gets the file's page facts and its own paragraphs: from its first source line up to
 * the next document's (the first document also keeps anything before it).
 */
function withFacts(docs: readonly PlanDocument[], facts: FormattingFacts): PlanDocument[] {
  const starts = docs.map((doc, i) => (i === 0 ? 1 : (firstSourceLine(doc) ?? Number.POSITIVE_INFINITY)));
  return docs.map((doc, i) => {
    const from = starts[i] ?? 1;
    const to = Math.min(...starts.slice(i + 1), Number.POSITIVE_INFINITY);
    const paragraphs = docs.length === 1 ? facts.paragraphs : facts.paragraphs.filter((p) => p.index + 1 >= from && p.index + 1 < to);
    return { ...doc, meta: { ...doc.meta, origin: 'docx' }, formatting: { ...facts, paragraphs } };
  });
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
