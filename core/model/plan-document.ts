import type { FormattingFacts } from './formatting';

/**
 * PlanDocument: the single source of truth for a plan (Kế hoạch) or a công văn.
 * Plain readonly data; numbering labels are kept as read from files, or null to be computed.
 */

/** The document kinds the app knows. Code names follow PRODUCT.md. */
export const DocKind = {
  KE_HOACH: 'ke-hoach',
  CONG_VAN: 'cong-van',
  BAO_CAO: 'bao-cao',
  QUYET_DINH: 'quyet-dinh',
  TO_TRINH: 'to-trinh',
  THONG_BAO: 'thong-bao',
  CHUONG_TRINH: 'chuong-trinh',
  KHAC: 'khac',
} as const;
export type DocKind = (typeof DocKind)[keyof typeof DocKind];

/** Where a piece of a document came from in its source file (1-based line). */
export type SourceRef = {
  readonly line: number;
  readonly text: string;
};

/** A run of text with emphasis. */
export type Run = {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
};

/** Numbered levels of a Kế hoạch body (PL I, Mục II, khoản 6.đ; Mục V variant b). */
export const NumberLevel = {
  /** "Phần I" */
  PART: 'part',
  /** "I." */
  SECTION: 'section',
  /** "1." */
  ITEM: 'item',
  /** "a)" */
  POINT: 'point',
} as const;
export type NumberLevel = (typeof NumberLevel)[keyof typeof NumberLevel];

/** A numbered block: "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "a) Tổ chức …". */
export type NumberedBlock = {
  readonly kind: 'numbered';
  readonly id: string;
  readonly level: NumberLevel;
  /** The marker as read ("9.", "đ)", "Phần I"); null means computed from the tree. */
  readonly label: string | null;
  /** True when the text is a title on its own line (bold); false for a numbered paragraph. */
  readonly titled: boolean;
  readonly runs: readonly Run[];
  readonly children: readonly Block[];
  /** The template section this heading fills (section level only). */
  readonly sectionKey?: string;
  readonly source?: SourceRef;
};

/** A "-" or "+" item. */
export type BulletBlock = {
  readonly kind: 'bullet';
  readonly id: string;
  readonly marker: '-' | '+';
  readonly runs: readonly Run[];
  readonly children: readonly Block[];
  readonly source?: SourceRef;
};

/** A plain body paragraph. */
export type ParagraphBlock = {
  readonly kind: 'paragraph';
  readonly id: string;
  readonly runs: readonly Run[];
  /** Drafter guidance shown as placeholder in the editor; never exported as content. */
  readonly placeholder?: boolean;
  readonly source?: SourceRef;
};

export type Block = NumberedBlock | BulletBlock | ParagraphBlock;

/** A date as parts; any part may be blank in a draft. */
export type PlanDate = {
  readonly day: number | null;
  readonly month: number | null;
  readonly year: number | null;
};

/** Who issues the document: the collective (UBND) or its head personally (Chủ tịch). */
export const Issuer = {
  COLLECTIVE: 'collective',
  HEAD: 'head',
} as const;
export type Issuer = (typeof Issuer)[keyof typeof Issuer];

/** Header fields. Null means absent; "" means present but blank (a draft). */
export type Header = {
  readonly nationalTitle: string | null;
  readonly motto: string | null;
  /** Supervising body lines (cơ quan chủ quản), joined with "\n". */
  readonly parentAgency: string | null;
  /** Issuing body lines, joined with "\n" ("ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG"). */
  readonly agency: string | null;
  /** The number ("859", "05"); "" when left blank for the văn thư. */
  readonly number: string | null;
  /** The ký hiệu ("KH-UBND"). */
  readonly symbol: string | null;
  readonly place: string | null;
  readonly date: PlanDate | null;
  /** Type name line ("KẾ HOẠCH"); null for a công văn. */
  readonly docType: string | null;
  /** Trích yếu; for a công văn the text after "V/v ". */
  readonly summary: string | null;
  /** Kính gửi entries (công văn). */
  readonly addressees: readonly string[];
  readonly issuer: Issuer | null;
  /** Raw source lines of header fields, for the checker. */
  readonly source?: Readonly<Partial<Record<HeaderField, SourceRef>>>;
};

export type HeaderField =
  | 'nationalTitle'
  | 'motto'
  | 'parentAgency'
  | 'agency'
  | 'number'
  | 'place'
  | 'date'
  | 'docType'
  | 'summary'
  | 'addressees';

/** Signing authority prefixes (PL I, Mục II, khoản 7.b). */
export const AuthorityPrefix = {
  KT: 'KT.',
  TL: 'TL.',
  TUQ: 'TUQ.',
  Q: 'Q.',
} as const;
export type AuthorityPrefix = (typeof AuthorityPrefix)[keyof typeof AuthorityPrefix];

/**
 * The signer block. Lines are derived: ["TM. " + onBehalfOf], [authority + " " + headTitle], signerTitle.
 */
export type Signature = {
  /** Collective signed for with "TM." ("ỦY BAN NHÂN DÂN"), or null. */
  readonly onBehalfOf: string | null;
  readonly authority: AuthorityPrefix | null;
  /** The head's title after the authority prefix ("CHỦ TỊCH"). */
  readonly headTitle: string | null;
  /** The signer's own title ("PHÓ CHỦ TỊCH"). */
  readonly signerTitle: string | null;
  readonly name: string | null;
  /** The lines as read, for the checker. */
  readonly sourceLines?: readonly SourceRef[];
  readonly nameSource?: SourceRef;
};

/** One Nơi nhận entry, without its "-" marker and end punctuation. */
export type Recipient = {
  readonly text: string;
  /** 0 for "-", 1 for a nested "+" entry. */
  readonly depth: 0 | 1;
  readonly source?: SourceRef;
};

export type Recipients = {
  readonly items: readonly Recipient[];
  readonly headingSource?: SourceRef;
};

export type PlanMeta = {
  readonly schemaVersion: number;
  readonly templateId: string | null;
  readonly profileId: string | null;
  /** Fields deduced rather than read ("issuer", "kind"). */
  readonly inferred: readonly string[];
  /** How the document was made: by the app, or read from a text or Word file. */
  readonly origin: 'app' | 'txt' | 'docx';
};

export type PlanDocument = {
  readonly kind: DocKind;
  readonly header: Header;
  /** Căn cứ / Thực hiện lines, and the sentence that introduces the body. */
  readonly opening: readonly ParagraphBlock[];
  readonly body: readonly Block[];
  /** Closing paragraphs after the body ("Trên đây là …"), when recognized. */
  readonly closing: readonly ParagraphBlock[];
  /** Whether the body ends with "./.". Export always adds it. */
  readonly endsWithMark: boolean;
  readonly signature: Signature | null;
  readonly recipients: Recipients | null;
  readonly meta: PlanMeta;
  /** Formatting facts of an imported Word file; absent for text and app documents. */
  readonly formatting?: FormattingFacts;
};
