/**
 * Recognising bodies named in the text: the assignee of a task heading ("1. Sở Ngoại vụ:") and whether
 * a Nơi nhận list covers it, individually or through a group ("Các sở, ban, ngành").
 */
import { lower, normalizeText, squeeze } from '../../text/normalize';
import type { IndexedBlock } from './doc-index';

const AGENCY_START =
  /^(?:các\s+)?(?:sở|ban|công an|bộ chỉ huy|ủy ban|uỷ ban|ubnd|liên hiệp|hội|đài|báo|văn phòng|thanh tra|kho bạc|cục|chi cục|trung tâm|tỉnh đoàn|đoàn|mặt trận|liên đoàn|bảo hiểm|ngân hàng|bộ|quỹ|viện)(?!\p{L})/iu;

/** The body a numbered task heading assigns ("Sở Tài chính"), or null when it names none. */
export function assigneeOf(entry: IndexedBlock): string | null {
  const block = entry.block;
  if (block.kind !== 'numbered') {
    return null;
  }
  const text = squeeze(normalizeText(entry.text));
  const colon = text.indexOf(':');
  const head = colon >= 0 && colon < 160 ? text.slice(0, colon) : block.titled ? text : '';
  const name = head.replace(/[.;]+$/u, '').trim();
  return name !== '' && AGENCY_START.test(name) ? name : null;
}

/** Folds a name for comparison: lower case, "UBND" spelt out, spaces squeezed. */
export function foldName(text: string): string {
  return squeeze(lower(normalizeText(text)).replace(/\bubnd\b/gu, 'ủy ban nhân dân').replace(/uỷ/gu, 'ủy').replace(/[()]/gu, ' '));
}

const DEPARTMENT = /^(?:các\s+)?(?:sở|ban|công an|bộ chỉ huy|thanh tra|kho bạc|cục|chi cục|đài|báo|văn phòng|trung tâm|bảo hiểm|ngân hàng|quỹ|viện)(?!\p{L})/u;
const DEPARTMENT_GROUP = /các sở|sở, ban|ban,? ngành|các ngành|các cơ quan/u;
const LOCAL = /^(?:các\s+)?ủy ban nhân dân\s+(?:các\s+)?(?:huyện|thị xã|thành phố|quận|xã|phường)/u;
const LOCAL_GROUP = /ủy ban nhân dân\s+(?:các\s+)?(?:huyện|thị xã|thành phố|quận|xã|phường)/u;

/** True when the folded recipients text names the body, or a group that includes it. */
export function isCovered(assignee: string, foldedRecipients: string): boolean {
  const name = foldName(assignee);
  if (foldedRecipients.includes(name)) {
    return true;
  }
  if (LOCAL.test(name)) {
    return LOCAL_GROUP.test(foldedRecipients);
  }
  return DEPARTMENT.test(name) && DEPARTMENT_GROUP.test(foldedRecipients);
}
