/**
 * Vietnamese text normalization: NFC, whitespace, case. Pure string functions.
 */

/** NFC with non-breaking and odd spaces folded to a plain space, zero-width characters removed. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    // "Ð" (U+00D0, the Icelandic eth) drawn the same as "Đ" by converters and some keyboards: Vietnamese "Đ".
    .replace(/\u00D0/g, '\u0110')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ');
}

/** Collapses runs of spaces and trims. */
export function squeeze(text: string): string {
  return text.replace(/ {2,}/g, ' ').trim();
}

/** Vietnamese upper case (NFC). */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi-VN').normalize('NFC');
}

/** Vietnamese lower case (NFC). */
export function lower(text: string): string {
  return text.toLocaleLowerCase('vi-VN').normalize('NFC');
}

/** True when the text has letters and none of them is lower case. */
export function isAllCaps(text: string): boolean {
  return /\p{L}/u.test(text) && text === upper(text);
}

/** Removes Vietnamese diacritics (for lenient matching only; never for display). */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/**
 * A key for matching headings by meaning: lower case, "-", "–", ",", ";" and "và" folded to one
 * separator, spaces squeezed. "MỤC ĐÍCH - YÊU CẦU" and "Mục đích, yêu cầu" give the same key.
 */
export function headingKey(text: string): string {
  return lower(normalizeText(text))
    .replace(/[.:]+$/u, '')
    .replace(/\s*[-–—,;/]\s*|\s+và\s+/gu, ', ')
    .replace(/[()]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
