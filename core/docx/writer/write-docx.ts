/**
 * The NĐ 30 .docx writer: the only module that imports `docx`. A PlanDocument becomes an A4 document laid
 * out as PL I of Nghị định 30/2020/NĐ-CP asks; it never invents content (blanks show as "……").
 */
import { Document, Packer, PageOrientation, type ISectionOptions } from 'docx';
import type { PlanDocument } from '../../model/plan-document';
import { appendixSpecs, type AppendixSpec } from './appendix';
import { contentSpecs } from './body';
import { corePropertiesXml } from './core-properties';
import { flowChildren } from './flow';
import { LETTERHEAD_COLUMNS, PAGE, pageGeometry, SIGNER_COLUMNS, type PageGeometry } from './layout';
import { letterhead } from './letterhead';
import { pageHeaders } from './page-header';
import { endParagraph, toParagraph } from './paragraphs';
import { signerBlock } from './signer-block';
import { stylesOptions } from './styles';
import { borderlessTable } from './tables';
import { titleBlock } from './title-block';

export type WriteDocxOptions = {
  /** Fixed creation time for byte-stable goldens (docProps/core.xml); defaults to the current time. */
  readonly now?: Date;
};

/** The document's title for its properties: type name and trích yếu, or "V/v …" for a công văn. */
export function documentTitle(doc: PlanDocument): string {
  const summary = (doc.header.summary ?? '').replace(/\s+/gu, ' ').trim();
  if (doc.kind === 'cong-van') {
    return summary ? `V/v ${summary}` : 'Công văn';
  }
  return [doc.header.docType ?? 'Kế hoạch', summary].filter((part) => part !== '').join(' ');
}

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

/** The main section: letterhead, title block, content, then the signer and Nơi nhận table. */
function mainSection(doc: PlanDocument): ISectionOptions {
  const page = pageGeometry('portrait');
  const head = letterhead(doc);
  const signer = signerBlock(doc);
  const content = contentSpecs(doc);
  // Keep the body's last paragraph with the signer block (w:keepNext), whose row cannot split.
  const last = content[content.length - 1];
  const flow = last?.kind === 'text' ? [...content.slice(0, -1), { ...last, keepNext: true }] : content;
  return {
    properties: sectionProperties(page, false),
    headers: pageHeaders(),
    children: [
      borderlessTable(LETTERHEAD_COLUMNS, [{ cells: [head.agency, head.national] }, { cells: [head.number, head.date] }]),
      ...titleBlock(doc).map(toParagraph),
      ...flowChildren(flow, page),
      borderlessTable(SIGNER_COLUMNS, [{ cells: [signer.recipients, signer.signer], cantSplit: true }]),
      endParagraph(),
    ],
  };
}

/** An appendix section: a new page (the default section break), its heading and content, its own numbering. */
function appendixSection(spec: AppendixSpec): ISectionOptions {
  return {
    properties: sectionProperties(spec.page, true),
    headers: pageHeaders(),
    children: [...flowChildren([...spec.heading, ...spec.content], spec.page), endParagraph()],
  };
}

/** Builds the docx object model of a plan (exported for tests that inspect it before packing). */
export function buildDocument(doc: PlanDocument): Document {
  return new Document({
    creator: 'Kế hoạch Studio',
    title: documentTitle(doc),
    styles: stylesOptions(),
    sections: [mainSection(doc), ...appendixSpecs(doc).map(appendixSection)],
  });
}

/** Builds the .docx bytes of a plan. */
export async function writeDocx(doc: PlanDocument, options: WriteDocxOptions = {}): Promise<Uint8Array> {
  const file = buildDocument(doc);
  const core = { path: 'docProps/core.xml', data: corePropertiesXml(documentTitle(doc), options.now ?? new Date()) };
  const buffer = await Packer.toArrayBuffer(file, false, [core]);
  return new Uint8Array(buffer);
}
