/**
 * One document from its logical lines: header, opening, body, closing, signer and recipients, plus
 * what was inferred. Returns null when nothing in the lines looks like an administrative document.
 */
import type { IdGenerator } from '../../base/ids';
import type { Block, PlanDocument } from '../../model/plan-document';
import { SCHEMA_VERSION } from '../../model/schema-version';
import { blockText, runsText } from '../../model/walk';
import type { Para } from './import-line';
import { inferIssuer, inferKind, topLevelSections } from './infer';
import { readAppendices } from './read-appendix';
import { readBody } from './read-body';
import { readFooter } from './read-footer';
import { readHeader } from './read-header';

/** Where the document was read from. */
export type ImportOrigin = 'txt' | 'docx';

function hasHeaderField(doc: PlanDocument): boolean {
  const h = doc.header;
  return [h.nationalTitle, h.motto, h.agency, h.number, h.date, h.docType, h.summary].some((v) => v !== null) || h.addressees.length > 0;
}

function hasNumbered(blocks: readonly Block[]): boolean {
  return blocks.some((b) => b.kind === 'numbered' || (b.kind === 'bullet' && hasNumbered(b.children)));
}

function recognizable(doc: PlanDocument): boolean {
  return hasHeaderField(doc) || hasNumbered(doc.body) || doc.signature !== null || doc.recipients !== null || doc.appendices.length > 0;
}

/** Reads one document; null when the lines hold nothing recognizable. */
export function readDocument(paras: readonly Para[], ids: IdGenerator, origin: ImportOrigin): PlanDocument | null {
  const head = readHeader(paras);
  const mid = readBody(paras, head.next, head.stray, ids);
  const foot = readFooter(paras, mid.next);
  const appendices = readAppendices(paras, foot.next, ids);
  const strayBlocks: Block[] = foot.stray.map((p) => ({ kind: 'paragraph', id: ids(), runs: p.runs, source: p.source }));
  const openingText = mid.opening.map((p) => runsText(p.runs)).join('\n');
  const inferred: string[] = [];
  // An appendix's "(Kèm theo … của Chủ tịch UBND tỉnh)" line is read by the rules (resolveIssuer), not stored.
  const issuer = inferIssuer(openingText);
  if (issuer) {
    inferred.push('issuer');
  }
  let kind = head.kind;
  if (kind === null) {
    const closingText = mid.closing.map((p) => runsText(p.runs));
    const bodyText = [openingText, ...mid.body.slice(0, 3).map((b) => blockText(b)), ...closingText].join('\n');
    kind = head.congVan ? 'cong-van' : (inferKind(bodyText, head.header.symbol) ?? 'khac');
    inferred.push('kind');
  }
  const doc: PlanDocument = {
    kind,
    header: { ...head.header, issuer },
    opening: mid.opening,
    body: topLevelSections(kind, [...mid.body, ...strayBlocks]),
    closing: mid.closing,
    endsWithMark: mid.endsWithMark,
    signature: foot.signature,
    recipients: foot.recipients,
    appendices,
    meta: { schemaVersion: SCHEMA_VERSION, templateId: null, profileId: null, inferred, origin },
  };
  return recognizable(doc) ? doc : null;
}
