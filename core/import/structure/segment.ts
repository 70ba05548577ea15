/**
 * Splits a text holding several documents in a row (a công văn, then the Kế hoạch it sends).
 * A new document starts where a letterhead or type name appears after a signer block or Nơi nhận.
 */
import { appendixLabel, isAttachedLine } from './appendix-lines';
import { isPersonName, isSignedNote, isSignerTitle, LineKind } from './classify';
import type { Para } from './import-line';

const LETTERHEAD: ReadonlySet<LineKind> = new Set<LineKind>([
  LineKind.NATIONAL_TITLE, LineKind.MOTTO, LineKind.NUMBER, LineKind.DOC_TYPE,
]);
const BODY: ReadonlySet<LineKind> = new Set<LineKind>([LineKind.NUMBERED, LineKind.BULLET, LineKind.CLOSING]);

/** True when the line opens a signer block or a Nơi nhận list. */
export function opensFooter(paras: readonly Para[], i: number): boolean {
  const p = paras[i];
  if (!p) {
    return false;
  }
  if (p.kind === LineKind.RECIPIENTS || p.kind === LineKind.AUTHORITY) {
    return true;
  }
  if (p.kind !== LineKind.CAPS || !isSignerTitle(p.text)) {
    return false;
  }
  const next = paras[i + 1];
  return !next || isPersonName(next.text) || isSignedNote(next.text) || next.kind === LineKind.CAPS || next.kind === LineKind.RECIPIENTS;
}

/** Moves a document start back over the agency lines that precede its letterhead. */
function backUp(paras: readonly Para[], at: number, floor: number): number {
  let start = at;
  while (start - 1 > floor) {
    const prev = paras[start - 1] as Para;
    const agencyLine = prev.kind === LineKind.CAPS && !isSignerTitle(prev.text);
    if (!agencyLine && prev.kind !== LineKind.SEPARATOR) {
      break;
    }
    start -= 1;
  }
  return start;
}

/** A type name that heads an appendix: "(Kèm theo …)" follows within a few title lines. */
function headsAppendix(paras: readonly Para[], i: number): boolean {
  for (let j = i + 1; j < paras.length && j <= i + 4; j += 1) {
    const q = paras[j] as Para;
    if (isAttachedLine(q.text)) {
      return true;
    }
    if (q.kind !== LineKind.CAPS && q.kind !== LineKind.TEXT) {
      return false;
    }
  }
  return false;
}

/** Lines that start a new document even inside an appendix: a Quốc hiệu, a Tiêu ngữ, a "Số:" line. */
const OWN_LETTERHEAD: ReadonlySet<LineKind> = new Set<LineKind>([LineKind.NATIONAL_TITLE, LineKind.MOTTO, LineKind.NUMBER]);

/** The logical lines of each document, in order. */
export function segmentDocuments(paras: readonly Para[]): Para[][] {
  const starts = [0];
  let footer = false;
  let body = false;
  // Inside the phụ lục after a signer block: their headings ("BÁO CÁO", "DANH MỤC …") start no document.
  let appendix = false;
  const seen = new Set<LineKind>();
  paras.forEach((p, i) => {
    const last = starts[starts.length - 1] ?? 0;
    if (footer && !appendix && p.cell === null && (appendixLabel(p.text) || isAttachedLine(p.text) || (p.kind === LineKind.DOC_TYPE && headsAppendix(paras, i)))) {
      appendix = true;
    }
    const splits = appendix ? OWN_LETTERHEAD.has(p.kind) : LETTERHEAD.has(p.kind);
    if (splits && i > last && (footer || (body && seen.has(p.kind)))) {
      const start = backUp(paras, i, last);
      starts.push(start);
      footer = false;
      body = false;
      appendix = false;
      seen.clear();
    }
    seen.add(p.kind);
    footer = footer || opensFooter(paras, i);
    body = body || BODY.has(p.kind);
  });
  return starts.map((start, k) => paras.slice(start, starts[k + 1] ?? paras.length));
}
