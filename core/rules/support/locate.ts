/**
 * Finding locations: where in the document (part, source line, block path, header field) a finding points.
 */
import type { HeaderField, PlanDocument } from '../../model/plan-document';
import type { DocumentPart, FindingLocation } from '../types';
import type { IndexedBlock } from './doc-index';

/** A header field, with its source line when the document was read from a file. */
export function headerLocation(doc: PlanDocument, field: HeaderField): FindingLocation {
  const line = doc.header.source?.[field]?.line;
  return line === undefined ? { part: 'header', field } : { part: 'header', field, line };
}

/** A body block: its path ("V.9"), id and source line. */
export function blockLocation(entry: IndexedBlock, part: DocumentPart = 'body'): FindingLocation {
  const location: { -readonly [K in keyof FindingLocation]: FindingLocation[K] } = { part, blockId: entry.block.id };
  if (entry.path !== '') {
    location.path = entry.path;
  }
  if (entry.block.source) {
    location.line = entry.block.source.line;
  }
  return location;
}

/** A part as a whole, optionally at a line and an index (recipient entry, signature line). */
export function partLocation(part: DocumentPart, line?: number, index?: number): FindingLocation {
  const base: FindingLocation = line === undefined ? { part } : { part, line };
  return index === undefined ? base : { ...base, index };
}

/** The line of the signer block (first source line), if known. */
export function signatureLine(doc: PlanDocument): number | undefined {
  return doc.signature?.sourceLines?.[0]?.line ?? doc.signature?.nameSource?.line;
}

/** The line of "Nơi nhận:", or of its first entry, if known. */
export function recipientsLine(doc: PlanDocument): number | undefined {
  return doc.recipients?.headingSource?.line ?? doc.recipients?.items[0]?.source?.line;
}
