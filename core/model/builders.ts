/**
 * Small declarative factories for PlanDocument parts.
 */
import { createIdGenerator, type IdGenerator } from '../base/ids';
import type {
  Appendix,
  Block,
  Orientation,
  TableBlock,
  TableRole,
  BulletBlock,
  DocKind,
  Header,
  NumberLevel,
  NumberedBlock,
  ParagraphBlock,
  PlanDocument,
  Run,
} from './plan-document';
import { SCHEMA_VERSION } from './schema-version';

let defaultIds: IdGenerator = createIdGenerator('b');

/** Resets the default id generator (tests and goldens). */
export function resetIds(prefix = 'b'): void {
  defaultIds = createIdGenerator(prefix);
}

/** The id generator used by the factories. */
export function nextId(): string {
  return defaultIds();
}

/** Runs from text, or passes runs through. */
export function toRuns(content: string | readonly Run[]): readonly Run[] {
  return typeof content === 'string' ? (content === '' ? [] : [{ text: content }]) : content;
}

export type NumberedOptions = {
  readonly level: NumberLevel;
  readonly text: string | readonly Run[];
  readonly children?: readonly Block[];
  readonly label?: string | null;
  readonly titled?: boolean;
  readonly sectionKey?: string;
  readonly id?: string;
};

/** A numbered block. */
export function numbered(options: NumberedOptions): NumberedBlock {
  const block: NumberedBlock = {
    kind: 'numbered',
    id: options.id ?? nextId(),
    level: options.level,
    label: options.label ?? null,
    titled: options.titled ?? true,
    runs: toRuns(options.text),
    children: options.children ?? [],
  };
  return options.sectionKey ? { ...block, sectionKey: options.sectionKey } : block;
}

/** A "-" or "+" item. */
export function bullet(text: string | readonly Run[], children: readonly Block[] = [], marker: '-' | '+' = '-'): BulletBlock {
  return { kind: 'bullet', id: nextId(), marker, runs: toRuns(text), children };
}

/** A paragraph. */
export function paragraph(text: string | readonly Run[], options: { placeholder?: boolean; id?: string } = {}): ParagraphBlock {
  const block: ParagraphBlock = { kind: 'paragraph', id: options.id ?? nextId(), runs: toRuns(text) };
  return options.placeholder ? { ...block, placeholder: true } : block;
}

/** A table from cell texts (a cell's "\n" separates its paragraphs); the first headerRows rows are header rows. */
export function table(
  rows: readonly (readonly string[])[],
  options: { headerRows?: number; columnWidths?: readonly number[]; role?: TableRole; id?: string } = {},
): TableBlock {
  const block: TableBlock = {
    kind: 'table',
    id: options.id ?? nextId(),
    rows: rows.map((cells) => ({ cells: cells.map((text) => ({ paragraphs: text.split('\n').map((t) => ({ runs: toRuns(t) })) })) })),
    headerRows: options.headerRows ?? (rows.length > 1 ? 1 : 0),
    columnWidths: options.columnWidths ?? [],
  };
  return options.role ? { ...block, role: options.role } : block;
}

/** An appendix; label and "Kèm theo" line null are computed on export. */
export function appendix(options: {
  title: string;
  blocks?: readonly Block[];
  orientation?: Orientation;
  label?: string | null;
  attachedLine?: string | null;
  role?: TableRole;
  id?: string;
}): Appendix {
  const a: Appendix = {
    id: options.id ?? nextId(),
    label: options.label ?? null,
    title: options.title,
    attachedLine: options.attachedLine ?? null,
    orientation: options.orientation ?? 'portrait',
    blocks: options.blocks ?? [],
  };
  return options.role ? { ...a, role: options.role } : a;
}

/** A header with every field absent. */
export function emptyHeader(): Header {
  return {
    nationalTitle: null,
    motto: null,
    parentAgency: null,
    agency: null,
    number: null,
    symbol: null,
    place: null,
    date: null,
    docType: null,
    summary: null,
    addressees: [],
    issuer: null,
  };
}

/** A document with nothing in it, of the given kind. */
export function emptyPlan(kind: DocKind, origin: PlanDocument['meta']['origin'] = 'app'): PlanDocument {
  return {
    kind,
    header: emptyHeader(),
    opening: [],
    body: [],
    closing: [],
    endsWithMark: false,
    signature: null,
    recipients: null,
    appendices: [],
    meta: { schemaVersion: SCHEMA_VERSION, templateId: null, profileId: null, inferred: [], origin },
  };
}
