/**
 * Document kinds in words, and what the decree asks of each kind that the rules need to know: which kinds
 * carry a legal-basis part (căn cứ ban hành, PL I, Phần I, Mục II, khoản 6, điểm a) and which are judged
 * against a Kế hoạch section profile.
 */
import type { DocKind } from '../../model/plan-document';

export { kindName } from '../../model/kinds';

/** Kinds whose opening is a legal basis ("Căn cứ …;" lines, italic, the last ending "."). */
const WITH_BASIS: ReadonlySet<DocKind> = new Set<DocKind>(['ke-hoach', 'quyet-dinh', 'chuong-trinh']);

/** True when the decree gives this kind of document a legal-basis part. */
export function hasLegalBasis(kind: DocKind): boolean {
  return WITH_BASIS.has(kind);
}

/** The profile kinds a document of this kind may be judged against (a Chương trình is laid out as a Kế hoạch). */
export function profileKindsFor(kind: DocKind): readonly DocKind[] {
  return kind === 'chuong-trinh' ? ['chuong-trinh', 'ke-hoach'] : [kind];
}
