/**
 * The NĐ 30 .docx writer: the only module that imports `docx`. A PlanDocument becomes an A4 document laid
 * out as PL I of Nghị định 30/2020/NĐ-CP asks; it never invents content (blanks show as "……").
 */
import { Document, Packer, PageOrientation } from 'docx';
import type { PlanDocument } from '../../model/plan-document';
import { contentSpecs } from './body';
import { corePropertiesXml } from './core-properties';
import { LETTERHEAD_COLUMNS, PAGE, SIGNER_COLUMNS } from './layout';
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

/** Builds the docx object model of a plan (exported for tests that inspect it before packing). */
export function buildDocument(doc: PlanDocument): Document {
  const head = letterhead(doc);
  const signer = signerBlock(doc);
  const content = contentSpecs(doc);
  // Keep the body's last paragraph with the signer block (w:keepNext), whose row cannot split.
  const lastIndex = content.length - 1;
  const body = content.map((spec, i) => toParagraph(i === lastIndex ? { ...spec, keepNext: true } : spec));
  return new Document({
    creator: 'Kế hoạch Studio',
    title: documentTitle(doc),
    styles: stylesOptions(),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.footer },
          },
        },
        headers: pageHeaders(),
        children: [
          borderlessTable(LETTERHEAD_COLUMNS, [{ cells: [head.agency, head.national] }, { cells: [head.number, head.date] }]),
          ...titleBlock(doc).map(toParagraph),
          ...body,
          borderlessTable(SIGNER_COLUMNS, [{ cells: [signer.recipients, signer.signer], cantSplit: true }]),
          endParagraph(),
        ],
      },
    ],
  });
}

/** Builds the .docx bytes of a plan. */
export async function writeDocx(doc: PlanDocument, options: WriteDocxOptions = {}): Promise<Uint8Array> {
  const file = buildDocument(doc);
  const core = { path: 'docProps/core.xml', data: corePropertiesXml(documentTitle(doc), options.now ?? new Date()) };
  const buffer = await Packer.toArrayBuffer(file, false, [core]);
  return new Uint8Array(buffer);
}
