/**
 * The opening of a document as the rules read it: the reader's opening, else — a Quyết định read with its căn cứ
 * in the body — the paragraphs before "QUYẾT ĐỊNH:" / "Điều 1", less its authority line in capitals.
 */
import type { ParagraphBlock, PlanDocument } from '../../model/plan-document';
import { runsText } from '../../model/walk';
import { isAllCaps, normalizeText } from '../../text/normalize';

/** Lines of the căn cứ list: "Căn cứ …", and a Quyết định's "Theo đề nghị …" / "Xét đề nghị …". */
export const LIST_LINE = /^(?:căn cứ|theo đề nghị|xét đề nghị|xét tờ trình)(?!\p{L})/iu;
const ENACTING = /^(?:quyết định|quyết nghị|chỉ thị|ban hành)\s*:?\s*$/iu;

/**
 * The opening paragraphs: the reader's opening, else (a Quyết định read with its opening in the body) the
 * paragraphs before the first numbered block, "QUYẾT ĐỊNH:" or "Điều 1", less the authority line in capitals.
 */
export function openingParagraphs(doc: PlanDocument): readonly ParagraphBlock[] {
  if (doc.opening.some((p) => runsText(p.runs).trim() !== '')) {
    return doc.opening;
  }
  const out: ParagraphBlock[] = [];
  for (const block of doc.body) {
    const text = block.kind === 'paragraph' ? normalizeText(runsText(block.runs)).trim() : '';
    if (block.kind !== 'paragraph' || ENACTING.test(text) || /^điều\s+1(?!\d)/iu.test(text)) {
      break;
    }
    if (text !== '' && !isAllCaps(text)) {
      out.push(block);
    }
  }
  return out.some((p) => LIST_LINE.test(normalizeText(runsText(p.runs)).trim())) ? out : doc.opening;
}
