import { describe, expect, it } from 'vitest';
import { signatureCase } from '../../../../../core/rules/builtin/signature-case';
import { asImported, doc, goldenSignature } from '../../../../helpers/doc-builders';
import { briefs } from '../../../../helpers/rules-check';

describe('signature.case', () => {
  it('stays silent when authority and title lines are in capitals', () => {
    expect([...briefs(signatureCase, doc()), ...briefs(signatureCase, asImported(doc()))]).toEqual([]);
  });

  it('warns on a title line in thường, with a fix to capitals', () => {
    const plan = { ...doc(), signature: { ...goldenSignature(), signerTitle: 'Phó Chủ tịch' } };
    expect(briefs(signatureCase, plan)).toEqual([
      { severity: 'warning', location: { part: 'signature', index: 2 }, message: 'Dòng "Phó Chủ tịch" trong khối chữ ký phải viết in hoa — sửa thành "PHÓ CHỦ TỊCH".', fixed: true },
    ]);
  });
});

describe('signature.case on published copies', () => {
  it('ignores "(Đã ký)" between the title and the name', () => {
    const plan = asImported(doc());
    const lines = ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '(Đã ký)'].map((text, i) => ({ line: 300 + i, text }));
    expect(briefs(signatureCase, { ...plan, signature: { ...goldenSignature(), sourceLines: lines } })).toEqual([]);
  });
});
