/**
 * The export's pages of a document, laid out once per document and shared by the layout.* rules (each laid the
 * whole document out again: a check of many documents paid the pagination twice per document).
 */
import { paginate, type Pagination } from '../../layout/paginate';
import type { PlanDocument } from '../../model/plan-document';

const cache = new WeakMap<PlanDocument, Pagination>();

/** How many times a document was laid out (tests check the layout rules share one). */
export const exportPagesStats = { builds: 0 };

/** The pages of the document's .docx export, as core/layout computes them. */
export function exportPages(doc: PlanDocument): Pagination {
  const known = cache.get(doc);
  if (known) {
    return known;
  }
  exportPagesStats.builds += 1;
  const pages = paginate(doc);
  cache.set(doc, pages);
  return pages;
}
