/**
 * Rule and Finding: the checker's contract (docs/rules.md). A Finding mirrors VS Code's IMarkerData.
 */
import type { HeaderField, PlanDocument } from '../model/plan-document';
import type { Profile } from '../templates/profile';

export const Severity = { ERROR: 'error', WARNING: 'warning', INFO: 'info' } as const;
export type Severity = (typeof Severity)[keyof typeof Severity];

/** Rule groups, as the report groups them. */
export const RuleGroup = {
  HEADER: 'header',
  BODY: 'body',
  STRUCTURE: 'structure',
  CONTENT: 'content',
  SIGNATURE: 'signature',
  RECIPIENTS: 'recipients',
  APPENDIX: 'appendix',
  FORMAT: 'format',
} as const;
export type RuleGroup = (typeof RuleGroup)[keyof typeof RuleGroup];

/** The part of a document a finding points at. */
export type DocumentPart = 'header' | 'opening' | 'body' | 'closing' | 'signature' | 'recipients' | 'page';

export type FindingLocation = {
  readonly part: DocumentPart;
  /** 1-based line in the source file, when read from a file. */
  readonly line?: number;
  /** Block path of labels, "V.9" or "II.1.a". */
  readonly path?: string;
  readonly blockId?: string;
  readonly field?: HeaderField;
  /** Index of the recipient entry or signature line. */
  readonly index?: number;
  /** The text of the paragraph in question (format findings). */
  readonly text?: string;
};

/** An edit a quick fix applies to the document model. */
export type FixEdit =
  | { readonly kind: 'set-header'; readonly field: 'number' | 'symbol' | 'place' | 'summary' | 'nationalTitle' | 'motto' | 'docType' | 'agency'; readonly value: string }
  | { readonly kind: 'set-date'; readonly day: number | null; readonly month: number | null; readonly year: number | null }
  | { readonly kind: 'replace-in-block'; readonly blockId: string; readonly from: string; readonly to: string }
  | { readonly kind: 'renumber' }
  | { readonly kind: 'set-recipients'; readonly items: readonly { readonly text: string; readonly depth: 0 | 1 }[] }
  | { readonly kind: 'set-signature'; readonly onBehalfOf: string | null; readonly authority: 'KT.' | 'TL.' | 'TUQ.' | 'Q.' | null; readonly headTitle: string | null; readonly signerTitle: string | null; readonly name: string | null }
  | { readonly kind: 'add-section'; readonly sectionKey: string; readonly heading: string; readonly afterId: string | null }
  /** Changes one appendix's heading lines; null label / attachedLine mean computed from the model and the header. */
  | { readonly kind: 'set-appendix'; readonly appendixId: string; readonly label?: string | null; readonly title?: string; readonly attachedLine?: string | null }
  /** Every appendix label computed again ("Phụ lục I", "Phụ lục II" …). */
  | { readonly kind: 'renumber-appendices' };

export type QuickFix = {
  /** Vietnamese button text ("Sửa thành "tháng 5""). */
  readonly title: string;
  readonly edit: FixEdit;
};

export type Finding = {
  readonly rule: string;
  readonly severity: Severity;
  /** Vietnamese: what is wrong and how to fix it. */
  readonly message: string;
  /** The decree's place, "NĐ 30/2020, PL I, Phần I, Mục II, khoản 4". */
  readonly basis: string;
  readonly location: FindingLocation;
  readonly fix?: QuickFix;
};

export type RuleContext = {
  /** The profile the document is judged against (chosen or matched). */
  readonly profile: Profile | null;
};

/** One compliance rule: one module in rules/builtin, id = file name. */
export type Rule = {
  readonly id: string;
  readonly group: RuleGroup;
  /** The usual severity; a finding may carry a lower one (a blank draft number is info). */
  readonly severity: Severity;
  /** One-line Vietnamese title. */
  readonly title: string;
  readonly basis: string;
  /** Whether the rule can judge this document; false means "not evaluated" (e.g. no formatting facts). */
  readonly applies?: (doc: PlanDocument) => boolean;
  readonly check: (doc: PlanDocument, ctx: RuleContext) => readonly Finding[];
};
