/**
 * Letter and numeral sequences for Vietnamese numbering (PL I, Mục II, khoản 6.đ; docs/nd30.md §9).
 */

/** The 23 điểm letters in Vietnamese alphabetical order: no ă â ê ô ơ ư, no f j w z. */
export const POINT_LETTERS: readonly string[] = [
  'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm',
  'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y',
];

/** The letter for the n-th điểm (1-based); past "y" continues as "a1", "b1", … (rare, never ambiguous). */
export function pointLetter(n: number): string {
  const count = POINT_LETTERS.length;
  const base = POINT_LETTERS[(n - 1) % count] ?? 'a';
  const round = Math.floor((n - 1) / count);
  return round === 0 ? base : `${base}${round}`;
}

/** The 1-based position of a điểm letter, or null when it is not one. */
export function pointIndex(letter: string): number | null {
  const i = POINT_LETTERS.indexOf(letter.toLowerCase());
  return i < 0 ? null : i + 1;
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** Roman numeral for 1..3999. */
export function toRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** Value of a well-formed Roman numeral (upper case), or null. */
export function fromRoman(text: string): number | null {
  if (!/^[IVXLCDM]+$/.test(text)) {
    return null;
  }
  let total = 0;
  let i = 0;
  for (const [value, symbol] of ROMAN) {
    while (text.startsWith(symbol, i)) {
      total += value;
      i += symbol.length;
    }
  }
  return i === text.length && toRoman(total) === text ? total : null;
}
