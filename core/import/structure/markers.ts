/**
 * Body markers as written at the start of a line: "Phần I", "Mục 1", "I.", "1.", "a)", "-", "+".
 * Recognition only: labels are returned exactly as written, never renumbered.
 */
import { fromRoman, pointIndex } from '../../text/letters';
import type { NumberLevel } from '../../model/plan-document';

/** A marker found at the start of a line; `length` is how many characters it covers (with spacing). */
export type Marker =
  | { readonly kind: 'numbered'; readonly level: NumberLevel; readonly label: string; readonly length: number }
  | { readonly kind: 'bullet'; readonly marker: '-' | '+'; readonly length: number };

const PART = /^((?:Phần|PHẦN|Chương|CHƯƠNG)\s+(?:[IVXLCDM]+|\d{1,2}|thứ\s+\p{L}+|THỨ\s+\p{L}+)\.?)(?=[\s:.\-–—]|$)/u;
const MUC = /^((?:Mục|MỤC)\s+(?:\d{1,2}|[IVXLCDM]+)\.?)(?=[\s:.\-–—]|$)/u;
const SECTION = /^([IVXLCDM]+\.)(?=\s|$|\p{Lu})/u;
/** "I - MỤC ĐÍCH", "II/ NỘI DUNG", "III) …": other separators seen after a section numeral. */
const SECTION_OTHER = /^([IVXLCDM]+)\s*([-–/)])\s+(?=\p{Lu})/u;
const DECIMAL = /^(\d{1,2}(?:\.\d{1,2})+\.?)(?=\s|$)/u;
const ITEM = /^(\d{1,3}[.)/])(?=\s|$|\p{L})/u;
const POINT = /^(\p{Ll}\))(?=\s|$|\p{L})|^(\p{Ll}\.)(?=\s)/u;
const PLUS = /^(?:[-–—•]\s*)?\+\s*/u;
const DASH = /^[-–—•·▪◦]\s*/u;
const SEPARATOR_AFTER_LABEL = /^[\s:.\-–—]*/u;

/** Largest section numeral read ("XXXIX."): a lone "D." or "M." starts a name, not a section. */
const MAX_SECTION = 39;

function isSectionNumeral(text: string): boolean {
  const value = fromRoman(text);
  return value !== null && value <= MAX_SECTION;
}

function numbered(level: NumberLevel, label: string, text: string): Marker {
  const rest = text.slice(label.length);
  const gap = SEPARATOR_AFTER_LABEL.exec(rest)?.[0] ?? '';
  return { kind: 'numbered', level, label, length: label.length + gap.length };
}

function numberedMarker(text: string): Marker | null {
  const part = PART.exec(text);
  if (part?.[1]) {
    return numbered('part', part[1], text);
  }
  const muc = MUC.exec(text);
  if (muc?.[1]) {
    return numbered('section', muc[1], text);
  }
  const section = SECTION.exec(text);
  if (section?.[1] && isSectionNumeral(section[1].slice(0, -1))) {
    return numbered('section', section[1], text);
  }
  const other = SECTION_OTHER.exec(text);
  if (other?.[1] && other[2] && isSectionNumeral(other[1])) {
    return { kind: 'numbered', level: 'section', label: `${other[1]}${other[2]}`, length: other[0].length };
  }
  const decimal = DECIMAL.exec(text);
  if (decimal?.[1]) {
    return numbered('point', decimal[1], text);
  }
  const item = ITEM.exec(text);
  if (item?.[1]) {
    return numbered('item', item[1], text);
  }
  const point = POINT.exec(text);
  const pointLabel = point?.[1] ?? point?.[2];
  if (pointLabel && pointIndex(pointLabel.slice(0, -1)) !== null) {
    return numbered('point', pointLabel, text);
  }
  return null;
}

/** The marker at the start of a (trimmed) line, or null for plain text. */
export function parseMarker(text: string): Marker | null {
  const found = numberedMarker(text);
  if (found) {
    return found;
  }
  const plus = PLUS.exec(text);
  if (plus) {
    return { kind: 'bullet', marker: '+', length: plus[0].length };
  }
  const dash = DASH.exec(text);
  if (dash) {
    return { kind: 'bullet', marker: '-', length: dash[0].length };
  }
  return null;
}
