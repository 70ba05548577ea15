/**
 * The phụ lục after the signer block: each one's label, title, "(Kèm theo …)" line, orientation and blocks
 * (numbered items, bullets, paragraphs and tables read as in the body). Several in a row each get their own.
 */
import type { IdGenerator } from '../../base/ids';
import type { Appendix, Orientation } from '../../model/plan-document';
import { normalizeText, squeeze } from '../../text/normalize';
import { appendixLabel, isAttachedLine, isTitleLine } from './appendix-lines';
import { addLine, createTreeBuilder, finishBlocks } from './body-tree';
import { LineKind } from './classify';
import type { Para } from './import-line';

/** Most title lines an appendix heading takes ("BIỂU MẪU THỐNG KÊ …" / "CỦA ỦY BAN NHÂN DÂN TỈNH …"). */
const TITLE_LINES = 4;

/** "Phụ lục …" labels hold "Biểu …" tables inside; a "Biểu" label after a "Biểu" is a new appendix. */
function family(label: string): 'phu-luc' | 'bieu' {
  return /^(?:phụ lục|phụ biểu)/iu.test(label) ? 'phu-luc' : 'bieu';
}

/** Where the heading of the appendix whose "(Kèm theo …)" line is at `at` begins (title lines and label above it). */
function headingStart(paras: readonly Para[], at: number, floor: number): number {
  let start = at;
  while (start - 1 > floor && at - (start - 1) <= TITLE_LINES && isTitleLine(paras[start - 1] as Para)) {
    start -= 1;
  }
  if (start - 1 > floor && appendixLabel((paras[start - 1] as Para).text)) {
    start -= 1;
  }
  return start;
}

/** Start indexes of the appendices in paras[start..] (the first is `start`). */
function appendixStarts(paras: readonly Para[], start: number): number[] {
  const starts = [start];
  const first = paras[start];
  let current = first ? appendixLabel(first.text) : null;
  let headed = true;
  for (let i = start + 1; i < paras.length; i += 1) {
    const p = paras[i] as Para;
    const floor = starts[starts.length - 1] as number;
    const label = p.cell === null ? appendixLabel(p.text) : null;
    if (label) {
      const nested = current !== null && family(current.label) === 'phu-luc' && family(label.label) === 'bieu';
      if (!nested) {
        starts.push(i);
        current = label;
        headed = true;
      }
      continue;
    }
    if (isAttachedLine(p.text) && !headed) {
      const at = headingStart(paras, i, floor);
      starts.push(at);
      const head = paras[at] as Para;
      current = appendixLabel(head.text) ?? current;
      headed = true;
      continue;
    }
    // A new page with a title starts an unlabelled appendix; a table running on to the next page does not.
    if (p.pageBreakBefore && !headed && current === null && isTitleLine(p)) {
      starts.push(i);
      headed = true;
      continue;
    }
    // The heading of the current appendix ends at its first line that is neither label, title nor Kèm theo.
    if (headed && !isTitleLine(p) && !isAttachedLine(p.text) && !leadsToAttached(paras, i)) {
      headed = false;
    }
  }
  return starts;
}

/** A short phrase that can be a title line whatever its case: no cell, no table, no list punctuation at its end. */
function phrase(p: Para): boolean {
  return p.cell === null && !p.table && (p.kind === LineKind.TEXT || p.kind === LineKind.CAPS || p.kind === LineKind.DOC_TYPE) && p.text.length <= 300 && !/[.;:,]$/u.test(p.text);
}

/**
 * True when the phrase lines from `i` lead to a "(Kèm theo …)" line within the title lines an appendix heading
 * takes: under a label they are its title even in sentence case ("Phụ lục I" / "Danh mục các hoạt động" /
 * "(Kèm theo …)", as a copy from a web page or a draft writes it).
 */
function leadsToAttached(paras: readonly Para[], i: number): boolean {
  for (let j = i; j < paras.length && j < i + TITLE_LINES; j += 1) {
    const q = paras[j] as Para;
    if (isAttachedLine(q.text)) {
      return j > i;
    }
    if (!phrase(q)) {
      return false;
    }
  }
  return false;
}

function orientationOf(lines: readonly Para[]): Orientation {
  return lines.find((p) => p.orientation !== undefined)?.orientation ?? 'portrait';
}

/**
 * The Kèm theo line as written: the blanks left for the văn thư ("số           /KH-SCT ngày      /5/2026") keep
 * their width, a line broken in two is joined with one space.
 */
function attachedAsWritten(p: Para): string {
  const raw = normalizeText(p.source.text).split('\n').map((l) => l.trim()).filter((l) => l !== '').join(' ');
  // The source holds the same words as the clean text: anything else (a glued entry split off) falls back to it.
  return squeeze(raw) === p.text ? raw : p.text;
}

/** One appendix from its lines. */
function readOne(lines: readonly Para[], ids: IdGenerator): Appendix {
  let i = 0;
  let label: string | null = null;
  const titles: string[] = [];
  const first = lines[0];
  const labelled = first ? appendixLabel(first.text) : null;
  if (labelled) {
    label = labelled.label;
    if (labelled.title) {
      titles.push(labelled.title);
    }
    i = 1;
  }
  // A plain phrase heading an appendix (the footer handed it over as its title): "Danh mục nhiệm vụ".
  const plain = lines[0];
  if (i === 0 && plain && plain.kind === LineKind.TEXT && plain.cell === null && !isAttachedLine(plain.text) && !/[.;:,]$/u.test(plain.text) && plain.text.length <= 200 && lines[1]?.kind === LineKind.NUMBERED) {
    titles.push(plain.text);
    i = 1;
  }
  while (i < lines.length && titles.length < TITLE_LINES && (isTitleLine(lines[i] as Para) || (label !== null && leadsToAttached(lines, i)))) {
    titles.push((lines[i] as Para).text);
    i += 1;
  }
  let attachedLine: string | null = null;
  const attached = lines[i];
  if (attached && isAttachedLine(attached.text)) {
    attachedLine = attachedAsWritten(attached);
    i += 1;
    // A Kèm theo line read first (split from the Nơi nhận entry it was glued to): the title comes after it.
    while (titles.length === 0 && i < lines.length && isTitleLine(lines[i] as Para)) {
      titles.push((lines[i] as Para).text);
      i += 1;
    }
  }
  const tree = createTreeBuilder();
  for (const p of lines.slice(i)) {
    if (p.kind !== LineKind.SEPARATOR) {
      addLine(tree, p, ids);
    }
  }
  const a: Appendix = {
    id: ids(),
    label,
    title: titles.join('\n'),
    attachedLine,
    orientation: orientationOf(lines),
    blocks: finishBlocks(tree.root),
  };
  return first ? { ...a, source: first.source } : a;
}

/** The appendices in paras[start..], in order; [] when start is at the end. */
export function readAppendices(paras: readonly Para[], start: number, ids: IdGenerator): Appendix[] {
  if (start >= paras.length) {
    return [];
  }
  const starts = appendixStarts(paras, start);
  return starts.map((s, k) => readOne(paras.slice(s, starts[k + 1] ?? paras.length), ids));
}
