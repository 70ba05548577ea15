/**
 * Phụ lục (PL I, Phần I, Mục III, khoản 1) as specs: each on its own pages (portrait or landscape), headed by
 * the label line ("Phụ lục I", 14 bold), the title in capitals (14 bold, one paragraph per line), the
 * "(Kèm theo …)" line (14 italic) and a short line, then its blocks numbered on their own.
 */
import { appendixLabel, attachedLine } from '../../model/appendix';
import type { Appendix, PlanDocument } from '../../model/plan-document';
import { upper } from '../../text/normalize';
import { blockFlow, type BodySpec } from './body';
import { pageGeometry, SIZE, type PageGeometry } from './layout';
import { fieldLines } from './letterhead';
import { rule, text, type ParaSpec } from './spec';
import { StyleId } from './style-defs';
import { textWidth } from './text-width';

/** One appendix laid out: its page, its heading lines and its content. */
export type AppendixSpec = {
  readonly page: PageGeometry;
  readonly heading: readonly ParaSpec[];
  readonly content: readonly BodySpec[];
};

/** Space between the heading and the content (twips). */
const AFTER_HEADING = 240;

function headingSpecs(doc: PlanDocument, index: number, page: PageGeometry): ParaSpec[] {
  const appendix = doc.appendices[index] as Appendix;
  const label = appendixLabel(doc.appendices, index).trim();
  const titles = fieldLines(appendix.title).map(upper);
  const attached = attachedLine(doc, appendix).replace(/\s*\n\s*/gu, ' ').trim();
  const out: ParaSpec[] = [];
  if (label !== '') {
    out.push(text(StyleId.APPENDIX_LABEL, [{ text: label }]));
  }
  out.push(...titles.map((line) => text(StyleId.APPENDIX_TITLE, [{ text: line }])));
  if (attached !== '') {
    out.push(text(StyleId.APPENDIX_ATTACHED, [{ text: attached, italic: true }], { after: 60 }));
  }
  // As under the trích yếu (PL I khoản 5.a): a line 0.4 as long as the title's widest line, at least 1,000 tw.
  const widest = Math.max(0, ...titles.map((line) => Math.min(textWidth(line, SIZE.appendixTitle, true), page.textWidth)));
  out.push(rule(Math.max(widest * 0.4, 1000), page.textWidth, AFTER_HEADING));
  return out;
}

/** The appendices of a document, in order. */
export function appendixSpecs(doc: PlanDocument): AppendixSpec[] {
  // Plans built before appendices existed may lack the list.
  return (doc.appendices ?? []).map((appendix, index) => {
    const page = pageGeometry(appendix.orientation === 'landscape' ? 'landscape' : 'portrait');
    return { page, heading: headingSpecs(doc, index, page), content: blockFlow(appendix.blocks, SIZE.appendixTableCell) };
  });
}
