/**
 * format.font-size: each element's size in the decree's range (body 13–14, Quốc hiệu 12–13,
 * "Nơi nhận:" 12, recipient list 11 …; PL I, Phần I, Mục II and Mục V). Repeats of the same fault on
 * the same element are reported once, at the first paragraph, with their count.
 */
import type { PlanDocument } from '../../../model/plan-document';
import type { Finding, Rule } from '../../types';
import { rangeText, specOf } from '../../support/format/element-specs';
import { elementParagraphs, type ElementParagraph } from '../../support/format/elements';
import { formatFinding, hasFormatting, paragraphLocation, pt, quoteText, textRuns } from '../../support/format/measure';

function check(doc: PlanDocument): Finding[] {
  const groups = new Map<string, { first: ElementParagraph; size: number; count: number }>();
  for (const entry of elementParagraphs(doc)) {
    const spec = specOf(doc, entry.element);
    const sizes = new Set(textRuns(entry.paragraph).map((r) => r.sizeHalfPt ?? 0));
    for (const size of sizes) {
      if (size >= spec.minPt * 2 && size <= spec.maxPt * 2) {
        continue;
      }
      const key = `${entry.element}:${size}`;
      const seen = groups.get(key);
      groups.set(key, seen ? { ...seen, count: seen.count + 1 } : { first: entry, size, count: 1 });
    }
  }
  return [...groups.values()].map(({ first, size, count }) => {
    const spec = specOf(doc, first.element);
    const more = count > 1 ? ` (${count} đoạn, đầu tiên ${quoteText(first.paragraph.text)})` : ` (${quoteText(first.paragraph.text)})`;
    const measured = size === 0 ? 'không rõ cỡ chữ' : `cỡ chữ ${pt(size)}`;
    return formatFinding(formatFontSize, `${capitalize(spec.name)}: ${measured}; cần ${rangeText(spec)}${more}.`, paragraphLocation(first.paragraph, first.element));
  });
}

function capitalize(text: string): string {
  return text.startsWith('"') ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Sizes per element. */
export const formatFontSize: Rule = {
  id: 'format.font-size',
  group: 'format',
  severity: 'error',
  title: 'Cỡ chữ từng thành phần',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II; Mục V',
  applies: hasFormatting,
  check,
};
