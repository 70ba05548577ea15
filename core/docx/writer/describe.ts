/**
 * The layout description of an export: its sections (page, numbering) and what flows down each page, in order,
 * as plain specs. The writer turns it into docx objects and the page layout (core/layout) measures and paginates
 * the same description, so the page view, the print preview and the .docx cannot drift apart. Pure: no `docx`.
 */
import type { PlanDocument } from '../../model/plan-document';
import { appendixSpecs } from './appendix';
import { contentSpecs } from './body';
import { BODY, LETTERHEAD_COLUMNS, pageGeometry, SIGNER_COLUMNS, type PageGeometry } from './layout';
import { letterhead } from './letterhead';
import { signerBlock } from './signer-block';
import { specText, text, type FlowSpec, type GridSpec, type TextSpec } from './spec';
import { StyleId } from './style-defs';
import { titleBlock } from './title-block';

/** What a section holds, top to bottom. */
export type LayoutItem = FlowSpec | GridSpec;

/** One section of the export: its page, whether page numbers restart at 1, and its items. */
export type SectionLayout = {
  readonly page: PageGeometry;
  readonly restartNumbers: boolean;
  /** Index of the appendix in doc.appendices; null for the main section. */
  readonly appendix: number | null;
  readonly items: readonly LayoutItem[];
};

/** The whole export: the main section, then one section per appendix. Page 1 of each section shows no number. */
export type DocumentLayout = {
  readonly sections: readonly SectionLayout[];
};

/** A paragraph this short (about two lines) before a table is kept with it. */
const INTRO_LENGTH = 160;

/** A lead-in kept with the table after it: ends with ":" ("… như sau:") or is short (a caption, "Biểu mẫu 1"). */
function introduces(spec: TextSpec): boolean {
  const line = specText(spec).trim();
  return line.endsWith(':') || line.length <= INTRO_LENGTH;
}

/**
 * Specs in page order as written: two tables in a row get a tiny paragraph between them (Word joins adjacent
 * w:tbl into one), the paragraph after a table gets 6 pt above it, and a short paragraph or one ending with ":"
 * that introduces a table stays on its page (w:keepNext). Tables without rows are left out (Word cannot open them).
 */
export function flowSpecs(specs: readonly FlowSpec[]): FlowSpec[] {
  const kept = specs.filter((spec) => spec.kind !== 'table' || spec.table.rows.length > 0);
  const out: FlowSpec[] = [];
  let afterTable = false;
  kept.forEach((spec, i) => {
    if (spec.kind === 'table') {
      if (afterTable) {
        out.push(text(StyleId.RULE, [], { after: BODY.after }));
      }
      out.push(spec);
      afterTable = true;
      return;
    }
    const next = kept[i + 1];
    const spaced = afterTable && spec.kind === 'text' && spec.before === undefined ? { ...spec, before: BODY.after } : spec;
    out.push(next?.kind === 'table' && spaced.kind === 'text' && introduces(spaced) ? { ...spaced, keepNext: true } : spaced);
    afterTable = false;
  });
  return out;
}

/** The main section: letterhead, title block, content, then the signer and Nơi nhận table. */
function mainSection(doc: PlanDocument): SectionLayout {
  const head = letterhead(doc);
  const signer = signerBlock(doc);
  const content = contentSpecs(doc);
  // Keep the body's last paragraph with the signer block (w:keepNext), whose row cannot split: the signer block
  // never stands alone on the last page.
  const last = content[content.length - 1];
  const flow = last?.kind === 'text' ? [...content.slice(0, -1), { ...last, keepNext: true }] : content;
  return {
    page: pageGeometry('portrait'),
    restartNumbers: false,
    appendix: null,
    items: [
      { kind: 'grid', role: 'letterhead', columns: LETTERHEAD_COLUMNS, rows: [{ cells: [head.agency, head.national] }, { cells: [head.number, head.date] }] },
      ...titleBlock(doc),
      ...flowSpecs(flow),
      { kind: 'grid', role: 'signer', columns: SIGNER_COLUMNS, rows: [{ cells: [signer.recipients, signer.signer], cantSplit: true }] },
    ],
  };
}

/** The layout description of a plan's export. */
export function describeDocument(doc: PlanDocument): DocumentLayout {
  const appendices = appendixSpecs(doc).map(
    (spec, index): SectionLayout => ({ page: spec.page, restartNumbers: true, appendix: index, items: flowSpecs([...spec.heading, ...spec.content]) }),
  );
  return { sections: [mainSection(doc), ...appendices] };
}
