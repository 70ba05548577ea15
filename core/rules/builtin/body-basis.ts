/**
 * body.basis: a document with a legal-basis part (Kế hoạch, Quyết định, Chương trình) states it ("Căn cứ …",
 * "Thực hiện …"); in a "Căn cứ" list each line ends with ";" and the last with "." — also when an enacting
 * sentence ("… ban hành Kế hoạch … như sau:") follows it (PL I, khoản 6.a). A Quyết định's list ends with its
 * "Theo đề nghị …" line; its authority line ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …") and "QUYẾT ĐỊNH:" are not basis.
 */
import type { ParagraphBlock, PlanDocument } from '../../model/plan-document';
import { runsText } from '../../model/walk';
import { normalizeText } from '../../text/normalize';
import { finding } from '../support/finding';
import { hasLegalBasis, kindName } from '../support/kinds';
import { partLocation } from '../support/locate';
import { LIST_LINE, openingParagraphs } from '../support/opening';
import type { Finding, FindingLocation, Rule } from '../types';

const BASIS_START = /^(?:căn cứ|thực hiện|trên cơ sở|theo|thi hành|triển khai|nhằm|xét)(?!\p{L})/iu;
const CITES_DOCUMENT = /(?<!\p{L})số\s+\d+[^\s]*\/[^\s]+/u;
/** A "Thực hiện …" line cites a document too: it continues the list (and may end it with the enacting ":"). */
const ALSO_LIST = /^thực hiện(?!\p{L})/iu;

function where(p: ParagraphBlock): FindingLocation {
  return { ...partLocation('opening', p.source?.line), blockId: p.id };
}


/**
 * The punctuation of the căn cứ list. Before a following sentence that is not part of the list, the last "Căn cứ"
 * must end with "." only in the kinds that have a legal-basis part: a tờ trình's or báo cáo's "Căn cứ …;" lines
 * leading into "Sở … kính trình …" are narrative, which the decree does not punctuate.
 */
function listPunctuation(opening: readonly ParagraphBlock[], texts: readonly string[], legalBasis: boolean): Finding[] {
  const out: Finding[] = [];
  const inList = (t: string | undefined): boolean => t !== undefined && (LIST_LINE.test(t) || ALSO_LIST.test(t));
  texts.forEach((text, i) => {
    if (!LIST_LINE.test(text)) {
      return;
    }
    const p = opening[i] as ParagraphBlock;
    const end = text.slice(-1);
    if (inList(texts[i + 1])) {
      if (end !== ';') {
        out.push(finding(bodyBasis, `Dòng căn cứ "${text.slice(0, 60)}…" phải kết thúc bằng dấu chấm phẩy ";" (các căn cứ trước căn cứ cuối cùng).`, where(p)));
      }
    } else if (end !== '.' && end !== ':' && (legalBasis || texts[i + 1] === undefined)) {
      const then = texts[i + 1] === undefined ? '' : ' (kể cả khi sau đó là câu ban hành)';
      out.push(finding(bodyBasis, `Căn cứ cuối cùng "${text.slice(0, 60)}…" phải kết thúc bằng dấu chấm "."${then}.`, where(p), {
        ...((end === ';' || end === ',') && runsText(p.runs).trim() === text ? { fix: { title: 'Thay dấu cuối dòng bằng "."', edit: { kind: 'replace-in-block', blockId: p.id, from: text.slice(-12), to: `${text.slice(-12, -1)}.` } } } : {}),
      }));
    }
  });
  return out;
}

function missingMessage(doc: PlanDocument): string {
  const formula = doc.kind === 'ke-hoach' || doc.kind === 'chuong-trinh' ? ` hoặc câu "Thực hiện …, <cơ quan> ban hành ${kindName(doc.kind)} … như sau:"` : '';
  return `Thiếu phần căn cứ ban hành của ${kindName(doc.kind).toLowerCase()}: trước nội dung nên có các dòng "Căn cứ …;" (căn cứ cuối cùng kết thúc bằng dấu chấm)${formula}.`;
}

function checkOpening(doc: PlanDocument): Finding[] {
  const opening = openingParagraphs(doc);
  const texts = opening.map((p) => normalizeText(runsText(p.runs)).trim());
  const content = texts.filter((t) => t !== '');
  const needsBasis = hasLegalBasis(doc.kind);
  if (content.length === 0) {
    const line = doc.header.source?.summary?.line;
    return needsBasis ? [finding(bodyBasis, missingMessage(doc), partLocation('opening', line))] : [];
  }
  const states = content.some((t) => BASIS_START.test(t) || CITES_DOCUMENT.test(t));
  if (!states) {
    const first = opening.find((p) => runsText(p.runs).trim() !== '') as ParagraphBlock;
    return needsBasis ? [finding(bodyBasis, `${missingMessage(doc)} Nêu văn bản làm căn cứ gồm tên loại, số, ký hiệu, ngày tháng và cơ quan ban hành.`, where(first))] : [];
  }
  return listPunctuation(opening, texts, needsBasis);
}

/** Opening states the basis. */
export const bodyBasis: Rule = {
  id: 'body.basis',
  group: 'body',
  severity: 'warning',
  title: 'Căn cứ ban hành',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 6, điểm a',
  check: (doc) => (doc.kind === 'cong-van' ? [] : checkOpening(doc)),
};
