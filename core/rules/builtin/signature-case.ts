/**
 * signature.case: authority and title lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
 * are in capitals (PL I, khoản 7.đ).
 */
import { upper } from '../../text/normalize';
import { finding, quote } from '../support/finding';
import { partLocation } from '../support/locate';
import { signerLines } from '../support/signer';
import type { Finding, Rule } from '../types';

function caps(text: string | null): string | null {
  return text === null ? null : upper(text);
}

/** Authority and title lines in capitals. */
export const signatureCase: Rule = {
  id: 'signature.case',
  group: 'signature',
  severity: 'warning',
  title: 'Chữ in hoa ở thẩm quyền, chức vụ',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 7, điểm đ',
  check: (doc) => {
    const sig = doc.signature;
    if (!sig) {
      return [];
    }
    const out: Finding[] = [];
    for (const line of signerLines(sig)) {
      if (line.text !== upper(line.text)) {
        out.push(finding(signatureCase, `Dòng ${quote(line.text)} trong khối chữ ký phải viết in hoa — sửa thành ${quote(upper(line.text))}.`, partLocation('signature', line.line, line.index), {
          fix: {
            title: 'Viết in hoa thẩm quyền và chức vụ',
            edit: { kind: 'set-signature', onBehalfOf: caps(sig.onBehalfOf), authority: sig.authority, headTitle: caps(sig.headTitle), signerTitle: caps(sig.signerTitle), name: sig.name },
          },
        }));
      }
    }
    return out;
  },
};
