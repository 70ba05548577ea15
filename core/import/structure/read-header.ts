/**
 * The header of one document: letterhead (agencies, Quốc hiệu, Tiêu ngữ, Số, place and date), the
 * type name with its trích yếu, and for a công văn "V/v …" and "Kính gửi:". Stops at the first body line.
 */
import { emptyHeader } from '../../model/builders';
import type { DocKind, Header, HeaderField, SourceRef } from '../../model/plan-document';
import { classify, docTypeKind, isSignerTitle, LineKind } from './classify';
import { joinField, readDateLine, readNumberLine, splitAgencyLines } from './header-fields';
import type { Para } from './import-line';
import { readAddressees, readSummaryLines, readVvLines } from './header-lists';

type MutableHeader = { -readonly [K in keyof Header]: Header[K] };

/** What the header reader found, and where the body begins. */
export type HeaderRead = {
  readonly header: Header;
  /** Kind named by the type-name line, or null. */
  readonly kind: DocKind | null;
  /** True when a "V/v" line or "Kính gửi" was read (a công văn). */
  readonly congVan: boolean;
  /** Unrecognized lines met before the type name: kept, to go first into the opening. */
  readonly stray: readonly Para[];
  readonly next: number;
};

type HeaderDraft = {
  readonly h: MutableHeader;
  readonly source: Partial<Record<HeaderField, SourceRef>>;
  readonly agencyLines: Para[];
  readonly stray: Para[];
  kind: DocKind | null;
  congVan: boolean;
  /** Index of the "Kính gửi:" line, once read. */
  kinhGui: number | null;
  set<K extends HeaderField>(field: K, value: MutableHeader[K], source: SourceRef): void;
};

function newDraft(): HeaderDraft {
  const h: MutableHeader = { ...emptyHeader() };
  const source: Partial<Record<HeaderField, SourceRef>> = {};
  const set = <K extends HeaderField>(field: K, value: MutableHeader[K], ref: SourceRef): void => {
    h[field] = value;
    source[field] = ref;
  };
  return { h, source, agencyLines: [], stray: [], kind: null, congVan: false, kinhGui: null, set };
}

function setOnce(d: HeaderDraft, field: 'nationalTitle' | 'motto', p: Para, i: number): number {
  if (d.h[field] !== null) {
    return -1;
  }
  d.set(field, p.text, p.source);
  return i + 1;
}

function docTypeAhead(paras: readonly Para[], i: number): boolean {
  return paras.slice(i + 1, i + 4).some((p) => p.kind === LineKind.DOC_TYPE);
}

const LETTERHEAD: ReadonlySet<LineKind> = new Set<LineKind>([
  LineKind.NATIONAL_TITLE, LineKind.MOTTO, LineKind.NUMBER, LineKind.DATE, LineKind.DOC_TYPE, LineKind.VV,
]);

/** Caps lines are an agency only next to a letterhead: a lone "PHỤ LỤC" or heading is body text. */
function letterheadNear(paras: readonly Para[], i: number, d: HeaderDraft): boolean {
  const found = d.h.number !== null || d.h.nationalTitle !== null || d.h.motto !== null || d.h.date !== null;
  return found || paras.slice(i + 1, i + 7).some((p) => LETTERHEAD.has(p.kind));
}

/** Reads one line (or a run of lines) into the draft; returns the next index, or -1 when the header ends. */
function step(paras: readonly Para[], i: number, d: HeaderDraft): number {
  const p = paras[i] as Para;
  switch (p.kind) {
    case LineKind.SEPARATOR:
      return i + 1;
    case LineKind.NATIONAL_TITLE:
      return setOnce(d, 'nationalTitle', p, i);
    case LineKind.MOTTO:
      return setOnce(d, 'motto', p, i);
    case LineKind.NUMBER:
      return d.h.number === null ? readNumber(p, i, d) : -1;
    case LineKind.DATE:
      return d.source.date ? -1 : readDate(p, i, d);
    case LineKind.DOC_TYPE:
      return d.h.docType === null ? readDocType(paras, i, d) : -1;
    case LineKind.VV:
      return d.h.summary === null ? readVv(paras, i, d) : -1;
    case LineKind.KINH_GUI:
      return d.source.addressees ? -1 : readKinhGui(paras, i, d);
    case LineKind.CAPS:
      return readCaps(paras, i, d);
    case LineKind.TABLE:
      // A data table is body content: the header ends before it.
      return -1;
    default:
      if (addresseesAwaited(d) && (p.kind === LineKind.BULLET || p.kind === LineKind.TEXT) && d.kinhGui !== null) {
        // "Kính gửi:" read with no name yet, its list further down (beside it on the page): read it here.
        const read = readAddressees(paras, d.kinhGui, i);
        if (read.names.length > 0) {
          d.set('addressees', read.names, read.source);
          return read.next;
        }
      }
      if (d.h.docType === null && d.h.summary === null && docTypeAhead(paras, i)) {
        d.stray.push(p);
        return i + 1;
      }
      return -1;
  }
}

function readNumber(p: Para, i: number, d: HeaderDraft): number {
  const { number, symbol } = readNumberLine(p.text);
  d.set('number', number, p.source);
  d.h.symbol = symbol;
  return i + 1;
}

function readDate(p: Para, i: number, d: HeaderDraft): number {
  const read = readDateLine(p.text);
  d.set('date', read?.date ?? null, p.source);
  d.set('place', read?.place ?? null, p.source);
  return i + 1;
}

function readDocType(paras: readonly Para[], i: number, d: HeaderDraft): number {
  const p = paras[i] as Para;
  d.set('docType', p.text, p.source);
  d.kind = docTypeKind(p.text);
  const summary = d.h.summary === null ? readSummaryLines(paras, i + 1) : [];
  if (summary.length > 0) {
    const { value, source } = joinField(summary, ' ');
    d.set('summary', value, source);
  }
  return i + 1 + summary.length;
}

function readVv(paras: readonly Para[], i: number, d: HeaderDraft): number {
  const lines = readVvLines(paras, i);
  const { value, source } = joinField(lines, ' ');
  d.set('summary', value.replace(/^V\/v\s*[:.]?\s*/iu, ''), source);
  d.congVan = true;
  return i + lines.length;
}

/** A "Kính gửi:" line was read with no addressee after it. */
function addresseesAwaited(d: HeaderDraft): boolean {
  return d.source.addressees !== undefined && d.h.addressees.length === 0;
}

function readKinhGui(paras: readonly Para[], i: number, d: HeaderDraft): number {
  const read = readAddressees(paras, i);
  d.kinhGui = i;
  d.set('addressees', read.names, read.source);
  d.congVan = true;
  return read.next;
}

function readCaps(paras: readonly Para[], i: number, d: HeaderDraft): number {
  const p = paras[i] as Para;
  const next = paras[i + 1];
  if (next && classify(`${p.text} ${next.text}`) === LineKind.NATIONAL_TITLE && d.h.nationalTitle === null) {
    const { value, source } = joinField([p, next], ' ');
    d.set('nationalTitle', value, source);
    return i + 2;
  }
  // A "V/v" text box that Word anchored above the letterhead is read first: the agency lines still follow it.
  const noLetterhead = d.h.number === null && d.h.nationalTitle === null && d.h.motto === null && d.h.date === null;
  const beforeTitle = d.h.docType === null && (d.h.summary === null || (d.congVan && noLetterhead && d.source.addressees === undefined));
  if (beforeTitle && !isSignerTitle(p.text) && p.cell !== 'right' && letterheadNear(paras, i, d)) {
    d.agencyLines.push(p);
    return i + 1;
  }
  return -1;
}

function finishAgency(d: HeaderDraft): void {
  const { parent, agency } = splitAgencyLines(d.agencyLines);
  if (parent.length > 0) {
    const { value, source } = joinField(parent, '\n');
    d.set('parentAgency', value, source);
  }
  if (agency.length > 0) {
    const { value, source } = joinField(agency, '\n');
    d.set('agency', value, source);
  }
}

/** Reads the header from the start of a document's lines. */
export function readHeader(paras: readonly Para[]): HeaderRead {
  const d = newDraft();
  let i = 0;
  while (i < paras.length) {
    const next = step(paras, i, d);
    if (next < 0) {
      break;
    }
    i = next;
  }
  finishAgency(d);
  const hasSource = Object.keys(d.source).length > 0;
  const header: Header = hasSource ? { ...d.h, source: d.source } : d.h;
  return { header, kind: d.kind, congVan: d.congVan, stray: d.stray, next: i };
}
