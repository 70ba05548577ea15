import { describe, expect, it } from 'vitest';
import type { PlanDocument, Signature } from '../../../../../core/model/plan-document';
import { signatureLines } from '../../../../../core/model/signature';
import { applyFix } from '../../../../../core/rules/apply-fix';
import { signatureAuthority } from '../../../../../core/rules/builtin/signature-authority';
import { asImported, doc, p, withHeader } from '../../../../helpers/doc-builders';
import { briefs, run } from '../../../../helpers/rules-check';

const CHAIR: Signature = { onBehalfOf: 'ỦY BAN NHÂN DÂN', authority: null, headTitle: null, signerTitle: 'CHỦ TỊCH', name: 'Lê Ánh Dương' };
const DEPUTY_FOR_HEAD: Signature = { onBehalfOf: null, authority: 'KT.', headTitle: 'CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH', name: 'Mai Sơn' };

function signed(sig: Signature, issuer: PlanDocument['header']['issuer']): PlanDocument {
  return { ...withHeader(doc(), { issuer }), signature: sig };
}

/** An imported document whose signer lines are exactly `lines`, issuer read from the opening. */
function importedWith(lines: string[], opening: string): PlanDocument {
  const base = asImported(withHeader(doc(), { issuer: null }));
  const sig: Signature = { onBehalfOf: null, authority: null, headTitle: null, signerTitle: null, name: 'Mai Sơn', sourceLines: lines.map((text, i) => ({ line: 178 + i, text })) };
  return { ...base, opening: [p(opening)], signature: sig };
}

describe('signature.authority', () => {
  it('stays silent on the UBND signed by its Chủ tịch, or by a deputy for the Chủ tịch', () => {
    expect([...briefs(signatureAuthority, doc()), ...briefs(signatureAuthority, signed(CHAIR, 'collective'))]).toEqual([]);
  });

  it('stays silent on the Chủ tịch\'s own plan signed "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" (issuer read from the opening)', () => {
    const plan = importedWith(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Thực hiện Chỉ thị số 25/CT-TTg ngày 10/9/2021 của Thủ tướng Chính phủ; Chủ tịch UBND tỉnh ban hành Kế hoạch triển khai, thực hiện như sau:');
    expect(briefs(signatureAuthority, plan)).toEqual([]);
  });

  it('reports "TM." on a plan the Chủ tịch issues personally, and offers to drop it', () => {
    const plan = importedWith(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Chủ tịch UBND tỉnh ban hành Kế hoạch thực hiện như sau:');
    const [f] = run(signatureAuthority, plan);
    expect({ severity: f?.severity, location: f?.location, onBehalfOf: f?.fix?.edit.kind === 'set-signature' ? f.fix.edit.onBehalfOf : 'no fix' }).toEqual({
      severity: 'error',
      location: { part: 'signature', line: 178, index: 0 },
      onBehalfOf: null,
    });
  });

  it('reports a UBND plan signed without "TM. ỦY BAN NHÂN DÂN"', () => {
    expect(briefs(signatureAuthority, signed(DEPUTY_FOR_HEAD, 'collective'))).toEqual([
      { severity: 'error', location: { part: 'signature', index: 0 }, message: expect.stringContaining('thiếu dòng "TM. ỦY BAN NHÂN DÂN"'), fixed: true },
    ]);
  });

  it('reports a deputy title directly under the head\'s title without "KT.", even when the issuer is unknown', () => {
    const plan = importedWith(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Để triển khai kế hoạch, các cơ quan thực hiện như sau:');
    const [f] = run(signatureAuthority, plan);
    expect({ message: f?.message, edit: f?.fix?.edit }).toEqual({
      message: 'Chức vụ cấp phó "PHÓ CHỦ TỊCH" đứng ngay dưới "CHỦ TỊCH" mà không có "KT.": cấp phó ký thay người đứng đầu — sửa thành "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH".',
      edit: { kind: 'set-signature', onBehalfOf: null, authority: 'KT.', headTitle: 'CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH', name: 'Mai Sơn' },
    });
  });

  it('judges nothing else when the issuer is unknown', () => {
    const plan = { ...signed(DEPUTY_FOR_HEAD, null), opening: [p('Căn cứ Chỉ thị số 25/CT-TTg ngày 10/9/2021 của Thủ tướng Chính phủ.')] };
    expect(briefs(signatureAuthority, plan)).toEqual([]);
  });

  it('does not ask a Sở (run by its director) for "TM."', () => {
    const plan = { ...withHeader(doc(), { issuer: 'collective', agency: 'SỞ NGOẠI VỤ' }), signature: { ...DEPUTY_FOR_HEAD, headTitle: 'GIÁM ĐỐC', signerTitle: 'PHÓ GIÁM ĐỐC' } };
    expect(briefs(signatureAuthority, plan)).toEqual([]);
  });

  it('reads real chains: "TL. CHỦ TỊCH" / "KT. CHÁNH VĂN PHÒNG" / "PHÓ CHÁNH VĂN PHÒNG", and "TM. BAN CHỈ ĐẠO" / "PHÓ TRƯỞNG BAN"', () => {
    const chain = (lines: string[]): PlanDocument => ({ ...withHeader(doc(), { issuer: 'collective' }), signature: { onBehalfOf: null, authority: null, headTitle: null, signerTitle: null, name: 'Mai Sơn', chain: lines } });
    expect([
      ...briefs(signatureAuthority, chain(['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'])),
      ...briefs(signatureAuthority, chain(['TM. BAN CHỈ ĐẠO', 'PHÓ TRƯỞNG BAN'])),
    ]).toEqual([]);
    expect(briefs(signatureAuthority, chain(['TM. ỦY BAN NHÂN DÂN', 'PHÓ CHỦ TỊCH'])).map((b) => b.message.split(':')[0])).toEqual(['Chức vụ cấp phó "PHÓ CHỦ TỊCH" không có dòng "KT. CHỦ TỊCH" phía trên']);
  });

  it('reports misspelt prefixes ("T/M.", "K/T") and still judges the block as meant', () => {
    const plan = importedWith(['T/M. ỦY BAN NHÂN DÂN', 'K/T CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:');
    expect(briefs(signatureAuthority, plan).map((b) => [b.severity, b.location.index, b.message.split(' — ')[0], b.fixed])).toEqual([
      ['error', 0, 'Viết sai ký hiệu thẩm quyền ký "T/M." trong dòng "T/M. ỦY BAN NHÂN DÂN"', false],
      ['error', 1, 'Viết sai ký hiệu thẩm quyền ký "K/T" trong dòng "K/T CHỦ TỊCH"', false],
    ]);
    // With the fields read as meant, rewriting the block from them is a safe fix.
    const read = { ...plan, signature: { ...plan.signature!, onBehalfOf: 'ỦY BAN NHÂN DÂN', authority: 'KT.' as const, headTitle: 'CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH' } };
    const [first] = run(signatureAuthority, read);
    const fixed = applyFix(read, first!.fix!.edit);
    expect({ lines: signatureLines(fixed.signature!), after: briefs(signatureAuthority, fixed) }).toEqual({ lines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], after: [] });
  });

  it('reads who issues a Quyết định from its authority line ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" is the head)', () => {
    const decision = (authority: string, sig: Signature): PlanDocument => ({ ...withHeader(doc(p(authority), p('Căn cứ Luật Tổ chức chính quyền địa phương;')), { issuer: null }), kind: 'quyet-dinh', opening: [], signature: sig });
    const tm: Signature = { ...DEPUTY_FOR_HEAD, onBehalfOf: 'ỦY BAN NHÂN DÂN' };
    expect({
      head: briefs(signatureAuthority, decision('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN', DEPUTY_FOR_HEAD)),
      headWithTm: briefs(signatureAuthority, decision('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN', tm)).map((b) => b.message.split(':')[0]),
      collective: briefs(signatureAuthority, decision('ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN', DEPUTY_FOR_HEAD)).map((b) => b.message.split(':')[0]),
    }).toEqual({
      head: [],
      headWithTm: ['Văn bản do Chủ tịch ban hành (theo dòng thẩm quyền ban hành) nhưng khối chữ ký ghi "TM. ỦY BAN NHÂN DÂN"'],
      collective: ['Văn bản do Ủy ban nhân dân ban hành (theo dòng thẩm quyền ban hành) nhưng khối chữ ký thiếu dòng "TM. ỦY BAN NHÂN DÂN"'],
    });
  });
});
