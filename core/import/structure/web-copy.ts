/**
 * Input lines cleaned of what web pages, PDF copies and converters add to a document before the reader sees
 * them: literal "\r\n" sequences, page numbers and running headers in the middle of the text, letterhead cells
 * wrapped across lines ("CỘNG" / "HÒA XÃ HỘI …", "Sơn" / "La, ngày …"), and data tables written as rows of
 * tab- or "|"-separated cells (made into one line standing for the table). Never drops a word of content.
 */
import type { Run } from '../../model/plan-document';
import { runsText } from '../../model/walk';
import { classify, endsSentence, LineKind } from './classify';
import type { ImportLine } from './import-line';
import { parseMarker } from './markers';
import { findTextTables } from './text-tables';

/** Options of the line preparer. */
export type PrepareOptions = {
  /** 'docx' lines are paragraphs of a Word file: no web or PDF artefacts to remove. */
  readonly origin?: 'txt' | 'docx';
};

/** "\r\n" written out as four characters: unambiguous, unlike a lone "\n" that a path or a formula may hold. */
const LITERAL_BREAK = /\\r\\n/gu;

function mapText(line: ImportLine, map: (text: string) => string): ImportLine {
  const runs = (line.runs ?? [{ text: line.text }]).map((r) => ({ ...r, text: map(r.text) }));
  return { ...line, text: runsText(runs), runs };
}

/**
 * Literal "\r\n" written into the text by a web page: a soft wrap (a space) when the text has real lines, the
 * line breaks themselves when it has none (an escaped string pasted whole).
 */
function unescapeBreaks(lines: readonly ImportLine[]): ImportLine[] {
  const escaped = lines.filter((l) => l.text.includes('\\r\\n'));
  if (escaped.length === 0) {
    return [...lines];
  }
  const real = lines.filter((l) => l.text.trim() !== '').length;
  if (real > 2) {
    return lines.map((l) => (l.text.includes('\\r\\n') ? mapText(l, (t) => t.replace(LITERAL_BREAK, ' ')) : l));
  }
  return lines.flatMap((l) => l.text.split(LITERAL_BREAK).map((text) => ({ text, line: l.line, runs: [{ text }] })));
}

const PAGE_MARK = /^\s*(?:[-–—]\s*[1-9]\d{0,2}\s*[-–—]|(?:Trang|TRANG|trang)\s+[1-9]\d{0,2}(?:\s*\/\s*[1-9]\d{0,2})?)\s*$/u;
/** "7" or "7/15" alone on a line: a page number only where the context says so (a table cell may read the same). */
const BARE_NUMBER = /^\s*([1-9]\d{0,2})(?:\s*\/\s*[1-9]\d{0,2})?\s*$/u;
/** Shortest line taken for a body line that a page break cut. */
const WRAPPED_BODY = 40;
/** Fewest lines between two printed page numbers (table cells numbered 1, 2, 3 sit closer). */
const PAGE_GAP = 8;

function nonBlank(lines: readonly ImportLine[], from: number, step: 1 | -1): ImportLine | undefined {
  for (let i = from + step; i >= 0 && i < lines.length; i += step) {
    const l = lines[i] as ImportLine;
    if (l.text.trim() !== '') {
      return l;
    }
  }
  return undefined;
}

/** The line sits inside a sentence that the page break cut: the line before runs on, the line after goes on in lower case. */
function midSentence(lines: readonly ImportLine[], i: number): boolean {
  const prev = nonBlank(lines, i, -1);
  const next = nonBlank(lines, i, 1);
  if (prev === undefined || next === undefined || endsSentence(lines[i]?.text.trim() ?? '')) {
    return false;
  }
  const nextText = next.text.trim();
  const prevText = prev.text.trim();
  // The line before is a body line wrapped at the page's end: long, and not finished.
  return prevText.length >= WRAPPED_BODY && !endsSentence(prevText) && /^[\p{Ll}]/u.test(nextText) && parseMarker(nextText) === null;
}

/** Indexes of page-number lines: "- 2 -", "Trang 2", or bare numbers ("2", "2/15") that cut a sentence or count pages. */
function pageNumbers(lines: readonly ImportLine[]): Set<number> {
  const out = new Set<number>();
  const bare: Array<{ i: number; n: number }> = [];
  lines.forEach((l, i) => {
    if (l.cell || l.table) {
      return;
    }
    if (PAGE_MARK.test(l.text)) {
      out.add(i);
      return;
    }
    const m = BARE_NUMBER.exec(l.text);
    if (m) {
      bare.push({ i, n: Number(m[1]) });
      if (midSentence(lines, i)) {
        out.add(i);
      }
    }
  });
  // Bare numbers alone between blank lines, counting up one by one, each a page or more after the last: printed
  // page numbers (a table's STT cells, one per line in a converter's text, have no blank lines around them).
  const blank = (i: number): boolean => (lines[i]?.text.trim() ?? '') === '';
  const alone = bare.filter(({ i }) => blank(i - 1) && blank(i + 1));
  for (let k = 1; k < alone.length; k += 1) {
    const a = alone[k - 1] as { i: number; n: number };
    const b = alone[k] as { i: number; n: number };
    if (b.n === a.n + 1 && b.i - a.i >= PAGE_GAP) {
      out.add(a.i);
      out.add(b.i);
    }
  }
  return out;
}

/** Running headers: a line printed again on later pages, next to a page number. */
function runningHeaders(lines: readonly ImportLine[], pages: ReadonlySet<number>): Set<number> {
  const seen = new Map<string, number[]>();
  lines.forEach((l, i) => {
    const text = l.text.trim();
    if (text !== '' && text.length <= 150 && !pages.has(i) && !parseMarker(text) && !l.cell && !l.table) {
      // Push in place: copying the list at each repeat made a text of one repeated line grow with its square.
      const at = seen.get(text);
      if (at) {
        at.push(i);
      } else {
        seen.set(text, [i]);
      }
    }
  });
  const out = new Set<number>();
  const nearPage = (i: number): boolean => [i - 2, i - 1, i + 1, i + 2].some((j) => pages.has(j));
  for (const at of seen.values()) {
    if (at.length >= 2) {
      at.filter(nearPage).forEach((i) => out.add(i));
    }
  }
  return out;
}

/** Page numbers and running headers left out; the rest as it was (lines keep their numbers). */
function dropPageArtefacts(lines: readonly ImportLine[]): ImportLine[] {
  const pages = pageNumbers(lines);
  const headers = runningHeaders(lines, pages);
  if (pages.size === 0 && headers.size === 0) {
    return [...lines];
  }
  // A dropped line leaves no blank behind: the sentence it cut joins up again.
  return lines.filter((_, i) => !pages.has(i) && !headers.has(i));
}

function joinLines(a: ImportLine, b: ImportLine): ImportLine {
  const runs: Run[] = [...(a.runs ?? [{ text: a.text }]), { text: ' ' }, ...(b.runs ?? [{ text: b.text }])];
  return { ...a, text: runsText(runs), runs };
}

const WRAPPED: ReadonlySet<LineKind> = new Set<LineKind>([LineKind.NATIONAL_TITLE, LineKind.MOTTO]);

/** True when line b finishes a letterhead field that a narrow cell wrapped after line a. */
function wrappedField(a: string, b: string): boolean {
  // Cheap first: only a Quốc hiệu, a Tiêu ngữ or a place-date line can be joined here.
  const hint = /VIỆT NAM|Hạnh phúc|HẠNH PHÚC|ngày/u;
  if (!hint.test(b)) {
    return false;
  }
  const joined = `${a} ${b}`.replace(/\s+/g, ' ').trim();
  const kind = classify(joined);
  if (WRAPPED.has(kind)) {
    return classify(a) !== kind && classify(b) !== kind;
  }
  if (kind !== LineKind.DATE || a.length > 40 || endsSentence(a.replace(/,$/u, ''))) {
    return false;
  }
  // "Sơn" / "La, ngày …" and "Sơn La," / "ngày …": a place name cut before its date.
  const place = /^\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2},?$/u.test(a);
  return place && classify(a) !== LineKind.DATE && (/^\p{Lu}/u.test(b) || b.startsWith('ngày'));
}

/**
 * A web page's table row "ỦY BAN NHÂN DÂN | CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |": its last cell wrapped,
 * the row ends with the line that closes it with "|".
 */
function pipeRowContinues(a: string, b: string): boolean {
  const pipesInB = b.split('|').length - 1;
  return a.includes(' | ') && !a.endsWith('|') && !a.startsWith('|') && b.endsWith('|') && !b.startsWith('|') && pipesInB === 1;
}

/** Letterhead fields wrapped over two lines, joined again. */
function joinWrapped(lines: readonly ImportLine[]): ImportLine[] {
  const out: ImportLine[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const a = lines[i] as ImportLine;
    const b = lines[i + 1];
    const ta = a.text.trim();
    const tb = b?.text.trim() ?? '';
    const fits = b && !a.cell && !b.cell && ta !== '' && tb !== '';
    if (fits && (pipeRowContinues(ta, tb) || (ta.length <= 60 && wrappedField(ta, tb)))) {
      out.push(joinLines(a, b));
      i += 1;
    } else {
      out.push(a);
    }
  }
  return out;
}

/** Rows of a data table replaced by one line standing for the table. */
function tablesAsLines(lines: readonly ImportLine[]): ImportLine[] {
  const tables = findTextTables(lines);
  if (tables.length === 0) {
    return [...lines];
  }
  const out: ImportLine[] = [];
  let i = 0;
  for (const t of tables) {
    out.push(...lines.slice(i, t.start));
    const first = lines[t.start] as ImportLine;
    out.push({ text: t.text, line: first.line, runs: [{ text: t.text }], table: t.table });
    i = t.end;
  }
  out.push(...lines.slice(i));
  return out;
}

/** The lines as the reader should see them. */
export function cleanInput(lines: readonly ImportLine[], options: PrepareOptions = {}): ImportLine[] {
  if (options.origin === 'docx') {
    return tablesAsLines(lines);
  }
  return tablesAsLines(joinWrapped(dropPageArtefacts(unescapeBreaks(lines))));
}
