/**
 * The name of each document kind in words ("Kế hoạch", "Công văn"), and the type name line it prints ("KẾ HOẠCH",
 * PL I, khoản 5): one table for the writer, the rules, the report, the importer and the default file names.
 */
import { upper } from '../text/normalize';
import type { DocKind } from './plan-document';

const KIND_NAMES: Readonly<Record<DocKind, string>> = {
  'ke-hoach': 'Kế hoạch',
  'cong-van': 'Công văn',
  'bao-cao': 'Báo cáo',
  'quyet-dinh': 'Quyết định',
  'to-trinh': 'Tờ trình',
  'thong-bao': 'Thông báo',
  'chuong-trinh': 'Chương trình',
  khac: 'Văn bản',
};

/** The name of a document kind ("Kế hoạch"). */
export function kindName(kind: DocKind): string {
  return KIND_NAMES[kind];
}

/** The name of a kind given as a string (a file name's caller may hold any string): "Văn bản" when unknown. */
export function kindNameOf(kind: string): string {
  return Object.hasOwn(KIND_NAMES, kind) ? KIND_NAMES[kind as DocKind] : KIND_NAMES.khac;
}

/** The kinds that print a type name line of their own; a công văn has none (its V/v line stands there), nor has "khác". */
export const TYPED_KINDS: readonly DocKind[] = ['ke-hoach', 'bao-cao', 'quyet-dinh', 'to-trinh', 'thong-bao', 'chuong-trinh'];

/** The type name line of a kind in capitals ("KẾ HOẠCH"), or null for a kind without one (công văn, khác). */
export function typeNameOf(kind: DocKind): string | null {
  return TYPED_KINDS.includes(kind) ? upper(KIND_NAMES[kind]) : null;
}
