/**
 * Which paragraph of a Word file is which element (Quốc hiệu, agency, date, body, Nơi nhận …): read
 * from the recognized document's source lines (line = paragraph index + 1). The one place the format
 * rules learn what a paragraph is; never guesses from formatting.
 */
import type { ParagraphFacts } from '../../../model/formatting';
import type { Block, HeaderField, PlanDocument, SourceRef } from '../../../model/plan-document';
import { isArchiveRecipient } from '../../../model/recipients';
import { runsText } from '../../../model/walk';
import { isAllCaps, normalizeText, squeeze } from '../../../text/normalize';
import { openingParagraphs } from '../opening';
import type { DocumentPart } from '../../types';

/** The elements the decree sets formatting for. */
export const Element = {
  NATIONAL_TITLE: 'nationalTitle',
  MOTTO: 'motto',
  PARENT_AGENCY: 'parentAgency',
  AGENCY: 'agency',
  NUMBER: 'number',
  DATE: 'date',
  DOC_TYPE: 'docType',
  SUMMARY: 'summary',
  ADDRESSEES: 'addressees',
  OPENING: 'opening',
  SECTION_HEADING: 'sectionHeading',
  ITEM_TITLE: 'itemTitle',
  BODY: 'body',
  RECIPIENTS_HEADING: 'recipientsHeading',
  RECIPIENT: 'recipient',
  AUTHORITY: 'authority',
  SIGNER_NAME: 'signerName',
} as const;
export type Element = (typeof Element)[keyof typeof Element];

/** A paragraph with the element it holds. */
export type ElementParagraph = { readonly paragraph: ParagraphFacts; readonly element: Element };

const PART: Readonly<Record<Element, DocumentPart>> = {
  nationalTitle: 'header', motto: 'header', parentAgency: 'header', agency: 'header', number: 'header', date: 'header',
  docType: 'header', summary: 'header', addressees: 'header', opening: 'opening', sectionHeading: 'body', itemTitle: 'body',
  body: 'body', recipientsHeading: 'recipients', recipient: 'recipients', authority: 'signature', signerName: 'signature',
};

/** The document part an element belongs to. */
export function partOf(element: Element): DocumentPart {
  return PART[element];
}

const HEADER_FIELDS: readonly (HeaderField & Element)[] = ['nationalTitle', 'motto', 'parentAgency', 'agency', 'number', 'date', 'docType', 'summary', 'addressees'];

/**
 * "I." headings are Mục titles (capitals, bold); "Phần I" and titled "1." items are bold lines; a short line in
 * capitals (a Quyết định's "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" authority line, "QUYẾT ĐỊNH:") is a heading too;
 * the rest is body.
 */
function blockElement(block: Block, kind: PlanDocument['kind']): Element {
  if (block.kind === 'paragraph') {
    const text = runsText(block.runs).trim();
    return text.length <= 160 && /\p{L}{2}/u.test(text) && isAllCaps(text) ? Element.SECTION_HEADING : Element.BODY;
  }
  if (block.kind !== 'numbered') {
    return Element.BODY;
  }
  // A báo cáo or tờ trình numbers its top level "1.", "2." in khoản style (in thường, bold): not a Mục title in capitals.
  if (block.level === 'section') {
    return /^\s*\d+\s*[.)]/u.test(block.label ?? '') ? Element.ITEM_TITLE : Element.SECTION_HEADING;
  }
  // A long "4. Hiệp hội … đã tổ chức đại hội …." is a numbered paragraph of text, not a title line; a Quyết định's
  // khoản ("1." inside an Điều) carry no title (Điều → khoản → điểm).
  const text = runsText(block.runs).trim();
  const titleLine = block.titled && kind !== 'quyet-dinh' && text.length <= 120 && !/[.;]$/u.test(text);
  return block.level === 'part' || (block.level === 'item' && titleLine) ? Element.ITEM_TITLE : Element.BODY;
}

function addBlocks(map: Map<number, Element>, blocks: readonly Block[], kind: PlanDocument['kind']): void {
  for (const block of blocks) {
    if (block.source) {
      map.set(block.source.line, blockElement(block, kind));
    }
    if (block.kind === 'numbered' || block.kind === 'bullet') {
      addBlocks(map, block.children, kind);
    }
  }
}

function clean(text: string): string {
  return squeeze(normalizeText(text));
}

/** Multi-line header fields (agency "ỦY BAN NHÂN DÂN\nTỈNH X", a long trích yếu) cover the lines after their source. */
function addContinuations(map: Map<number, Element>, byLine: ReadonlyMap<number, ParagraphFacts>, field: Element, value: string | null, source: SourceRef | undefined): void {
  if (!source || value === null) {
    return;
  }
  const rest = clean(value.replace(/\n/g, ' '));
  const first = byLine.get(source.line);
  let consumed = clean(first?.text ?? '');
  // Letterhead columns laid out with tabs interleave ("ỦY BAN NHÂN DÂN⇥CỘNG HÒA …", "TỈNH X⇥Độc lập …"): the
  // next line of a field in one column is the next line on the same side.
  const side = first?.cell ?? null;
  for (let line = source.line + 1; byLine.has(line) && consumed.length < rest.length; line += 1) {
    const p = byLine.get(line);
    if (side !== null && p?.container === 'body' && (p.cell ?? null) !== null && p.cell !== side) {
      continue;
    }
    const text = clean(p?.text ?? '');
    if (text === '' || map.has(line) || !rest.includes(text)) {
      break;
    }
    map.set(line, field);
    consumed = `${consumed} ${text}`;
  }
}

/**
 * Nơi nhận entries up to the "Lưu: …" entry: what follows "Lưu" in a list read from Word (an appendix's title
 * and table when the reader has not told them apart) is not a recipient, and is not judged as one.
 */
function addRecipients(map: Map<number, Element>, doc: PlanDocument): void {
  const items = doc.recipients?.items ?? [];
  const archive = items.findIndex((r) => isArchiveRecipient(r.text));
  const kept = archive >= 0 ? items.slice(0, archive + 1) : items;
  kept.forEach((r) => r.source && map.set(r.source.line, Element.RECIPIENT));
}

/**
 * "ỦY BAN NHÂN DÂN" over "TỈNH BÌNH THUẬN" is one issuing body's name on two lines, not a supervising body over
 * an issuing one (a reading the header may give): its first line is laid out as the issuing body.
 */
function wrappedAgency(doc: PlanDocument): boolean {
  const parent = squeeze(normalizeText(doc.header.parentAgency ?? ''));
  const agency = squeeze(normalizeText(doc.header.agency ?? ''));
  return /^(?:ỦY|UỶ) BAN NHÂN DÂN$|^HỘI ĐỒNG NHÂN DÂN$/u.test(parent) && /^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)(?!\p{L})/u.test(agency);
}

/** The first source line of the first appendix, or null. */
function firstAppendixLine(doc: PlanDocument): number | null {
  const lines = (doc.appendices ?? []).map((a) => a.source?.line).filter((l): l is number => l !== undefined);
  return lines.length > 0 ? Math.min(...lines) : null;
}

const cache = new WeakMap<PlanDocument, readonly ElementParagraph[]>();

/** Every paragraph of the document's formatting facts whose element is known, in reading order. */
export function elementParagraphs(doc: PlanDocument): readonly ElementParagraph[] {
  const cached = cache.get(doc);
  if (cached) {
    return cached;
  }
  const paragraphs = doc.formatting?.paragraphs ?? [];
  const byLine = new Map(paragraphs.map((p) => [p.index + 1, p] as const));
  const map = new Map<number, Element>();
  const source = doc.header.source ?? {};
  for (const field of HEADER_FIELDS) {
    const ref = source[field];
    if (ref) {
      map.set(ref.line, field === 'parentAgency' && wrappedAgency(doc) ? Element.AGENCY : field);
    }
  }
  addContinuations(map, byLine, Element.AGENCY, doc.header.agency, source.agency);
  addContinuations(map, byLine, Element.PARENT_AGENCY, doc.header.parentAgency, source.parentAgency);
  addContinuations(map, byLine, Element.SUMMARY, doc.header.summary, source.summary);
  doc.opening.forEach((b) => b.source && map.set(b.source.line, Element.OPENING));
  addBlocks(map, doc.body, doc.kind);
  // A Quyết định's căn cứ read into the body are its opening all the same (italic, khoản 6.a).
  if (doc.opening.length === 0) {
    openingParagraphs(doc).forEach((b) => b.source && map.set(b.source.line, Element.OPENING));
  }
  addBlocks(map, doc.closing, doc.kind);
  doc.signature?.sourceLines?.forEach((s) => map.set(s.line, Element.AUTHORITY));
  const name = doc.signature?.nameSource;
  if (name) {
    map.set(name.line, Element.SIGNER_NAME);
  }
  const heading = doc.recipients?.headingSource;
  if (heading) {
    map.set(heading.line, Element.RECIPIENTS_HEADING);
  }
  addRecipients(map, doc);
  const appendixStart = firstAppendixLine(doc);
  const out: ElementParagraph[] = [];
  for (const paragraph of paragraphs) {
    const element = map.get(paragraph.index + 1);
    // Cells of a data table (no left/right side) are table content, whose size the decree does not set.
    const inDataTable = paragraph.dataTable === true || (paragraph.container === 'table' && (paragraph.cell ?? null) === null && element === Element.BODY);
    // Appendices have their own layout (appendix.heading judges their heading lines).
    const inAppendix = appendixStart !== null && paragraph.index + 1 >= appendixStart;
    if (element && paragraph.text.trim() !== '' && !inDataTable && !inAppendix) {
      out.push({ paragraph, element });
    }
  }
  cache.set(doc, out);
  return out;
}
