/**
 * Letterhead and signer tables pasted as text put two cells on one line ("ỦY BAN NHÂN DÂN ⇥ CỘNG HÒA …").
 * Finds where such a line splits, only when both sides are recognizable table content.
 */
import { normalizeText, squeeze } from '../../text/normalize';
import { classify, isPersonName, isSignedNote, isSignerTitle, LineKind } from './classify';

const GAP = /\t+| {2,}/g;
/** Right cells glued to the left one by a single space; each with a cheap test that it may apply. */
/** Nơi nhận lines with the signer block printed beside them (a PDF copy keeps one space between the columns). */
const FOOTER_LEFT = (raw: string): boolean => /^\s*(?:[-–+•]|Nơi nhận|NƠI NHẬN)/u.test(raw);
const GLUED_RIGHT: ReadonlyArray<readonly [(raw: string) => boolean, RegExp]> = [
  [(raw) => raw.includes('VIỆT NAM'), /^(.*\S)\s+(CỘNG H[OÒ]À XÃ HỘI CHỦ NGHĨA VIỆT NAM)$/u],
  [(raw) => raw.includes('Hạnh phúc'), /^(.*\S)\s+(Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc)$/u],
  [(raw) => /^\s*S[ốỐ]/u.test(raw) && raw.includes('ngày'), /^((?:Số|SỐ)\s*:\s*[^\s/]*\s*\/\s*\S+)\s+(\S.*)$/u],
  [FOOTER_LEFT, /^(.*?[;.:])\s+((?:TM|KT|TL|TUQ|Q)\s*\.\s*\p{Lu}.*)$/u],
  [FOOTER_LEFT, /^(.*[;.:])\s+(\p{Lu}[\p{Lu}\s]+)$/u],
  [FOOTER_LEFT, /^(.*[;.:])\s+(\(?\s*(?:Đã ký|đã ký)[^)]*\)?|\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,5})$/u],
];

function clean(text: string): string {
  return squeeze(normalizeText(text));
}

function rightFits(left: string, right: string): boolean {
  const leftKind = classify(left);
  const rightKind = classify(right);
  // "TM. ỦY BAN NHÂN DÂN ⇥ KT. CHỦ TỊCH" is one signer block written on one line, not two cells.
  if (leftKind === LineKind.NUMBERED || leftKind === LineKind.AUTHORITY) {
    return false;
  }
  // "Số:⇥/KH-UBND⇥Lâm Đồng, ngày …": the number is not split from its label.
  if (/^(?:Số|SỐ)\s*:?$/u.test(left)) {
    return false;
  }
  // "Lào Cai,    ngày … tháng … năm …" spaced out is one place-date line, not a place beside a date.
  if (rightKind === LineKind.DATE && left.endsWith(',')) {
    return false;
  }
  const signer = rightKind === LineKind.AUTHORITY || isSignerTitle(right);
  if (leftKind === LineKind.BULLET || leftKind === LineKind.RECIPIENTS) {
    return signer || isPersonName(right) || isSignedNote(right);
  }
  // Only letterhead and signer content counts: a body table row ("STT ⇥ NỘI DUNG") is never split.
  const headerRight = rightKind === LineKind.NATIONAL_TITLE || rightKind === LineKind.MOTTO || rightKind === LineKind.DATE;
  return headerRight || signer;
}

/** Where a two-cell line splits: [end of the left cell, start of the right cell], or null. */
export function findCellSplit(raw: string): readonly [number, number] | null {
  // A tab is the column gap Word's users type; runs of spaces come after ("Số:      /KH-UBND⇥Lâm Đồng, ngày …"
  // leaves the number blank with spaces, which is no column gap when a tab follows).
  // Most lines have no gap: no match list to build. The loops index their lists (no iterator, no destructuring):
  // this runs for every line, in the command line's interpreted run.
  if (raw.includes('\t') || raw.includes('  ')) {
    const all = [...raw.matchAll(GAP)];
    const gaps = [...all.filter((g) => g[0].includes('\t')), ...all.filter((g) => !g[0].includes('\t'))];
    for (const gap of gaps) {
      const at = gap.index ?? 0;
      const left = clean(raw.slice(0, at));
      const right = clean(raw.slice(at + gap[0].length));
      if (left !== '' && right !== '' && rightFits(left, right)) {
        return [at, at + gap[0].length];
      }
    }
  }
  for (let i = 0; i < GLUED_RIGHT.length; i += 1) {
    const glued = GLUED_RIGHT[i] as (typeof GLUED_RIGHT)[number];
    const m = glued[0](raw) ? glued[1].exec(raw.trimEnd()) : null;
    if (m?.[1] && m[2] && rightFits(clean(m[1]), clean(m[2]))) {
      return [m[1].length, raw.trimEnd().length - m[2].length];
    }
  }
  return null;
}

const GRID_BORDER = /^\s*\+[-=:+]+\+\s*$/u;
const GRID_ROW = /^\s*\|.*\|\s*$/u;

/**
 * Cell spans [start, end) of a grid-table row ("| ỦY BAN NHÂN DÂN | CỘNG HÒA … |", as pandoc writes
 * tables in plain text); [] for a border line ("+----+----+"); null for any other line.
 */
export function gridCellSpans(raw: string): Array<readonly [number, number]> | null {
  if (GRID_BORDER.test(raw)) {
    return [];
  }
  if (!GRID_ROW.test(raw)) {
    return raw.includes('|') ? looseCellSpans(raw) : null;
  }
  const pipes: number[] = [];
  for (let i = raw.indexOf('|'); i >= 0; i = raw.indexOf('|', i + 1)) {
    pipes.push(i);
  }
  return pipes.slice(1).map((end, k) => [(pipes[k] as number) + 1, end] as const);
}

/** Letterhead or signer content: what a web page's "a | b |" row holds when it is the layout table. */
function layoutContent(cell: string): boolean {
  const kind = classify(cell);
  const kinds: ReadonlySet<LineKind> = new Set<LineKind>([
    LineKind.NATIONAL_TITLE, LineKind.MOTTO, LineKind.NUMBER, LineKind.DATE, LineKind.AUTHORITY, LineKind.RECIPIENTS,
  ]);
  return kinds.has(kind) || isSignerTitle(cell);
}

/**
 * Cells of a web page's table row written without the outer pipes ("ỦY BAN NHÂN DÂN | CỘNG HÒA … |",
 * "Số: 7822/KH-UBND | Bến Tre, ngày …"), only when a cell is letterhead or signer content; null otherwise.
 */
function looseCellSpans(raw: string): Array<readonly [number, number]> | null {
  const bounds = [-1];
  for (let i = raw.indexOf('|'); i >= 0; i = raw.indexOf('|', i + 1)) {
    bounds.push(i);
  }
  bounds.push(raw.length);
  const spans = bounds.slice(1).map((end, k) => [(bounds[k] as number) + 1, end] as const).filter(([a, b]) => raw.slice(a, b).trim() !== '');
  const cells = spans.map(([a, b]) => clean(raw.slice(a, b)));
  return cells.some(layoutContent) ? spans : null;
}
