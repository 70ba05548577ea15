/**
 * Estimated printed width of a line in Times New Roman (metric-compatible with Liberation Serif).
 * Used only to size the solid lines under headings; never to break text.
 */

// Advance widths (1/1000 em) of U+0020…U+007E, read from LiberationSerif-Regular.ttf and -Bold.ttf.
const REGULAR =
  '250,333,408,500,500,833,778,180,333,333,500,564,250,333,250,278,500,500,500,500,500,500,500,500,500,500,278,278,564,564,564,444,921,722,667,667,722,611,556,722,722,333,389,722,611,889,722,722,556,722,667,556,611,722,722,944,722,722,611,333,278,333,469,500,333,444,500,444,500,444,333,500,500,278,278,500,278,778,500,500,500,500,333,389,278,500,500,722,500,500,444,480,200,480,541';
const BOLD =
  '250,333,555,500,500,1000,833,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,930,722,667,722,722,667,611,778,778,389,500,778,667,944,722,778,611,778,722,556,667,722,722,1000,722,722,667,333,278,333,581,500,333,500,556,444,556,444,333,500,556,278,333,556,278,833,556,500,556,556,444,389,333,556,500,722,500,500,444,394,220,394,520';

// Letters whose horn makes them wider than their base letter.
const HORNED_REGULAR: Readonly<Record<string, number>> = { ơ: 529, ư: 542, Ơ: 722, Ư: 776 };
const HORNED_BOLD: Readonly<Record<string, number>> = { ơ: 554, ư: 600, Ơ: 778, Ư: 796 };

const regular = REGULAR.split(',').map(Number);
const bold = BOLD.split(',').map(Number);

// Widths already worked out, per character and weight: table cells measure thousands of characters. Capped, so
// that a file full of distinct characters cannot grow it without end.
const known = [new Map<string, number>(), new Map<string, number>()] as const;
const KNOWN_MAX = 4096;

function charWidth(ch: string, isBold: boolean): number {
  const cache = known[isBold ? 1 : 0];
  let width = cache.get(ch);
  if (width === undefined) {
    width = measureChar(ch, isBold);
    if (cache.size < KNOWN_MAX) {
      cache.set(ch, width);
    }
  }
  return width;
}

function measureChar(ch: string, isBold: boolean): number {
  const decomposed = ch.normalize('NFD');
  // U+031B is the horn of ơ and ư; tone marks above or below do not change the advance width.
  const horned = decomposed.includes('\u031B') ? (isBold ? HORNED_BOLD : HORNED_REGULAR)[`${decomposed.charAt(0)}\u031B`.normalize('NFC')] : undefined;
  if (horned !== undefined) {
    return horned;
  }
  if (ch === '…') {
    return 1000;
  }
  const base = decomposed.charAt(0).replace('đ', 'd').replace('Đ', 'D');
  const code = base.charCodeAt(0);
  const table = isBold ? bold : regular;
  return code >= 32 && code <= 126 ? (table[code - 32] ?? 500) : 500;
}

/** Width in twips of `text` set on one line at `halfPoints` size. */
export function textWidth(text: string, halfPoints: number, isBold = false): number {
  let units = 0;
  for (const ch of text.normalize('NFC')) {
    units += charWidth(ch, isBold);
  }
  // units/1000 em × size in points × 20 twips per point.
  return Math.round((units * halfPoints * 10) / 1000);
}
