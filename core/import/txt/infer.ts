/**
 * Facts the text makes certain without stating them as fields: who issues the document (the UBND
 * collectively or its Chủ tịch) and, when the type name is missing, the document kind.
 */
import type { DocKind, Issuer } from '../../model/plan-document';

const ISSUING =
  /(?<!\p{L})(Chủ tịch\s+|CHỦ TỊCH\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|ỦY BAN NHÂN DÂN|ỦY BAN NHÂN DÂN)(?:\s+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn|TỈNH|HUYỆN)(?:\s+\p{Lu}[\p{L}-]*){0,4})?\s+(?:xây dựng và\s+|thống nhất\s+)?ban hành(?!\p{L})/gu;

/** Who issues, read from the sentence "… ban hành Kế hoạch …" (the last one in the text), or null. */
export function inferIssuer(text: string): Issuer | null {
  let found: Issuer | null = null;
  for (const m of text.matchAll(ISSUING)) {
    found = m[1] ? 'head' : 'collective';
  }
  return found;
}

const ISSUED_TYPE: ReadonlyArray<readonly [RegExp, DocKind]> = [
  [/ban hành (?:bản )?Kế hoạch/iu, 'ke-hoach'],
  [/ban hành Chương trình/iu, 'chuong-trinh'],
  [/ban hành Thông báo/iu, 'thong-bao'],
];

const SYMBOL_CODES: Readonly<Record<string, DocKind>> = {
  KH: 'ke-hoach', BC: 'bao-cao', QĐ: 'quyet-dinh', TTr: 'to-trinh', TB: 'thong-bao', CTr: 'chuong-trinh',
};

/** A kind guessed from the opening ("ban hành Kế hoạch") or the ký hiệu's type code ("KH-UBND"), or null. */
export function inferKind(opening: string, symbol: string | null): DocKind | null {
  for (const [pattern, kind] of ISSUED_TYPE) {
    if (pattern.test(opening)) {
      return kind;
    }
  }
  const code = symbol?.split('-')[0]?.trim() ?? '';
  return SYMBOL_CODES[code] ?? null;
}
