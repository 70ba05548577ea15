/**
 * Paragraph and table specs to docx children in page order. Two tables in a row get a tiny paragraph between
 * them (Word joins adjacent w:tbl into one), the paragraph after a table gets 6 pt above it, and a short
 * paragraph or one ending with ":" that introduces a table stays on its page (w:keepNext).
 */
import type { Paragraph, Table } from 'docx';
import { BODY, type PageGeometry } from './layout';
import { toParagraph } from './paragraphs';
import { specText, text, type FlowSpec, type TextSpec } from './spec';
import { StyleId } from './styles';
import { dataTable } from './data-table';

/** A paragraph this short (about two lines) before a table is kept with it. */
const INTRO_LENGTH = 160;

/** The docx paragraphs and tables of specs that sit on `page`. */
export function flowChildren(specs: readonly FlowSpec[], page: PageGeometry): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let afterTable = false;
  specs.forEach((spec, i) => {
    if (spec.kind === 'table') {
      const table = dataTable(spec, page);
      if (table) {
        if (afterTable) {
          out.push(toParagraph(text(StyleId.RULE, [], { after: BODY.after })));
        }
        out.push(table);
        afterTable = true;
      }
      return;
    }
    const next = specs[i + 1];
    const spaced = afterTable && spec.kind === 'text' && spec.before === undefined ? { ...spec, before: BODY.after } : spec;
    out.push(toParagraph(next?.kind === 'table' && spaced.kind === 'text' && introduces(spaced) ? { ...spaced, keepNext: true } : spaced));
    afterTable = false;
  });
  return out;
}

/** A lead-in kept with the table after it: ends with ":" ("… như sau:") or is short (a caption, "Biểu mẫu 1"). */
function introduces(spec: TextSpec): boolean {
  const line = specText(spec).trim();
  return line.endsWith(':') || line.length <= INTRO_LENGTH;
}
