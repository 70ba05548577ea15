/**
 * format.emphasis: bold, italic and capitals per element (date line italic and not bold; "Nơi nhận:"
 * bold italic; signer name bold, not capitals; trích yếu bold, not capitals …; PL I, Phần I, Mục II).
 */
import type { PlanDocument } from '../../../model/plan-document';
import { hasLegalBasis } from '../../support/kinds';
import type { Finding, Rule } from '../../types';
import { specOf, type ElementSpec } from '../../support/format/element-specs';
import { Element, elementParagraphs, type ElementParagraph } from '../../support/format/elements';
import { coverage, formatFinding, hasFormatting, paragraphLocation, quoteText, showsCapitals } from '../../support/format/measure';

/**
 * A title that runs on into its content after a colon ("2. Kết quả thực hiện: đến thời điểm …", "2. Các tai nạn, sự
 * cố …: Không."): the title is bold up to the colon and the content after it is text, as drafters set such lines.
 * True when every letter before the first colon is bold and some letter follows it. A title that ends with its
 * colon ("2. Giao Sở Nội vụ …:") has no content after it and is judged whole.
 */
function boldTitleBeforeColon(p: ElementParagraph['paragraph']): boolean {
  let seenColon = false;
  let titleLetters = 0;
  for (const run of p.runs) {
    for (const ch of run.text) {
      if (seenColon) {
        if (/\p{L}/u.test(ch)) {
          return titleLetters > 0;
        }
      } else if (ch === ':') {
        seenColon = true;
      } else if (/\p{L}/u.test(ch)) {
        if (!run.bold) {
          return false;
        }
        titleLetters += 1;
      }
    }
  }
  return false;
}

const TITLES: ReadonlySet<Element> = new Set([Element.ITEM_TITLE, Element.SECTION_HEADING]);

function problems(entry: ElementParagraph, spec: ElementSpec): string[] {
  const p = entry.paragraph;
  const out: string[] = [];
  const bold = coverage(p, (r) => r.bold);
  const italic = coverage(p, (r) => r.italic);
  const titleThenText = bold === 'some' && TITLES.has(entry.element) && boldTitleBeforeColon(p);
  if (spec.bold === true && bold !== 'all' && !titleThenText) {
    out.push(bold === 'none' ? 'chưa in đậm; cần in đậm' : 'chỉ in đậm một phần; cần in đậm cả dòng');
  }
  if (spec.bold === false && bold !== 'none') {
    out.push('đang in đậm; không in đậm');
  }
  if (spec.italic === true && italic !== 'all') {
    out.push(italic === 'none' ? 'chưa in nghiêng; cần in nghiêng' : 'chỉ in nghiêng một phần; cần in nghiêng cả dòng');
  }
  if (spec.italic === false && italic === 'all') {
    out.push('đang in nghiêng; cần chữ đứng');
  }
  if (spec.capitals === true && !showsCapitals(p)) {
    out.push('chưa viết in hoa; cần chữ in hoa');
  }
  if (spec.capitals === false && showsCapitals(p) && /\p{L}{2}/u.test(p.text)) {
    out.push('đang viết in hoa; cần chữ in thường');
  }
  return out;
}

const BASIS_LINE = /^căn cứ\s/iu;

/** A line of the căn cứ list ("Căn cứ …;"), not a narrative sentence that starts with "Căn cứ" and goes on. */
function isBasisListLine(text: string): boolean {
  const t = text.trim();
  return BASIS_LINE.test(t) && /[;.]$/u.test(t) && !/như sau/iu.test(t);
}

function expected(doc: PlanDocument, entry: ElementParagraph): ElementSpec {
  const spec = specOf(doc, entry.element);
  // Căn cứ lines are italic (khoản 6.a) in the kinds that have a legal-basis part; other opening sentences
  // (a báo cáo's or công văn's narrative "Căn cứ … , Sở … báo cáo như sau:") are not judged.
  const basis = entry.element === Element.OPENING && hasLegalBasis(doc.kind) && isBasisListLine(entry.paragraph.text);
  return basis ? { ...spec, italic: true } : spec;
}

function check(doc: PlanDocument): Finding[] {
  const groups = new Map<string, { first: ElementParagraph; spec: ElementSpec; found: string[]; count: number }>();
  for (const entry of elementParagraphs(doc)) {
    const spec = expected(doc, entry);
    const found = problems(entry, spec);
    if (found.length > 0) {
      const key = `${entry.element}:${found.join('|')}`;
      const seen = groups.get(key);
      groups.set(key, seen ? { ...seen, count: seen.count + 1 } : { first: entry, spec, found, count: 1 });
    }
  }
  return [...groups.values()].map(({ first, spec, found, count }) => {
    const name = spec.name.charAt(0) === '"' ? spec.name : spec.name.charAt(0).toUpperCase() + spec.name.slice(1);
    const text = quoteText(first.paragraph.text);
    const where = count > 1 ? ` (${count} đoạn, đầu tiên ${text})` : spec.name.charAt(0) === '"' ? '' : ` ${text}`;
    return formatFinding(formatEmphasis, `${name}${where}: ${found.join('; ')}.`, paragraphLocation(first.paragraph, first.element));
  });
}

/** Bold / italic / capitals per element. */
export const formatEmphasis: Rule = {
  id: 'format.emphasis',
  group: 'format',
  severity: 'warning',
  title: 'Kiểu chữ đậm, nghiêng, in hoa từng thành phần',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II; Mục V',
  applies: hasFormatting,
  check,
};
