/**
 * body.basis: the opening states the basis ("Căn cứ …", "Thực hiện …"); in a "Căn cứ" list each line
 * ends with ";" and the last with "." (PL I, khoản 6.a).
 */
import type { ParagraphBlock, PlanDocument } from '../../model/plan-document';
import { runsText } from '../../model/walk';
import { normalizeText } from '../../text/normalize';
import { finding } from '../support/finding';
import { partLocation } from '../support/locate';
import type { Finding, FindingLocation, Rule } from '../types';

const BASIS_START = /^(?:căn cứ|thực hiện|trên cơ sở|theo|thi hành|triển khai|nhằm)(?!\p{L})/iu;
const CITES_DOCUMENT = /(?<!\p{L})số\s+\d+[^\s]*\/[^\s]+/u;
const CAN_CU = /^căn cứ(?!\p{L})/iu;

function where(p: ParagraphBlock): FindingLocation {
  return { ...partLocation('opening', p.source?.line), blockId: p.id };
}

function listPunctuation(opening: readonly ParagraphBlock[], texts: readonly string[]): Finding[] {
  const out: Finding[] = [];
  texts.forEach((text, i) => {
    if (!CAN_CU.test(text)) {
      return;
    }
    const p = opening[i] as ParagraphBlock;
    const nextIsBasis = CAN_CU.test(texts[i + 1] ?? '');
    const isLastLine = i === texts.length - 1;
    const end = text.slice(-1);
    if (nextIsBasis && end !== ';') {
      out.push(finding(bodyBasis, `Dòng căn cứ "${text.slice(0, 60)}…" phải kết thúc bằng dấu chấm phẩy ";" (các căn cứ trước căn cứ cuối cùng).`, where(p)));
    } else if (isLastLine && end !== '.' && end !== ':') {
      out.push(finding(bodyBasis, `Căn cứ cuối cùng "${text.slice(0, 60)}…" phải kết thúc bằng dấu chấm ".".`, where(p)));
    }
  });
  return out;
}

function checkOpening(doc: PlanDocument): Finding[] {
  const texts = doc.opening.map((p) => normalizeText(runsText(p.runs)).trim());
  const content = texts.filter((t) => t !== '');
  if (content.length === 0) {
    const line = doc.header.source?.summary?.line;
    return [finding(bodyBasis, 'Thiếu phần mở đầu nêu căn cứ ban hành: trước mục I nên có các dòng "Căn cứ …;" hoặc câu "Thực hiện …, Ủy ban nhân dân … ban hành Kế hoạch … như sau:".', partLocation('opening', line))];
  }
  const states = content.some((t) => BASIS_START.test(t) || CITES_DOCUMENT.test(t));
  if (!states) {
    const first = doc.opening.find((p) => runsText(p.runs).trim() !== '') as ParagraphBlock;
    return [finding(bodyBasis, 'Phần mở đầu chưa nêu căn cứ ban hành: nêu văn bản làm căn cứ ("Căn cứ …;" hoặc "Thực hiện …") gồm tên loại, số, ký hiệu, ngày tháng và cơ quan ban hành.', where(first))];
  }
  return listPunctuation(doc.opening, texts);
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
