/**
 * Lines that open or head a phụ lục (NĐ 30/2020, PL I, Phần I, Mục III, khoản 1): the label ("PHỤ LỤC",
 * "Phụ lục II", "Biểu số 01"), the title in capitals, the "(Kèm theo …)" line. Judged from one line and its
 * neighbours; where the appendices begin is decided by the footer reader, which knows the signer block.
 */
import { isCaps, isPersonName, isSignerTitle, isSignerTitleAnyCase, LineKind } from './classify';
import type { Para } from './import-line';

const LABEL =
  /^((?:PHỤ LỤC|Phụ lục|Phụ Lục|PHỤ BIỂU|Phụ biểu|BIỂU MẪU|Biểu mẫu|Biểu Mẫu|BIỂU|Biểu|(?:MẪU|Mẫu)(?=\s+(?:SỐ|số|Số)))(?:\s+(?:số|SỐ|Số)\s*(?:\d{1,3}[A-Za-z]?|[IVXLC]{1,6}(?![\p{L}\d]))|\s+\d{1,3}[A-Za-z]?|\s+[IVXLC]{1,6}(?![\p{L}\d]))?)(?:\s*[.:\-–—]\s*(\S.*))?$/u;
const ATTACHED = /^\(?\s*(?:Ban hành\s+|BAN HÀNH\s+)?(?:kèm|Kèm|KÈM)\s+(?:theo|THEO)\s+\S/u;
/** Inside a line: " (Kèm theo …" or " (Ban hành kèm theo …", glued after the archive entry of Nơi nhận. */
export const GLUED_ATTACHED = /\s\((?:Ban hành\s+)?kèm theo\s+\p{L}/iu;

/** A label line, split into the label and a title written after it on the same line (or null). */
export function appendixLabel(text: string): { readonly label: string; readonly title: string | null } | null {
  const m = LABEL.exec(text.trim());
  if (!m?.[1]) {
    return null;
  }
  const title = m[2]?.trim() ?? null;
  // "Phụ lục: xem bảng dưới" is a sentence; a title after the label is written in capitals.
  if (title !== null && !isCaps(title)) {
    return null;
  }
  return { label: m[1], title };
}

/** The "(Kèm theo Kế hoạch số …)" / "(Ban hành kèm theo …)" line. */
export function isAttachedLine(text: string): boolean {
  return text.length <= 400 && ATTACHED.test(text);
}

function allBold(p: Para): boolean {
  return p.runs.length > 0 && p.runs.every((r) => r.bold === true);
}

/** A line that may be an appendix title: capitals or bold, a phrase, and nothing of the signer block or Nơi nhận. */
export function isTitleLine(p: Para): boolean {
  if (p.cell !== null || p.table || (p.kind !== LineKind.CAPS && p.kind !== LineKind.TEXT && p.kind !== LineKind.DOC_TYPE)) {
    return false;
  }
  // A Nơi nhận entry written without its dash ends with ";" or ","; a title does not.
  if (!(p.kind === LineKind.CAPS || p.kind === LineKind.DOC_TYPE || allBold(p)) || p.text.length > 300 || /[;,]$/u.test(p.text)) {
    return false;
  }
  return !isSignerTitle(p.text) && !isSignerTitleAnyCase(p.text) && !isPersonName(p.text) && !isAttachedLine(p.text);
}

/** Lines that belong to the signer block or Nơi nhận whatever page they start. */
function footerLine(p: Para): boolean {
  const kinds: ReadonlySet<LineKind> = new Set<LineKind>([LineKind.AUTHORITY, LineKind.RECIPIENTS, LineKind.BULLET]);
  return kinds.has(p.kind) || p.cell !== null || isSignerTitle(p.text) || isPersonName(p.text) || /^\(?\s*(?:đã ký|ký)/iu.test(p.text);
}

/** True when title lines from `i` lead (within four lines) to a "(Kèm theo …)" line. */
function titlesThenAttached(paras: readonly Para[], i: number): boolean {
  for (let j = i; j < paras.length && j < i + 5; j += 1) {
    const q = paras[j] as Para;
    if (isAttachedLine(q.text)) {
      return j > i;
    }
    if (!isTitleLine(q) && !(j === i && appendixLabel(q.text))) {
      return false;
    }
  }
  return false;
}

/**
 * True when an appendix starts at line i of the part after the body: a label, a "(Kèm theo …)" line, title lines
 * leading to one, a data table, a new page, or (once the signer's name is read) a title in capitals or bold, or
 * (once the Nơi nhận list is closed by its archive entry too) a numbered line.
 */
export function opensAppendix(paras: readonly Para[], i: number, afterName: boolean, archived = false): boolean {
  const p = paras[i];
  if (!p) {
    return false;
  }
  // After the signer's name and the archive entry ("Lưu: VT"), a numbered line belongs to neither block.
  if (afterName && archived && p.kind === LineKind.NUMBERED && p.cell === null) {
    return true;
  }
  if (p.table || p.kind === LineKind.TABLE) {
    return true;
  }
  if (p.cell !== null) {
    return false;
  }
  if (appendixLabel(p.text) || isAttachedLine(p.text)) {
    return true;
  }
  if (p.pageBreakBefore && !footerLine(p)) {
    return true;
  }
  if (!isTitleLine(p)) {
    return false;
  }
  if (titlesThenAttached(paras, i)) {
    return true;
  }
  // Once the signer's name is read, a title (capitals or bold, three words or more) can only open an appendix.
  return afterName && p.text.split(' ').length >= 3;
}
