/**
 * format.body-paragraph: body text justified, first-line indent 1 cm or 1.27 cm, paragraph spacing at
 * least 6 pt, line spacing from single to 1.5 lines (PL I, Phần I, Mục II, khoản 6, điểm e). Each kind
 * of fault is reported once, at its first paragraph, with the number of paragraphs that have it.
 */
import type { ParagraphFacts } from '../../../model/formatting';
import type { PlanDocument } from '../../../model/plan-document';
import type { Finding, Rule } from '../../types';
import { Element, elementParagraphs, type ElementParagraph } from '../../support/format/elements';
import { formatFinding, hasFormatting, mm, paragraphLocation, pt, quoteText, textRuns } from '../../support/format/measure';

const INDENTS = [567, 720];
const INDENT_SLACK = 15;
const MIN_SPACING = 120;

type Fault = { readonly key: string; readonly text: (p: ParagraphFacts) => string };

function lineFault(p: ParagraphFacts): string | null {
  const line = p.lineSpacing;
  if (line === null) {
    return null;
  }
  if (line.rule === 'auto') {
    const lines = line.value / 240;
    return lines < 0.99 || lines > 1.51 ? `giãn dòng ${String(Math.round(lines * 100) / 100).replace('.', ',')} dòng; cần từ 1 đến 1,5 dòng` : null;
  }
  const size = Math.max(...textRuns(p).map((r) => r.sizeHalfPt ?? 28), 26) / 2;
  const points = line.value / 20;
  // Exact or at-least spacing: single ≈ 1.15 × the font size, 1.5 lines ≈ 1.73 ×.
  if (line.rule === 'atLeast') {
    // "At least" a height below the font's own line gives the font's own line: single spacing (files carry
    // w:line="21" w:lineRule="atLeast", 1.05 pt, and Word shows single lines). Only a minimum above 1.5 lines shows.
    return points > size * 1.75 ? `giãn dòng tối thiểu ${pt(line.value / 10)} pt; cần tương đương 1 đến 1,5 dòng` : null;
  }
  return points < size || points > size * 1.75 ? `giãn dòng cố định ${pt(line.value / 10)} pt; cần tương đương 1 đến 1,5 dòng` : null;
}

/**
 * A short line wholly in brackets and centred ("(Phân công nhiệm vụ theo Phụ lục đính kèm)", "(Có danh sách kèm
 * theo)") is a note set under its heading, like the "(Kèm theo …)" line of an appendix: not a paragraph of body
 * text to justify and indent. Its spacing and line height are still judged.
 */
function centredNote(p: ParagraphFacts): boolean {
  const text = p.text.trim();
  return p.alignment === 'center' && text.length <= 160 && /^\([^()]*\)[.;,:]?$/u.test(text);
}

function faults(p: ParagraphFacts): Fault[] {
  const out: Fault[] = [];
  const note = centredNote(p);
  if (!note && p.alignment !== 'both' && p.alignment !== 'distribute' && p.alignment !== 'justify') {
    out.push({ key: 'align', text: () => `căn lề ${alignName(p.alignment)}; cần căn đều hai bên` });
  }
  const first = p.firstLineTw ?? 0;
  if (!note && !INDENTS.some((i) => Math.abs(first - i) <= INDENT_SLACK)) {
    out.push({ key: 'indent', text: () => `thụt đầu dòng ${first > 0 ? `${mm(first)} mm` : '0'}; cần 1 cm hoặc 1,27 cm` });
  }
  if (Math.max(p.spacingBeforeTw ?? 0, p.spacingAfterTw ?? 0) < MIN_SPACING) {
    out.push({ key: 'spacing', text: () => `khoảng cách đoạn ${pt(Math.max(p.spacingBeforeTw ?? 0, p.spacingAfterTw ?? 0) / 10)} pt; cần tối thiểu 6 pt` });
  }
  const line = lineFault(p);
  if (line !== null) {
    out.push({ key: `line:${line}`, text: () => line });
  }
  return out;
}

function alignName(alignment: string | null): string {
  switch (alignment) {
    case 'center':
      return 'giữa';
    case 'right':
    case 'end':
      return 'phải';
    default:
      return 'trái';
  }
}

/** A paragraph on landscape pages (a wide table's section) is laid out for the table, not as body text. */
function onLandscape(doc: PlanDocument, p: ParagraphFacts): boolean {
  const section = p.section === undefined ? undefined : doc.formatting?.sections?.[p.section];
  return section?.orientation === 'landscape';
}

function check(doc: PlanDocument): Finding[] {
  const groups = new Map<string, { first: ElementParagraph; text: string; count: number }>();
  for (const entry of elementParagraphs(doc)) {
    if ((entry.element !== Element.BODY && entry.element !== Element.OPENING) || entry.paragraph.container === 'table' || onLandscape(doc, entry.paragraph)) {
      continue;
    }
    for (const fault of faults(entry.paragraph)) {
      const seen = groups.get(fault.key);
      groups.set(fault.key, seen ? { ...seen, count: seen.count + 1 } : { first: entry, text: fault.text(entry.paragraph), count: 1 });
    }
  }
  return [...groups.values()].map(({ first, text, count }) => {
    const where = count > 1 ? `${count} đoạn nội dung, đầu tiên ${quoteText(first.paragraph.text)}` : `đoạn ${quoteText(first.paragraph.text)}`;
    return formatFinding(formatBodyParagraph, `${text.charAt(0).toUpperCase()}${text.slice(1)} (${where}).`, paragraphLocation(first.paragraph, first.element));
  });
}

/** Body paragraph layout. */
export const formatBodyParagraph: Rule = {
  id: 'format.body-paragraph',
  group: 'format',
  severity: 'warning',
  title: 'Trình bày đoạn văn phần nội dung',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 6, điểm e',
  applies: hasFormatting,
  check,
};
