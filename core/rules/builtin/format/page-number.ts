/**
 * format.page-number: Arabic page numbers centred in the header (top margin), size 13–14, upright,
 * not shown on page 1 (PL I, Phần I, Mục I, khoản 7). Judges only the parts Word shows (HeaderFooterFacts.shown)
 * of the main document's first section (an appendix's own numbering is appendix.page-number's). A one-page
 * document needs no number: Word's saved page count says so, else a conservative estimate from the text.
 */
import type { HeaderFooterFacts } from '../../../model/formatting';
import type { PlanDocument } from '../../../model/plan-document';
import type { Finding, Rule } from '../../types';
import { formatFinding, hasFormatting, pt } from '../../support/format/measure';

/** About one A4 page of 14 pt text with the letterhead; a page-count estimate, not a layout. */
const ONE_PAGE_CHARS = 2500;
/** Below this the text surely fits one page (letterhead, signer and Nơi nhận included): no number needed. */
const SURELY_ONE_PAGE = 2000;

/** The parts Word shows on the main document's pages: older facts (no `shown`) count every part. */
function shownParts(parts: readonly HeaderFooterFacts[]): HeaderFooterFacts[] {
  return parts.filter((hf) => hf.shown !== false && (hf.section ?? 0) === 0);
}

/** Whether the document surely runs to a third page: Word's saved count, else a conservative text-length estimate. */
function atLeastThreePages(facts: PlanDocument['formatting']): boolean {
  const saved = facts?.pagesAsSaved ?? null;
  if (saved !== null) {
    return saved >= 3;
  }
  const chars = (facts?.paragraphs ?? []).filter((p) => p.dataTable !== true).reduce((n, p) => n + p.text.length, 0);
  return chars >= ONE_PAGE_CHARS * 2.5;
}

function missingNumber(facts: PlanDocument['formatting']): Finding[] {
  const saved = facts?.pagesAsSaved ?? null;
  if (saved !== null && saved <= 1) {
    return [];
  }
  const chars = (facts?.paragraphs ?? []).filter((p) => p.dataTable !== true).reduce((n, p) => n + p.text.length, 0);
  if (saved !== null || chars >= ONE_PAGE_CHARS * 1.5) {
    const pages = saved ?? Math.ceil(chars / ONE_PAGE_CHARS);
    const said = saved !== null ? `${pages} trang (theo Word)` : `khoảng ${pages} trang`;
    return [formatFinding(formatPageNumber, `Không có số trang, mà văn bản dài ${said}; cần đánh số trang ở giữa phần đầu trang, từ trang 2.`, { part: 'page' })];
  }
  if (chars < SURELY_ONE_PAGE) {
    return [];
  }
  return [formatFinding(formatPageNumber, 'Không thấy số trang; nếu văn bản dài hơn một trang, cần đánh số trang ở giữa phần đầu trang (từ trang 2).', { part: 'page' }, 'warning')];
}

function at(hf: HeaderFooterFacts): Finding['location'] {
  return { part: 'page', text: hf.text };
}

function fieldRunFaults(hf: HeaderFooterFacts): string[] {
  const run = hf.pageFieldRun;
  if (!run) {
    return [];
  }
  const out: string[] = [];
  if (run.sizeHalfPt !== null && (run.sizeHalfPt < 26 || run.sizeHalfPt > 28)) {
    out.push(`cỡ chữ ${pt(run.sizeHalfPt)}; cần 13–14`);
  }
  if (run.bold || run.italic) {
    out.push('cần chữ đứng, không đậm, không nghiêng');
  }
  return out;
}

function check(doc: PlanDocument): Finding[] {
  const facts = doc.formatting;
  const parts = shownParts(facts?.headerFooters ?? []);
  const titlePage = facts?.page?.titlePage ?? false;
  const withField = parts.filter((hf) => hf.hasPageField);
  if (withField.length === 0) {
    return missingNumber(facts);
  }
  const out: Finding[] = [];
  for (const hf of withField) {
    if (hf.kind === 'footer') {
      out.push(formatFinding(formatPageNumber, 'Số trang đặt ở chân trang; cần đặt ở giữa phần đầu trang (lề trên).', at(hf)));
      continue;
    }
    if (hf.alignment !== 'center') {
      out.push(formatFinding(formatPageNumber, `Số trang ở đầu trang nhưng căn ${hf.alignment === 'right' || hf.alignment === 'end' ? 'phải' : 'trái'}; cần căn giữa.`, at(hf)));
    }
    const runFaults = fieldRunFaults(hf);
    if (runFaults.length > 0) {
      out.push(formatFinding(formatPageNumber, `Số trang: ${runFaults.join('; ')}.`, at(hf)));
    }
  }
  const firstShows = titlePage ? withField.some((hf) => hf.type === 'first') : withField.some((hf) => hf.type === 'default');
  if (firstShows) {
    out.push(formatFinding(formatPageNumber, 'Số trang hiện cả ở trang 1; trang đầu không đánh số (bật "Trang đầu khác" và để trống đầu trang của trang 1).', { part: 'page' }));
  }
  // With "different odd and even pages" (the reader marks the even part shown), odd pages use the default part.
  const evenOnly = withField.some((hf) => hf.type === 'even' && hf.shown === true) && !withField.some((hf) => hf.type === 'default');
  if (evenOnly && atLeastThreePages(facts)) {
    out.push(formatFinding(formatPageNumber, 'Số trang chỉ có ở đầu trang chẵn: các trang lẻ từ trang 3 không có số — đặt số trang cả ở đầu trang lẻ (hoặc tắt "Trang chẵn lẻ khác nhau").', { part: 'page' }));
  }
  return out;
}

/** Page numbers. */
export const formatPageNumber: Rule = {
  id: 'format.page-number',
  group: 'format',
  severity: 'error',
  title: 'Số trang',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục I, khoản 7',
  applies: hasFormatting,
  check,
};
