/**
 * format.lines: the solid lines under the Tiêu ngữ, under the issuing body and under the trích yếu
 * (not for a công văn's V/v) are present: a paragraph bottom border or a drawn line shape, never an
 * underline (PL I, Phần I, Mục II, khoản 1, 2, 5).
 */
import type { ParagraphFacts } from '../../../model/formatting';
import type { PlanDocument } from '../../../model/plan-document';
import type { Finding, Rule } from '../../types';
import { Element, elementParagraphs, type ElementParagraph } from '../../support/format/elements';
import { coverage, formatFinding, hasFormatting, paragraphLocation, quoteText } from '../../support/format/measure';

const NAMES: Readonly<Partial<Record<Element, string>>> = {
  motto: 'Tiêu ngữ',
  agency: 'tên cơ quan ban hành',
  summary: 'trích yếu',
};

const LETTERHEAD: ReadonlySet<Element> = new Set<Element>([Element.NATIONAL_TITLE, Element.MOTTO, Element.PARENT_AGENCY, Element.AGENCY, Element.NUMBER, Element.DATE]);

/** The last paragraph of each element that needs a line under it. */
function targets(doc: PlanDocument): ElementParagraph[] {
  const wanted: Element[] = [Element.MOTTO, Element.AGENCY];
  if (doc.kind !== 'cong-van') {
    wanted.push(Element.SUMMARY);
  }
  const last = new Map<Element, ElementParagraph>();
  for (const entry of elementParagraphs(doc)) {
    if (wanted.includes(entry.element)) {
      last.set(entry.element, entry);
    }
  }
  return [...last.values()];
}

/**
 * A line under the paragraph: its own bottom border or drawn shape, an empty next paragraph's border, or a shape
 * anchored in the next paragraph (Word anchors a floating line to the paragraph it was dropped on) unless that
 * paragraph needs a line of its own.
 */
function hasLine(p: ParagraphFacts, next: ParagraphFacts | undefined, targets: ReadonlySet<number>): boolean {
  if (p.hasBottomBorder || (p.drawnLines ?? 0) > 0) {
    return true;
  }
  if (next === undefined) {
    return false;
  }
  const shape = (next.drawnLines ?? 0) > 0 && !targets.has(next.index);
  return shape || (next.text.trim() === '' && next.hasBottomBorder);
}

/**
 * The paragraph under one: the next one, or in a letterhead laid out with tabs (its columns' lines interleaved:
 * "SỞ X⇥Độc lập …", "Số: …⇥…, ngày …") the next one on the same side.
 */
function nextBelow(p: ParagraphFacts, byIndex: ReadonlyMap<number, ParagraphFacts>): ParagraphFacts | undefined {
  const side = p.container === 'body' ? (p.cell ?? null) : null;
  for (let i = p.index + 1; byIndex.has(i); i += 1) {
    const next = byIndex.get(i);
    if (side === null || next === undefined || next.container !== 'body' || (next.cell ?? null) === null || next.cell === side) {
      return next;
    }
  }
  return undefined;
}

function check(doc: PlanDocument): Finding[] {
  const paragraphs = doc.formatting?.paragraphs ?? [];
  const byIndex = new Map(paragraphs.map((p) => [p.index, p] as const));
  const found = targets(doc);
  const indexes = new Set(found.map((t) => t.paragraph.index));
  const missing = found.filter((t) => !hasLine(t.paragraph, nextBelow(t.paragraph, byIndex), indexes));
  // Floating shapes may be anchored to any paragraph of the letterhead: enough of them there covers all.
  // The letterhead runs down to its last line (the place-date or Số line), wherever its columns put them.
  const letterhead = elementParagraphs(doc).filter((e) => LETTERHEAD.has(e.element)).map((e) => e.paragraph.index);
  const lastHeader = Math.max(-1, ...found.map((t) => t.paragraph.index), ...letterhead) + 1;
  const floating = paragraphs.filter((p) => p.index <= lastHeader).reduce((n, p) => n + (p.drawnLines ?? 0), 0);
  if (missing.length === 0 || floating >= found.length) {
    return [];
  }
  return missing.map((t) => {
    const name = NAMES[t.element] ?? t.element;
    const underlined = coverage(t.paragraph, (r) => r.underline) === 'all';
    const how = underlined ? ' (đang dùng gạch chân chữ, không phải đường kẻ)' : '';
    return formatFinding(formatLines, `Thiếu đường kẻ ngang, nét liền dưới ${name} ${quoteText(t.paragraph.text)}${how}.`, paragraphLocation(t.paragraph, t.element));
  });
}

/** Solid lines under the Tiêu ngữ, the issuing body and the trích yếu. */
export const formatLines: Rule = {
  id: 'format.lines',
  group: 'format',
  severity: 'warning',
  title: 'Đường kẻ dưới Tiêu ngữ, tên cơ quan và trích yếu',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 1, 2, 5',
  applies: hasFormatting,
  check,
};
