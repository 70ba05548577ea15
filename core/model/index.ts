export type {
  Appendix,
  Block,
  CellParagraph,
  Orientation,
  ParentBlock,
  TableBlock,
  TableCell,
  TableRole,
  TableRow,
  BulletBlock,
  Header,
  HeaderField,
  NumberedBlock,
  ParagraphBlock,
  PlanDate,
  PlanDocument,
  PlanMeta,
  Recipient,
  Recipients,
  Run,
  Signature,
  SourceRef,
} from './plan-document';
export { AuthorityPrefix, DocKind, Issuer, NumberLevel } from './plan-document';
export type { FormattingFacts, HeaderFooterFacts, PageFacts, ParagraphFacts, RunFacts } from './formatting';
export { allTables, blockText, cellText, childBlocks, deepText, tableText, findBlock, flattenBlocks, runsText, topSections, walkBlocks } from './walk';
export { computeLabels, displayLabel, labelFor, renumber } from './numbering';
export { appendix, bullet, emptyHeader, emptyPlan, nextId, numbered, paragraph, resetIds, table, toRuns } from './builders';
export { parsePlan, serializePlan } from './serialize';
export { cleanRecipientText, formatAddresseeLines, formatRecipientLines, isArchiveRecipient, KINH_GUI, recipientEntries, stripRecipientMarker } from './recipients';
export { agencyInSentence, appendixLabel, attachedLine, computedAppendixLabel, derivedAttachedLine, typeNameInSentence } from './appendix';
export { kindName, kindNameOf, TYPED_KINDS, typeNameOf } from './kinds';
export { MOTTO, NATIONAL_TITLE } from './national-motto';
export type { Visited } from './walk';
export type { NumberedOptions } from './builders';
export { SCHEMA_VERSION } from './schema-version';
export { planDocumentSchema } from './schema';
export { migrate } from './migrations';
export { signatureLines } from './signature';
export { isBasisLine } from './opening';
export type { DataTableFacts } from './formatting';
export type { FindMatch, FindOptions } from './find';
export type { SignerPreset } from './issuer-switch';
export { applyTaskTable } from './task-table';
export { appendixLabelChanges, relabelAppendixReferences } from './appendix-references';
export type { AppendixLabelChange } from './appendix-references';
export { dropChars, makeRun, mergeRuns, pushRun } from './runs';
export { findInDocument, findPlaceholders, nextMatchAfter, replaceMatches } from './find';
export { signerPresets, switchIssuer } from './issuer-switch';
