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

/** One paragraph of a table cell. */
export type CellParagraph = {
  readonly runs: readonly Run[];
  /** Alignment as read or set; null is the table's default (left for text, centred for header rows). */
  readonly align?: 'left' | 'center' | 'right' | 'justify' | null;
};

/**
 * A table cell. Merged cells follow the HTML model: the first cell of a merge carries colSpan/rowSpan,
 * the cells it covers are left out of the following rows.
 */
export type TableCell = {
  readonly paragraphs: readonly CellParagraph[];
  readonly colSpan?: number;
  readonly rowSpan?: number;
};

export type TableRow = {
  readonly cells: readonly TableCell[];
};

/** What a table is for, when the app knows (the task-assignment table it generates). */
export type TableRole = 'task-assignment';

/** A data table in the body, a section or an appendix (layout tables of Word files are not blocks). */
export type TableBlock = {
  readonly kind: 'table';
  readonly id: string;
  readonly rows: readonly TableRow[];
  /** How many leading rows are header rows (bold, repeated on each page). */
  readonly headerRows: number;
  /** Relative column widths (twips as read from Word, or any unit): scaled to the text width on export. Empty: equal. */
  readonly columnWidths: readonly number[];
  readonly role?: TableRole;
  readonly source?: SourceRef;
};

export type Block = NumberedBlock | BulletBlock | ParagraphBlock | TableBlock;

/** Blocks that hold child blocks. */
export type ParentBlock = NumberedBlock | BulletBlock;

export type Orientation = 'portrait' | 'landscape';

/**
 * A phụ lục after the signer block (PL I, Phần I, Mục III, khoản 1): its own section of pages, with the
 * label line ("Phụ lục I"), a title in capitals and the "(Kèm theo …)" line.
 */
export type Appendix = {
  readonly id: string;
  /** The label as read ("Phụ lục II", "PHỤ LỤC", "Biểu 01"); null means computed ("Phụ lục" + Roman numeral when there are two or more). */
  readonly label: string | null;
  /** The title lines, joined with "\n" ("DANH MỤC NHIỆM VỤ …"). */
  readonly title: string;
  /** The "(Kèm theo …)" line as read; null means derived from the header (number, date, issuer) on export. */
  readonly attachedLine: string | null;
  readonly orientation: Orientation;
  readonly blocks: readonly Block[];
  readonly role?: TableRole;
  readonly source?: SourceRef;
};

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
  /**
   * Every authority and title line top to bottom, when the block is a chain the fields above cannot hold
   * ("TL. CHỦ TỊCH" / "KT. CHÁNH VĂN PHÒNG" / "PHÓ CHÁNH VĂN PHÒNG"). When present and not empty it is what
   * signatureLines() gives (shown, checked and exported); the fields above then hold the best reading they can.
   */
  readonly chain?: readonly string[];
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
  /** Phụ lục after the signer block, in order. */
  readonly appendices: readonly Appendix[];
  readonly meta: PlanMeta;
  /** Formatting facts of an imported Word file; absent for text and app documents. */
  readonly formatting?: FormattingFacts;
};
