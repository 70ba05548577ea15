/**
 * Facts the text makes certain without stating them as fields: who issues the document (the UBND
 * collectively or its Chủ tịch) and, when the type name is missing, the document kind.
 */
import type { Block, DocKind, Issuer } from '../../model/plan-document';

const ISSUING =
  /(?<!\p{L})(Chủ tịch\s+|CHỦ TỊCH\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|ỦY BAN NHÂN DÂN|ỦY BAN NHÂN DÂN)(?:\s+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn|TỈNH|HUYỆN)(?:\s+\p{Lu}[\p{L}-]*){0,4})?\s+(?:(?:xây dựng và\s+|thống nhất\s+)?ban hành|xây dựng\s+(?:bản\s+)?(?:[Kk]ế hoạch|[Cc]hương trình|[Đđ]ề án|[Pp]hương án))(?!\p{L})/gu;

/** Who issues, read from the sentence "… ban hành Kế hoạch …" or "… xây dựng Kế hoạch …" (the last one), or null. */
export function inferIssuer(text: string): Issuer | null {
  let found: Issuer | null = null;
  for (const m of text.matchAll(ISSUING)) {
    found = m[1] ? 'head' : 'collective';
  }
  return found;
}

/** Kinds whose bodies are often divided by "1.", "2." at the top, with no Roman sections. */
const ITEM_SECTIONED: ReadonlySet<DocKind> = new Set<DocKind>(['bao-cao', 'to-trinh', 'thong-bao']);

/**
 * A báo cáo, tờ trình or thông báo divided by "1.", "2." at the top level (no "I." nor "Phần"): those items are
 * its sections (the document's main divisions), read at level 'section' with their labels as written.
 */
export function topLevelSections(kind: DocKind, body: readonly Block[]): Block[] {
  const numbered = body.filter((b) => b.kind === 'numbered');
  const sectioned = numbered.some((b) => b.level === 'section' || b.level === 'part');
  if (!ITEM_SECTIONED.has(kind) || sectioned || !numbered.some((b) => b.level === 'item')) {
    return [...body];
  }
  return body.map((b) => (b.kind === 'numbered' && b.level === 'item' ? { ...b, level: 'section' } : b));
}

const ISSUED_TYPE: ReadonlyArray<readonly [RegExp, DocKind]> = [
  [/(?:ban hành|xây dựng) (?:bản )?Kế hoạch/iu, 'ke-hoach'],
  [/ban hành Chương trình/iu, 'chuong-trinh'],
  [/ban hành Thông báo/iu, 'thong-bao'],
  // The closing names the type: "Trên đây là Báo cáo …", "Trên đây là Kế hoạch …".
  [/Trên đây là (?:(?:toàn bộ )?nội dung )?(?:bản )?Kế hoạch/iu, 'ke-hoach'],
  [/Trên đây là (?:(?:toàn bộ )?nội dung )?(?:bản )?báo cáo/iu, 'bao-cao'],
  [/Trên đây là (?:(?:toàn bộ )?nội dung )?Tờ trình|(?<!\p{L})kính trình(?!\p{L})/iu, 'to-trinh'],
  [/Trên đây là (?:(?:toàn bộ )?nội dung )?Thông báo/iu, 'thong-bao'],
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
