/**
 * Lookups in a document's paragraph facts by paragraph index, built once per facts and shared by every rule:
 * a rule that looked up each appendix or section by scanning all paragraphs grew with appendices × paragraphs.
 */
import type { ParagraphFacts } from '../../model/formatting';

type ParagraphIndex = {
  /** The paragraphs in order of index (stable). */
  readonly sorted: readonly ParagraphFacts[];
  /** For each position of `sorted`, the position of the last paragraph at or before it that knows its section; -1 if none. */
  readonly lastWithSection: Int32Array;
  /** Per section: how many paragraphs it holds and whether one of them is a data-table cell. */
  readonly bySection: ReadonlyMap<number, { readonly count: number; readonly dataTable: boolean }>;
};

const cache = new WeakMap<readonly ParagraphFacts[], ParagraphIndex>();

/** How many times an index was built (tests check that rules share one per document instead of rebuilding it). */
export const paragraphIndexStats = { builds: 0 };

function indexOf(paragraphs: readonly ParagraphFacts[]): ParagraphIndex {
  const known = cache.get(paragraphs);
  if (known) {
    return known;
  }
  paragraphIndexStats.builds += 1;
  const ordered = paragraphs.every((p, i) => i === 0 || (paragraphs[i - 1] as ParagraphFacts).index <= p.index);
  const sorted = ordered ? paragraphs : [...paragraphs].sort((a, b) => a.index - b.index);
  const lastWithSection = new Int32Array(sorted.length);
  const bySection = new Map<number, { count: number; dataTable: boolean }>();
  let last = -1;
  sorted.forEach((p, i) => {
    if (p.section !== undefined) {
      last = i;
      const entry = bySection.get(p.section) ?? { count: 0, dataTable: false };
      entry.count += 1;
      entry.dataTable ||= p.dataTable === true;
      bySection.set(p.section, entry);
    }
    lastWithSection[i] = last;
  });
  const built: ParagraphIndex = { sorted, lastWithSection, bySection };
  cache.set(paragraphs, built);
  return built;
}

/** The position in `sorted` of the first paragraph whose index is ≥ `index` (binary search). */
function lowerBound(sorted: readonly ParagraphFacts[], index: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as ParagraphFacts).index < index) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/** The paragraphs whose index is in [from, to), in order. */
export function paragraphsBetween(paragraphs: readonly ParagraphFacts[], from: number, to: number): ParagraphFacts[] {
  const { sorted } = indexOf(paragraphs);
  const out: ParagraphFacts[] = [];
  for (let i = lowerBound(sorted, from); i < sorted.length && (sorted[i] as ParagraphFacts).index < to; i += 1) {
    out.push(sorted[i] as ParagraphFacts);
  }
  return out;
}

/** The first paragraph with this index, if any. */
export function paragraphAt(paragraphs: readonly ParagraphFacts[], index: number): ParagraphFacts | undefined {
  const { sorted } = indexOf(paragraphs);
  const found = sorted[lowerBound(sorted, index)];
  return found?.index === index ? found : undefined;
}

/** The last paragraph before this index that knows its section, if any. */
export function previousWithSection(paragraphs: readonly ParagraphFacts[], index: number): ParagraphFacts | undefined {
  const { sorted, lastWithSection } = indexOf(paragraphs);
  const at = lowerBound(sorted, index) - 1;
  const pos = at >= 0 ? (lastWithSection[at] ?? -1) : -1;
  return pos >= 0 ? sorted[pos] : undefined;
}

/** How many paragraphs a section holds and whether one is a data-table cell (none: count 0). */
export function sectionContent(paragraphs: readonly ParagraphFacts[], section: number): { readonly count: number; readonly dataTable: boolean } {
  return indexOf(paragraphs).bySection.get(section) ?? { count: 0, dataTable: false };
}
