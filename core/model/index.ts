export type {
  Block,
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
export type { Visited } from './walk';
export { blockText, deepText, findBlock, flattenBlocks, runsText, topSections, walkBlocks } from './walk';
export { computeLabels, displayLabel, labelFor, renumber } from './numbering';
export type { NumberedOptions } from './builders';
export { bullet, emptyHeader, emptyPlan, nextId, numbered, paragraph, resetIds, toRuns } from './builders';
export { SCHEMA_VERSION } from './schema-version';
export { planDocumentSchema } from './schema';
export { migrate } from './migrations';
export { parsePlan, serializePlan } from './serialize';
export { signatureLines } from './signature';
export { isBasisLine } from './opening';
export { cleanRecipientText, formatRecipientLines, isArchiveRecipient } from './recipients';
