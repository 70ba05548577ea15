/**
 * appendix.page-number (.docx): each appendix is numbered in pages on its own (PL I, Phần I, Mục III, khoản 1,
 * điểm đ): it starts a new section whose numbering restarts (w:pgNumType w:start), with the number centred in
 * that section's header. Needs ParagraphFacts.section and PageFacts.pageNumberStart (and HeaderFooterFacts.section
 * for the header); stays silent on what the facts do not carry.
 */
import type { FormattingFacts, HeaderFooterFacts, ParagraphFacts } from '../../model/formatting';
import type { PlanDocument } from '../../model/plan-document';
import { appendixLocation } from '../support/appendices';
import { finding } from '../support/finding';
import type { Finding, FindingLocation, Rule } from '../types';
import { hasFormatting } from './format/measure';

/** The header parts Word uses in a section: its own, else inherited from the nearest earlier section that has one per type. */
function partsOf(facts: FormattingFacts, section: number): HeaderFooterFacts[] | null {
  const parts = facts.headerFooters;
  if (!parts.some((hf) => hf.section !== undefined)) {
    return null;
  }
  const out: HeaderFooterFacts[] = [];
  for (const kind of ['header', 'footer'] as const) {
    for (const type of ['default', 'first', 'even'] as const) {
      for (let s = section; s >= 0; s -= 1) {
        const own = parts.find((hf) => hf.kind === kind && hf.type === type && (hf.section ?? 0) === s);
        if (own) {
          out.push(own);
          break;
        }
      }
    }
  }
  return out.filter((hf) => hf.shown !== false);
}

function headerFaults(facts: FormattingFacts, section: number): string | null {
  const parts = partsOf(facts, section);
  if (parts === null) {
    return null;
  }
  const numbered = parts.filter((hf) => hf.hasPageField);
  if (numbered.length === 0) {
    return 'trang phụ lục không có số trang; đánh số ở giữa phần đầu trang';
  }
  if (!numbered.some((hf) => hf.kind === 'header')) {
    return 'số trang của phụ lục đặt ở chân trang; cần đặt ở giữa phần đầu trang';
  }
  return numbered.some((hf) => hf.kind === 'header' && hf.alignment !== 'center') ? 'số trang của phụ lục chưa căn giữa phần đầu trang' : null;
}

function previous(paragraphs: readonly ParagraphFacts[], index: number): ParagraphFacts | undefined {
  return paragraphs.filter((p) => p.index < index && p.section !== undefined).pop();
}

function checkOne(doc: PlanDocument, facts: FormattingFacts, i: number): Finding[] {
  const a = doc.appendices[i];
  const line = a?.source?.line;
  const first = line === undefined ? undefined : facts.paragraphs.find((p) => p.index === line - 1);
  if (first?.section === undefined) {
    return [];
  }
  const at: FindingLocation = appendixLocation(doc, i);
  const name = at.path ?? 'Phụ lục';
  const before = previous(facts.paragraphs, first.index);
  if (before !== undefined && before.section === first.section) {
    return [finding(appendixPageNumber, `${name} không bắt đầu một phần (section) mới nên không đánh số trang riêng được: chèn ngắt phần (Section Break, Next Page) trước phụ lục và đánh số trang lại từ 1.`, at)];
  }
  const out: Finding[] = [];
  const section = facts.sections?.[first.section];
  const start = section?.pageNumberStart;
  if (start === null) {
    out.push(finding(appendixPageNumber, `${name} không đánh số trang riêng: số trang nối tiếp văn bản chính — đặt "Start at: 1" (Page Number Format) cho phần chứa phụ lục.`, at));
  } else if (start !== undefined && start !== 1) {
    out.push(finding(appendixPageNumber, `${name} đánh số trang bắt đầu từ ${start}; phụ lục đánh số trang riêng, bắt đầu từ 1.`, at));
  }
  const header = headerFaults(facts, first.section);
  if (header !== null) {
    out.push(finding(appendixPageNumber, `${name}: ${header}.`, at));
  }
  return out;
}

/** Each appendix restarts its page numbering, centred in the header. */
export const appendixPageNumber: Rule = {
  id: 'appendix.page-number',
  group: 'appendix',
  severity: 'warning',
  title: 'Số trang riêng của phụ lục',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục III, khoản 1',
  // No `applies`: without formatting facts the format group is already listed as not evaluated.
  check: (doc) => {
    const facts = doc.formatting;
    // A document that shows no page number anywhere is format.page-number's matter, not each appendix's.
    const numbered = facts?.headerFooters.some((hf) => hf.hasPageField && hf.shown !== false) ?? false;
    return facts && numbered && hasFormatting(doc) ? doc.appendices.flatMap((_, i) => checkOne(doc, facts, i)) : [];
  },
};
