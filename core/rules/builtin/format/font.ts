/**
 * format.font: Times New Roman throughout, judged on the effective font of every run that shows
 * text (after styles and themes); TCVN3/VNI fonts are named as legacy encodings (PL I, Mục I, khoản 4).
 */
import type { ParagraphFacts } from '../../../model/formatting';
import type { PlanDocument } from '../../../model/plan-document';
import { legacyEncodingOf } from '../../../text/legacy-encodings';
import type { Finding, Rule } from '../../types';
import { elementParagraphs, partOf } from '../../support/format/elements';
import { formatFinding, hasFormatting, quoteText, textRuns } from '../../support/format/measure';

const FAMILY = 'timesnewroman';

/**
 * Whether a font name is Times New Roman itself, under one of the names Word files carry for it: the family
 * ("Times New Roman"), a face of it as files converted from PDF or copied from the web name it ("Times New
 * Roman Bold", "TimesNewRomanPS-BoldMT", "TimesNewRoman,Italic", "TimesNewRomanPSMT"), or Windows' charset
 * aliases of it ("Times New Roman CE", "… Cyr", "… Baltic", "… Greek", "… Tur"). Word and LibreOffice show
 * them all in Times New Roman: a reviewer sees the required typeface, so none is a finding. Another design
 * of the family ("Times New Roman Condensed") or another family ("Times", "Times-Roman") still is.
 */
export function isTimesNewRoman(font: string): boolean {
  const name = font.toLowerCase().replace(/[\s,_-]+/g, '');
  if (!name.startsWith(FAMILY)) {
    return false;
  }
  const rest = name
    .slice(FAMILY.length)
    .replace(/^ps/, '')
    .replace(/mt$/, '')
    .replace(/bold|italic|oblique|regular|ce|cyr|baltic|greek|tur/g, '');
  return rest === '';
}

function fontMessage(font: string, count: number, first: ParagraphFacts): string {
  const where = `${count} đoạn, đầu tiên ${quoteText(first.text)}`;
  const legacy = legacyEncodingOf(font);
  if (legacy !== null) {
    const code = legacy === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI';
    return `Dùng phông "${font}" bảng mã ${code} (${where}); cần phông Times New Roman bảng mã Unicode (TCVN 6909:2001) — hãy chuyển mã sang Unicode.`;
  }
  return `Phông chữ "${font}" (${where}); cần Times New Roman.`;
}

function check(doc: PlanDocument): Finding[] {
  const byFont = new Map<string, { first: ParagraphFacts; count: number }>();
  for (const p of doc.formatting?.paragraphs ?? []) {
    const fonts = new Set(textRuns(p).map((r) => r.font ?? '(không rõ)'));
    for (const font of fonts) {
      if (isTimesNewRoman(font)) {
        continue;
      }
      const seen = byFont.get(font);
      byFont.set(font, seen ? { ...seen, count: seen.count + 1 } : { first: p, count: 1 });
    }
  }
  const elements = new Map(elementParagraphs(doc).map((e) => [e.paragraph.index, e.element]));
  return [...byFont.entries()].map(([font, { first, count }]) => {
    const element = elements.get(first.index);
    const part = element ? partOf(element) : first.container === 'table' ? 'header' : 'body';
    return formatFinding(formatFont, fontMessage(font, count, first), { part, line: first.index + 1, index: first.index, text: first.text.trim() });
  });
}

/** Times New Roman everywhere. */
export const formatFont: Rule = {
  id: 'format.font',
  group: 'format',
  severity: 'error',
  title: 'Phông chữ Times New Roman',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục I, khoản 4',
  applies: hasFormatting,
  check,
};
