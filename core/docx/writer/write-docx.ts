/**
 * The NĐ 30 .docx writer: the only module that imports `docx`. A PlanDocument becomes an A4 document laid
 * out as PL I of Nghị định 30/2020/NĐ-CP asks; it never invents content (blanks show as "……").
 */
import { Document, PageOrientation, type ISectionOptions, type Paragraph, type Table } from 'docx';
import { documentTitle } from '../../model/header-lines';
import type { PlanDocument } from '../../model/plan-document';
import { corePropertiesXml } from './core-properties';
import { dataTable } from './data-table';
import { describeDocument, type SectionLayout } from './describe';
import { PAGE, type PageGeometry } from './layout';
import { packDocument } from './pack';
import { pageHeaders } from './page-header';
import { endParagraph, toParagraph } from './paragraphs';
import { stylesOptions } from './styles';
import { borderlessTable } from './tables';

export type WriteDocxOptions = {
  /** Fixed creation time for byte-stable goldens (docProps/core.xml); defaults to the current time. */
  readonly now?: Date;
};

/**
 * A4 in the page's orientation with the decree's margins (w:pgSz, w:pgMar); a different first page whose header
 * is empty (w:titlePg). An appendix restarts its page numbers at 1 (w:pgNumType w:start="1", Mục III.1).
 */
function sectionProperties(page: PageGeometry, restartNumbers: boolean): NonNullable<ISectionOptions['properties']> {
  return {
    titlePage: true,
    page: {
      // The library writes w:w and w:h swapped for landscape: the portrait sheet is given in both cases.
      size: { width: PAGE.width, height: PAGE.height, orientation: page.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: { top: page.top, bottom: page.bottom, left: page.left, right: page.right, header: PAGE.header, footer: PAGE.footer },
      pageNumbers: restartNumbers ? { start: 1 } : undefined,
    },
  };
}

/** The docx children of a section's items, then the paragraph Word stores after the last table. */
function sectionChildren(section: SectionLayout): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const item of section.items) {
    if (item.kind === 'grid') {
      out.push(borderlessTable(item.columns, item.rows));
    } else if (item.kind === 'table') {
      const table = dataTable(item, section.page);
      if (table) {
        out.push(table);
      }
    } else {
      out.push(toParagraph(item));
    }
  }
  return [...out, endParagraph()];
}

/** A section of the description as docx: the main one, or an appendix on a new page with its own numbering. */
function section(layout: SectionLayout): ISectionOptions {
  return {
    properties: sectionProperties(layout.page, layout.restartNumbers),
    headers: pageHeaders(),
    children: sectionChildren(layout),
  };
}

/** Builds the docx object model of a plan (exported for tests that inspect it before packing). */
export function buildDocument(doc: PlanDocument): Document {
  return new Document({
    creator: 'Kế hoạch Studio',
    title: documentTitle(doc),
    styles: stylesOptions(),
    sections: describeDocument(doc).sections.map(section),
  });
}

/** Builds the .docx bytes of a plan. */
export async function writeDocx(doc: PlanDocument, options: WriteDocxOptions = {}): Promise<Uint8Array> {
  const file = buildDocument(doc);
  const core = { path: 'docProps/core.xml', data: corePropertiesXml(documentTitle(doc), options.now ?? new Date()) };
  return packDocument(file, [core]);
}
