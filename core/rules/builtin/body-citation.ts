/**
 * body.citation: the first mention of a cited document gives its type, số/ký hiệu, date and issuer
 * (PL I, khoản 6.b); later mentions may give type and number only. A hint, never an error.
 */
import type { ParagraphBlock, PlanDocument } from '../../model/plan-document';
import { runsText } from '../../model/walk';
import { normalizeText } from '../../text/normalize';
import { indexDocument } from '../support/doc-index';
import { finding } from '../support/finding';
import { blockLocation, partLocation } from '../support/locate';
import type { Finding, FindingLocation, Rule } from '../types';

const CITATION =
  /(Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kế hoạch|Công văn|Thông tư|Kết luận|Chương trình hành động|Chương trình|Hướng dẫn|Thông báo|Công điện|Đề án|Báo cáo|Tờ trình)\s+(?:số\s+)?(\d+[^\s,;:()]*\/[^\s,;:()]*[^\s,;:().])/g;
const DATE_AFTER = /^\s*,?\s*ngày\s+(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/u;
const ISSUER_AFTER = /^\s*,?\s*(?:của|do)\s/u;
const ISSUER_BEFORE = /(?:của|do)\s[^.;]{2,60}$/u;

type Piece = { readonly text: string; readonly where: () => FindingLocation };

/** Opening, body and closing texts that can hold a citation (a "/"), locations built only when needed. */
function pieces(doc: PlanDocument): Piece[] {
  const out: Piece[] = [];
  const para = (part: 'opening' | 'closing') => (p: ParagraphBlock): void => {
    const text = runsText(p.runs);
    if (text.includes('/')) {
      out.push({ text: normalizeText(text), where: () => ({ ...partLocation(part, p.source?.line), blockId: p.id }) });
    }
  };
  doc.opening.forEach(para('opening'));
  for (const entry of indexDocument(doc).blocks) {
    if (entry.text.includes('/')) {
      out.push({ text: normalizeText(entry.text), where: () => blockLocation(entry) });
    }
  }
  doc.closing.forEach(para('closing'));
  return out;
}

function missingParts(text: string, start: number, end: number): string[] {
  const after = text.slice(end, end + 160);
  const date = DATE_AFTER.exec(after);
  const afterDate = date ? after.slice(date[0].length) : after;
  const hasIssuer = ISSUER_AFTER.test(afterDate) || ISSUER_BEFORE.test(text.slice(Math.max(0, start - 60), start));
  return [date ? null : 'ngày ban hành', hasIssuer ? null : 'cơ quan ban hành'].filter((x): x is string => x !== null);
}

/** First citations are complete. */
export const bodyCitation: Rule = {
  id: 'body.citation',
  group: 'body',
  severity: 'info',
  title: 'Trích dẫn văn bản lần đầu',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 6, điểm b',
  check: (doc) => {
    const own = `${doc.header.number ?? ''}/${doc.header.symbol ?? ''}`;
    const seen = new Set<string>([own]);
    const out: Finding[] = [];
    for (const piece of pieces(doc)) {
      // exec on the one module-level regex: matchAll would clone (and recompile) it for every block.
      CITATION.lastIndex = 0;
      for (let m = CITATION.exec(piece.text); m !== null; m = CITATION.exec(piece.text)) {
        const number = m[2] ?? '';
        if (seen.has(number)) {
          continue;
        }
        seen.add(number);
        const lacking = missingParts(piece.text, m.index, m.index + m[0].length);
        if (lacking.length > 0) {
          out.push(finding(bodyCitation, `Lần đầu trích dẫn "${m[0]}" chưa ghi ${lacking.join(' và ')}: lần dẫn đầu tiên ghi đủ tên loại, số, ký hiệu, ngày tháng năm, cơ quan ban hành và trích yếu; các lần sau chỉ cần tên loại, số, ký hiệu.`, piece.where()));
        }
      }
    }
    return out;
  },
};
