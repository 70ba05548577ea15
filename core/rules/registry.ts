/**
 * The registry: every built-in rule, in catalogue order (docs/rules.md). The format.* rules come from
 * their own folder. Rule ids are stable.
 */
import { FORMAT_RULES } from './builtin/format/index';
import { appendixHeading } from './builtin/appendix-heading';
import { appendixNumbering } from './builtin/appendix-numbering';
import { appendixPageNumber } from './builtin/appendix-page-number';
import { appendixReference } from './builtin/appendix-reference';
import { bodyBasis } from './builtin/body-basis';
import { bodyCitation } from './builtin/body-citation';
import { bodyEnding } from './builtin/body-ending';
import { bodyPlaceholder } from './builtin/body-placeholder';
import { contentFundingSource } from './builtin/content-funding-source';
import { contentLeadAgency } from './builtin/content-lead-agency';
import { contentReportDeadline } from './builtin/content-report-deadline';
import { dateLeadingZero } from './builtin/date-leading-zero';
import { dateValid } from './builtin/date-valid';
import { headerAgency } from './builtin/header-agency';
import { headerDocType } from './builtin/header-doc-type';
import { headerDocTypeCode } from './builtin/header-doc-type-code';
import { headerNationalMotto } from './builtin/header-national-motto';
import { headerNumber } from './builtin/header-number';
import { headerPlaceDate } from './builtin/header-place-date';
import { headerSummary } from './builtin/header-summary';
import { layoutHeadingLastLine } from './builtin/layout-heading-last-line';
import { layoutSignerAlone } from './builtin/layout-signer-alone';
import { recipientsArchive } from './builtin/recipients-archive';
import { recipientsCoversAssignees } from './builtin/recipients-covers-assignees';
import { recipientsFirstAsAbove } from './builtin/recipients-first-as-above';
import { recipientsItemFormat } from './builtin/recipients-item-format';
import { recipientsPresent } from './builtin/recipients-present';
import { signatureAuthority } from './builtin/signature-authority';
import { signatureCase } from './builtin/signature-case';
import { signatureName } from './builtin/signature-name';
import { signaturePresent } from './builtin/signature-present';
import { structureEmptySection } from './builtin/structure-empty-section';
import { structureNumbering } from './builtin/structure-numbering';
import { structureRequiredSection } from './builtin/structure-required-section';
import { structureSectionOrder } from './builtin/structure-section-order';
import { structureSubsection } from './builtin/structure-subsection';
import { tableTaskColumns } from './builtin/table-task-columns';
import type { Rule } from './types';

/** The content rules (everything but format.*), in catalogue order. */
export const CONTENT_RULES: readonly Rule[] = [
  headerNationalMotto,
  headerAgency,
  headerNumber,
  headerDocTypeCode,
  headerPlaceDate,
  dateLeadingZero,
  dateValid,
  headerDocType,
  headerSummary,
  bodyBasis,
  bodyCitation,
  structureRequiredSection,
  structureSectionOrder,
  structureNumbering,
  structureEmptySection,
  structureSubsection,
  contentLeadAgency,
  contentFundingSource,
  contentReportDeadline,
  bodyEnding,
  bodyPlaceholder,
  signaturePresent,
  signatureAuthority,
  signatureName,
  signatureCase,
  recipientsPresent,
  recipientsItemFormat,
  recipientsArchive,
  recipientsFirstAsAbove,
  recipientsCoversAssignees,
  appendixReference,
  appendixNumbering,
  appendixHeading,
  appendixPageNumber,
  tableTaskColumns,
  layoutSignerAlone,
  layoutHeadingLastLine,
];

/** Every rule the checker runs, in catalogue order. */
export const RULES: readonly Rule[] = [...CONTENT_RULES, ...FORMAT_RULES];
