/**
 * Printed widths of text in Times New Roman, read from Liberation Serif (metric-compatible: the same advance
 * widths), and the height of its lines. The writer sizes its solid lines with these numbers and the page
 * layout breaks lines with them; both therefore measure a line alike.
 */

// Advance widths (1/1000 em) of U+0020…U+007E, read from LiberationSerif-Regular, -Bold, -Italic and -BoldItalic.ttf.
const REGULAR =
  '250,333,408,500,500,833,778,180,333,333,500,564,250,333,250,278,500,500,500,500,500,500,500,500,500,500,278,278,564,564,564,444,921,722,667,667,722,611,556,722,722,333,389,722,611,889,722,722,556,722,667,556,611,722,722,944,722,722,611,333,278,333,469,500,333,444,500,444,500,444,333,500,500,278,278,500,278,778,500,500,500,500,333,389,278,500,500,722,500,500,444,480,200,480,541';
const BOLD =
  '250,333,555,500,500,1000,833,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,930,722,667,722,722,667,611,778,778,389,500,778,667,944,722,778,611,778,722,556,667,722,722,1000,722,722,667,333,278,333,581,500,333,500,556,444,556,444,333,500,556,278,333,556,278,833,556,500,556,556,444,389,333,556,500,722,500,500,444,394,220,394,520';
const ITALIC =
  '250,333,420,500,500,833,778,214,333,333,500,675,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,675,675,675,500,920,611,611,667,722,611,611,722,722,333,444,667,556,833,667,722,611,722,611,500,556,722,611,833,611,556,556,389,278,389,422,500,333,500,500,444,500,444,278,500,500,278,278,444,278,722,500,500,500,500,389,389,278,500,444,667,444,444,389,400,275,400,541';
const BOLD_ITALIC =
  '250,389,555,500,500,833,778,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,832,667,667,667,722,667,667,722,778,389,500,667,611,889,722,722,611,722,667,556,611,722,667,889,667,611,611,333,278,333,570,500,333,500,500,444,500,444,333,500,556,278,278,500,278,778,556,500,500,500,389,389,278,556,444,667,500,444,389,348,220,348,570';

/** Regular, bold, italic, bold italic. */
type Face = 0 | 1 | 2 | 3;

// Letters whose horn makes them wider than their base letter, per face.
const HORNED: readonly Readonly<Record<string, number>>[] = [
  { ơ: 529, ư: 542, Ơ: 722, Ư: 776 },
  { ơ: 554, ư: 600, Ơ: 778, Ư: 796 },
  { ơ: 534, ư: 545, Ơ: 722, Ư: 754 },
  { ơ: 537, ư: 599, Ơ: 722, Ư: 775 },
];
// Punctuation outside ASCII that plans use, per face (… – — “ ” ‘ ’ •).
const PUNCTUATION: readonly Readonly<Record<string, number>>[] = [
  { '…': 1000, '–': 500, '—': 1000, '“': 444, '”': 444, '‘': 333, '’': 333, '•': 350 },
  { '…': 1000, '–': 500, '—': 1000, '“': 500, '”': 500, '‘': 333, '’': 333, '•': 350 },
  { '…': 889, '–': 500, '—': 889, '“': 556, '”': 556, '‘': 333, '’': 333, '•': 350 },
  { '…': 1000, '–': 500, '—': 1000, '“': 500, '”': 500, '‘': 333, '’': 333, '•': 350 },
];

const TABLES = [REGULAR, BOLD, ITALIC, BOLD_ITALIC].map((row) => row.split(',').map(Number));

/**
 * Height of one line at single spacing, as a share of the font size: Liberation Serif's ascender, descender and
 * line gap (1825 + 443 + 87) over 2048 units per em, as LibreOffice sets "auto" line spacing (a 14 pt body line at
 * 1.15 is 370 twips in its PDF).
 */
export const LINE_HEIGHT_EM = (1825 + 443 + 87) / 2048;

// Widths already worked out, per character and face: table cells measure thousands of characters. Capped, so
// that a file full of distinct characters cannot grow it without end.
const known = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>(), new Map<string, number>()] as const;
const KNOWN_MAX = 4096;

function faceOf(bold: boolean, italic: boolean): Face {
  return ((bold ? 1 : 0) + (italic ? 2 : 0)) as Face;
}

/** Advance width of one character in 1/1000 em. */
export function charUnits(ch: string, bold = false, italic = false): number {
  const face = faceOf(bold, italic);
  const cache = known[face];
  let width = cache.get(ch);
  if (width === undefined) {
    width = measureChar(ch, face);
    if (cache.size < KNOWN_MAX) {
      cache.set(ch, width);
    }
  }
  return width;
}

function measureChar(ch: string, face: Face): number {
  const decomposed = ch.normalize('NFD');
  // U+031B is the horn of ơ and ư; tone marks above or below do not change the advance width.
  const horned = decomposed.includes('\u031B') ? HORNED[face]?.[`${decomposed.charAt(0)}\u031B`.normalize('NFC')] : undefined;
  if (horned !== undefined) {
    return horned;
  }
  // The writer's widths for regular and bold predate the punctuation table: only the ellipsis is special there.
  const punctuation = face >= 2 || ch === '…' ? PUNCTUATION[face]?.[ch] : undefined;
  if (punctuation !== undefined) {
    return punctuation;
  }
  const base = decomposed.charAt(0).replace('đ', 'd').replace('Đ', 'D');
  const code = base.charCodeAt(0);
  const table = TABLES[face] ?? [];
  return code >= 32 && code <= 126 ? (table[code - 32] ?? 500) : 500;
}

/** Width in twips of `text` set on one line at `halfPoints` size. */
export function textWidth(text: string, halfPoints: number, isBold = false, isItalic = false): number {
  let units = 0;
  for (const ch of text.normalize('NFC')) {
    units += charUnits(ch, isBold, isItalic);
  }
  // units/1000 em × size in points × 20 twips per point.
  return Math.round((units * halfPoints * 10) / 1000);
}
