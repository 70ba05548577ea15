/**
 * signature.name: the signer's name is present, in thường (not capitals), without academic titles
 * (PL I, khoản 7.c).
 */
import { isAllCaps, lower, normalizeText, squeeze } from '../../text/normalize';
import { finding, quote } from '../support/finding';
import { partLocation, signatureLine } from '../support/locate';
import type { Rule } from '../types';

const ACADEMIC = /^(?:(?:GS|PGS|TSKH|TS|ThS|Ths|KS|BS|NCS)\s*\.\s*)+|^(?:giáo sư|phó giáo sư|tiến sĩ|thạc sĩ)\s+/iu;

/** "NGUYỄN VĂN A" → "Nguyễn Văn A". */
function nameCase(name: string): string {
  return name
    .split(' ')
    .map((w) => {
      const low = lower(w);
      return low.charAt(0).toLocaleUpperCase('vi-VN') + low.slice(1);
    })
    .join(' ');
}

/** Signer name present, not in capitals, no academic titles. */
export const signatureName: Rule = {
  id: 'signature.name',
  group: 'signature',
  severity: 'warning',
  title: 'Họ tên người ký',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 7, điểm c',
  check: (doc) => {
    const sig = doc.signature;
    if (!sig) {
      return [];
    }
    const where = partLocation('signature', sig.nameSource?.line ?? signatureLine(doc));
    const name = squeeze(normalizeText(sig.name ?? '').replace(/\*\*/gu, ''));
    const set = (value: string) => ({ kind: 'set-signature', onBehalfOf: sig.onBehalfOf, authority: sig.authority, headTitle: sig.headTitle, signerTitle: sig.signerTitle, name: value }) as const;
    if (name === '') {
      return [finding(signatureName, 'Thiếu họ tên người ký dưới chức vụ (ghi họ, tên đệm và tên; chữ in thường, đậm).', where)];
    }
    const title = ACADEMIC.exec(name);
    if (title) {
      const bare = name.slice(title[0].length).trim();
      return [finding(signatureName, `Họ tên người ký ${quote(name)} có học hàm, học vị: không ghi học hàm, học vị trước họ tên — sửa thành ${quote(bare)}.`, where, { fix: { title: `Sửa thành ${quote(bare)}`, edit: set(bare) } })];
    }
    if (isAllCaps(name) && name.length > 3) {
      const fixed = nameCase(name);
      return [finding(signatureName, `Họ tên người ký ${quote(name)} viết in hoa: họ tên trình bày bằng chữ in thường — sửa thành ${quote(fixed)}.`, where, { fix: { title: `Sửa thành ${quote(fixed)}`, edit: set(fixed) } })];
    }
    return [];
  },
};
