/**
 * Paragraph and table specs to docx children in page order. Two tables in a row get a tiny paragraph between
 * them (Word joins adjacent w:tbl into one), and the paragraph after a table gets 6 pt above it.
 */
import type { Paragraph, Table } from 'docx';
import { BODY, type PageGeometry } from './layout';
import { toParagraph } from './paragraphs';
import { text, type FlowSpec } from './spec';
import { StyleId } from './styles';
import { dataTable } from './data-table';

/** The docx paragraphs and tables of specs that sit on `page`. */
export function flowChildren(specs: readonly FlowSpec[], page: PageGeometry): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let afterTable = false;
  for (const spec of specs) {
    if (spec.kind === 'table') {
      const table = dataTable(spec, page);
      if (table) {
        if (afterTable) {
          out.push(toParagraph(text(StyleId.RULE, [], { after: BODY.after })));
        }
        out.push(table);
        afterTable = true;
      }
      continue;
    }
    out.push(toParagraph(afterTable && spec.kind === 'text' && spec.before === undefined ? { ...spec, before: BODY.after } : spec));
    afterTable = false;
  }
  return out;
}
