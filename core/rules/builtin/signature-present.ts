/**
 * signature.present: the document has a signer block (PL I, khoản 7).
 */
import { finding } from '../support/finding';
import { partLocation } from '../support/locate';
import type { Rule } from '../types';

/** A signer block is present. */
export const signaturePresent: Rule = {
  id: 'signature.present',
  group: 'signature',
  severity: 'error',
  title: 'Chữ ký, chức vụ người ký',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 7',
  check: (doc) => {
    const sig = doc.signature;
    const empty = !sig || (!sig.onBehalfOf && !sig.headTitle && !sig.signerTitle && !sig.name && (sig.sourceLines ?? []).length === 0);
    if (!empty) {
      return [];
    }
    const line = doc.recipients?.headingSource?.line;
    return [finding(signaturePresent, 'Thiếu khối chữ ký: cuối văn bản, bên phải, ghi thẩm quyền ký (ví dụ "TM. ỦY BAN NHÂN DÂN"), chức vụ và họ tên người ký.', partLocation('signature', line))];
  },
};
