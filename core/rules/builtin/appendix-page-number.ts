/**
 * appendix.page-number (.docx): each appendix is numbered in pages on its own (PL I, Phần I, Mục III, khoản 1,
 * điểm đ): it starts a new section whose numbering restarts (w:pgNumType w:start), with the number centred in
 * that section's header. Needs ParagraphFacts.section and PageFacts.pageNumberStart (and HeaderFooterFacts.section
 * for the header); stays silent on what the facts do not carry.
 */
import type { FormattingFacts, HeaderFooterFacts } from '../../model/formatting';
import type { PlanDocument } from '../../model/plan-document';
import { appendixLocation } from '../support/appendices';
import { finding } from '../support/finding';
import { paragraphAt, previousWithSection } from '../support/paragraph-index';
import type { Finding, FindingLocation, Rule } from '../types';
import { hasFormatting } from '../support/format/measure';

/** Per header/footer kind and type, the part Word uses in each section (own, else the nearest earlier one's). */
type Inherited = readonly (readonly (HeaderFooterFacts | undefined)[])[];

const inheritedCache = new WeakMap<readonly HeaderFooterFacts[], Inherited | null>();

/** Built once per facts in one pass over the parts and sections (per appendix it grew with appendices × sections × parts). */
function inheritedParts(facts: FormattingFacts): Inherited | null {
  const parts = facts.headerFooters;
  const known = inheritedCache.get(parts);
  if (known !== undefined) {
    return known;
  }
  let built: Inherited | null = null;
  if (parts.some((hf) => hf.section !== undefined)) {
    const count = Math.max(facts.sections?.length ?? 0, ...parts.map((hf) => (hf.section ?? 0) + 1));
    const own = new Map<string, HeaderFooterFacts>();
    for (const hf of parts) {
      const key = `${hf.kind}/${hf.type}/${hf.section ?? 0}`;
      if (!own.has(key)) {
        own.set(key, hf);
      }
    }
    built = (['header', 'footer'] as const).flatMap((kind) =>
      (['default', 'first', 'even'] as const).map((type) => {
        const row: (HeaderFooterFacts | undefined)[] = [];
        let last: HeaderFooterFacts | undefined;
        for (let s = 0; s < count; s += 1) {
          last = own.get(`${kind}/${type}/${s}`) ?? last;
          row.push(last);
        }
        return row;
      }),
    );
  }
  inheritedCache.set(parts, built);
  return built;
}

/** The header parts Word uses in a section: its own, else inherited from the nearest earlier section that has one per type. */
function partsOf(facts: FormattingFacts, section: number): HeaderFooterFacts[] | null {
  const inherited = inheritedParts(facts);
  if (inherited === null) {
    return null;
  }
  const out: HeaderFooterFacts[] = [];
  for (const row of inherited) {
    const part = row[Math.min(section, row.length - 1)];
    if (part) {
      out.push(part);
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

function checkOne(doc: PlanDocument, facts: FormattingFacts, i: number): Finding[] {
  const a = doc.appendices[i];
  const line = a?.source?.line;
  const first = line === undefined ? undefined : paragraphAt(facts.paragraphs, line - 1);
  if (first?.section === undefined) {
    return [];
  }
  const at: FindingLocation = appendixLocation(doc, i);
  const name = at.path ?? 'Phụ lục';
  const before = previousWithSection(facts.paragraphs, first.index);
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
