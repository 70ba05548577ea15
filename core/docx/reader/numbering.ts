/**
 * List numbering (word/numbering.xml, ECMA-376 Part 1, §17.9): w:num → w:abstractNum levels
 * (w:start, w:numFmt, w:lvlText, w:lvlRestart, w:startOverride), counted per numId and level the way
 * Word shows them, giving labels such as "1.", "a)", "I." or "-".
 */
import { toRoman } from '../../text/letters';
import { readParaProps, readRunProps, type ParaProps, type RunProps } from './props';
import { attr, child, childrenNamed, numAttr, type XmlElement } from './xml';

type Level = {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  /** Restart after a use of this level (1-based); 0 = never; null = after any higher level. */
  readonly restart: number | null;
  /** The level's w:rPr: the label's own run formatting, over the paragraph mark's. */
  readonly rPr: RunProps;
  /** The level's w:pPr (its indentation): over the paragraph style's, under the paragraph's own (§17.9.6). */
  readonly pPr: ParaProps;
};

/** The numbering definitions of a document. */
export type NumberingDefs = {
  readonly nums: ReadonlyMap<string, { readonly levels: ReadonlyMap<number, Level>; readonly starts: ReadonlyMap<number, number> }>;
};

/** No numbering part. */
export const NO_NUMBERING: NumberingDefs = { nums: new Map() };

function readLevels(abs: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of childrenNamed(abs, 'w:lvl')) {
    const ilvl = numAttr(lvl, 'w:ilvl');
    if (ilvl === null || ilvl < 0 || ilvl > 8) {
      continue;
    }
    levels.set(ilvl, {
      start: numAttr(child(lvl, 'w:start'), 'w:val') ?? 0,
      format: attr(child(lvl, 'w:numFmt'), 'w:val') ?? 'decimal',
      text: attr(child(lvl, 'w:lvlText'), 'w:val') ?? '',
      restart: numAttr(child(lvl, 'w:lvlRestart'), 'w:val'),
      rPr: readRunProps(child(lvl, 'w:rPr')),
      pPr: readParaProps(child(lvl, 'w:pPr')),
    });
  }
  return levels;
}

/**
 * Reads w:numbering (null: no numbering part). An abstractNum that only links to a numbering style
 * (w:numStyleLink) takes its levels from the list that style names; `styleNumId` looks that up.
 */
export function readNumbering(root: XmlElement | null, styleNumId: (styleId: string) => string | null = () => null): NumberingDefs {
  const abstracts = new Map<string, Map<number, Level>>();
  const links = new Map<string, string>();
  for (const abs of childrenNamed(root, 'w:abstractNum')) {
    const id = attr(abs, 'w:abstractNumId');
    if (id !== null) {
      abstracts.set(id, readLevels(abs));
      const link = attr(child(abs, 'w:numStyleLink'), 'w:val');
      if (link !== null) {
        links.set(id, link);
      }
    }
  }
  const absOfNum = new Map(childrenNamed(root, 'w:num').map((n) => [attr(n, 'w:numId') ?? '', attr(child(n, 'w:abstractNumId'), 'w:val') ?? ''] as const));
  for (const [id, style] of links) {
    const target = absOfNum.get(styleNumId(style) ?? '');
    const levels = target === undefined ? undefined : abstracts.get(target);
    if (levels && levels.size > 0 && (abstracts.get(id)?.size ?? 0) === 0) {
      abstracts.set(id, levels);
    }
  }
  const nums = new Map<string, { levels: Map<number, Level>; starts: Map<number, number> }>();
  for (const num of childrenNamed(root, 'w:num')) {
    const id = attr(num, 'w:numId');
    const absId = attr(child(num, 'w:abstractNumId'), 'w:val');
    const levels = absId === null ? undefined : abstracts.get(absId);
    if (id === null || !levels) {
      continue;
    }
    nums.set(id, { levels, starts: readStartOverrides(num) });
  }
  return { nums };
}

function readStartOverrides(num: XmlElement): Map<number, number> {
  const starts = new Map<number, number>();
  for (const o of childrenNamed(num, 'w:lvlOverride')) {
    const ilvl = numAttr(o, 'w:ilvl');
    const start = numAttr(child(o, 'w:startOverride'), 'w:val');
    if (ilvl !== null && start !== null) {
      starts.set(ilvl, start);
    }
  }
  return starts;
}

/** The run properties a numbering level gives its label (empty for an unknown list or level). */
export function levelRunProps(defs: NumberingDefs, numId: string, ilvl: number): RunProps {
  const level = Math.min(Math.max(Math.trunc(ilvl), 0), 8);
  return defs.nums.get(numId)?.levels.get(level)?.rPr ?? {};
}

/** The paragraph properties a numbering level gives its paragraphs (empty for an unknown list or level). */
export function levelParaProps(defs: NumberingDefs, numId: string, ilvl: number): ParaProps {
  const level = Math.min(Math.max(Math.trunc(ilvl), 0), 8);
  return defs.nums.get(numId)?.levels.get(level)?.pPr ?? {};
}

/** Formats one counter value in a w:numFmt. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value);
    case 'upperLetter':
      return letters(value).toUpperCase();
    case 'lowerRoman':
      return toRoman(Math.min(Math.max(value, 1), 3999)).toLowerCase();
    case 'upperRoman':
      return toRoman(Math.min(Math.max(value, 1), 3999));
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'none':
      return '';
    default:
      return String(value);
  }
}

/** Word's letter sequence: a … z, then aa … zz. */
function letters(value: number): string {
  const n = Math.max(value, 1);
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

/** Bullet glyphs become the markers Vietnamese plans use: "+" stays, anything else is "-". */
function bulletLabel(text: string): string {
  return text.trim() === '+' ? '+' : '-';
}

/** Gives the label of each numbered paragraph in turn; null for numId 0 or an unknown list. */
export type NumberingCounter = (numId: string, ilvl: number) => string | null;

/** A running counter over a document's numbered paragraphs (one per document, in reading order). */
export function createNumberingCounter(defs: NumberingDefs): NumberingCounter {
  const counters = new Map<string, (number | undefined)[]>();
  return (numId, ilvl) => {
    const num = defs.nums.get(numId);
    const level = Math.min(Math.max(Math.trunc(ilvl), 0), 8);
    const def = num?.levels.get(level);
    if (!num || !def) {
      return null;
    }
    const counts = counters.get(numId) ?? [];
    counters.set(numId, counts);
    const startOf = (l: number): number => num.starts.get(l) ?? num.levels.get(l)?.start ?? 0;
    counts[level] = counts[level] === undefined ? startOf(level) : (counts[level] ?? 0) + 1;
    for (let deeper = level + 1; deeper < 9; deeper += 1) {
      const restart = num.levels.get(deeper)?.restart ?? null;
      if (restart === null || (restart > 0 && restart <= level + 1)) {
        counts[deeper] = undefined;
      }
    }
    if (def.format === 'bullet') {
      return bulletLabel(def.text);
    }
    return def.text.replace(/%([1-9])/g, (_m, d: string) => {
      const l = Number(d) - 1;
      return formatNumber(counts[l] ?? startOf(l), num.levels.get(l)?.format ?? 'decimal');
    });
  };
}
