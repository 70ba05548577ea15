/**
 * Pre-Unicode Vietnamese encodings still met in old Word files: TCVN3/ABC (fonts ".VnTime",
 * ".VnTimeH" …) and VNI-Windows (fonts "VNI-Times" …). Text in those fonts is converted to NFC Unicode.
 */

/** The legacy encodings we recognise. */
export const LegacyEncoding = { TCVN3: 'tcvn3', VNI: 'vni' } as const;
export type LegacyEncoding = (typeof LegacyEncoding)[keyof typeof LegacyEncoding];

/** The encoding a font name implies, or null for a Unicode font. */
export function legacyEncodingOf(font: string | null): LegacyEncoding | null {
  if (font === null) {
    return null;
  }
  const f = font.trim().toLowerCase();
  if (f.startsWith('.vn')) {
    return LegacyEncoding.TCVN3;
  }
  return f.startsWith('vni-') || f.startsWith('vni ') ? LegacyEncoding.VNI : null;
}

const TCVN3_CODES = 'µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢§£¤¥¦';
const TCVN3_UNICODE = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ';
const TCVN3_MAP: ReadonlyMap<string, string> = new Map(
  Array.from(TCVN3_CODES, (c, i) => [c, TCVN3_UNICODE.charAt(i)] as const),
);

/**
 * TCVN3 (ABC) text to Unicode. In the "H" fonts (".VnTimeH") every glyph is a capital, so the
 * result is upper-cased.
 */
export function tcvn3ToUnicode(text: string, capitalsFont = false): string {
  let out = '';
  for (const ch of text) {
    out += TCVN3_MAP.get(ch) ?? ch;
  }
  return (capitalsFont ? out.toLocaleUpperCase('vi-VN') : out).normalize('NFC');
}

// VNI-Windows: a base letter followed by a mark character (lower or upper case form).
const COMBINING: Readonly<Record<string, string>> = {
  ù: '\u0301', ø: '\u0300', û: '\u0309', õ: '\u0303', ï: '\u0323',
};
const SHAPE: Readonly<Record<string, { readonly shape: string; readonly tone: string }>> = {
  â: { shape: '\u0302', tone: '' }, á: { shape: '\u0302', tone: '\u0301' }, à: { shape: '\u0302', tone: '\u0300' },
  å: { shape: '\u0302', tone: '\u0309' }, ã: { shape: '\u0302', tone: '\u0303' }, ä: { shape: '\u0302', tone: '\u0323' },
  ê: { shape: '\u0306', tone: '' }, é: { shape: '\u0306', tone: '\u0301' }, è: { shape: '\u0306', tone: '\u0300' },
  ú: { shape: '\u0306', tone: '\u0309' }, ü: { shape: '\u0306', tone: '\u0303' }, ë: { shape: '\u0306', tone: '\u0323' },
};
const VNI_SINGLE: Readonly<Record<string, string>> = {
  ô: 'ơ', Ô: 'Ơ', ö: 'ư', Ö: 'Ư', ñ: 'đ', Ñ: 'Đ',
  í: 'í', ì: 'ì', æ: 'ỉ', ó: 'ĩ', ò: 'ị', Í: 'Í', Ì: 'Ì', Æ: 'Ỉ', Ó: 'Ĩ', Ò: 'Ị', î: 'ỵ', Î: 'Ỵ',
};
const VNI_TOKEN = /([aeiouyAEIOUYôÔöÖ])([ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË])|[ôÔöÖñÑíìæóòÍÌÆÓÒîÎ]/g;

/** VNI-Windows text to Unicode (NFC), in one pass so that a converted letter is never converted again. */
export function vniToUnicode(text: string): string {
  return text
    .replace(VNI_TOKEN, (whole, base: string | undefined, mark: string | undefined) => {
      if (base === undefined || mark === undefined) {
        return VNI_SINGLE[whole] ?? whole;
      }
      const b = VNI_SINGLE[base] ?? base;
      const shape = SHAPE[mark.toLowerCase()];
      if (shape) {
        const allowed = shape.shape === '\u0306' ? /^[aA]$/ : /^[aeoAEO]$/;
        return allowed.test(b) ? `${b}${shape.shape}${shape.tone}` : whole;
      }
      return `${b}${COMBINING[mark.toLowerCase()] ?? ''}`;
    })
    .normalize('NFC');
}

/** Converts text written in a legacy font; Unicode fonts pass through unchanged. */
export function convertLegacyText(text: string, font: string | null): string {
  const encoding = legacyEncodingOf(font);
  if (encoding === LegacyEncoding.TCVN3) {
    return tcvn3ToUnicode(text, /h$/i.test((font ?? '').trim()));
  }
  return encoding === LegacyEncoding.VNI ? vniToUnicode(text) : text;
}
