/**
 * The name of each document kind in words ("Kế hoạch", "Công văn"): one table for the rules, the report and
 * the default file names.
 */
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
