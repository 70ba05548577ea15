import { describe, expect, it } from 'vitest';
import { emptyPlan, paragraph } from '../../../../core/model/builders';
import { issuingWording, signerPresets, switchIssuer } from '../../../../core/model/issuer-switch';
import type { PlanDocument, Signature } from '../../../../core/model/plan-document';
import { signatureLines } from '../../../../core/model/signature';

function plan(signature: Signature, opening: string): PlanDocument {
  const base = emptyPlan('ke-hoach');
  return {
    ...base,
    header: { ...base.header, agency: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG', issuer: 'collective' },
    opening: [paragraph('Căn cứ Luật Tổ chức chính quyền địa phương;'), paragraph(opening)],
    signature,
  };
}

const DEPUTY: Signature = { onBehalfOf: 'ỦY BAN NHÂN DÂN', authority: 'KT.', headTitle: 'CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' };
const OPENING = 'Thực hiện Chỉ thị số 25/CT-TTg, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện như sau:';

describe('switchIssuer', () => {
  it('to the chair: drops the TM. line and words the opening as the chair issuing', () => {
    const doc = switchIssuer(plan(DEPUTY, OPENING), 'head');
    expect({
      issuer: doc.header.issuer,
      lines: doc.signature ? signatureLines(doc.signature) : null,
      opening: doc.opening.map((p) => p.runs.map((r) => r.text).join('')),
    }).toEqual({
      issuer: 'head',
      lines: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
      opening: ['Căn cứ Luật Tổ chức chính quyền địa phương;', 'Thực hiện Chỉ thị số 25/CT-TTg, Chủ tịch Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện như sau:'],
    });
  });

  it('back to the committee gives the document it came from', () => {
    const original = plan(DEPUTY, OPENING);
    const back = switchIssuer(switchIssuer(original, 'head'), 'collective');
    expect({ signature: back.signature, opening: back.opening }).toEqual({ signature: original.signature, opening: original.opening });
  });

  it('to the committee adds "TM." with the agency name when the block had none', () => {
    const chair: Signature = { onBehalfOf: null, authority: null, headTitle: null, signerTitle: 'CHỦ TỊCH', name: null };
    const doc = switchIssuer({ ...plan(chair, 'Chủ tịch Ủy ban nhân dân huyện Yên Dũng ban hành Kế hoạch như sau:'), header: { ...plan(chair, '').header, issuer: 'head' } }, 'collective');
    expect({ lines: doc.signature ? signatureLines(doc.signature) : null, opening: doc.opening[1]?.runs[0]?.text }).toEqual({
      lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
      opening: 'Ủy ban nhân dân huyện Yên Dũng ban hành Kế hoạch như sau:',
    });
  });

  it('keeps a chain of titles, adding or removing only its TM. line', () => {
    const chain: Signature = { ...DEPUTY, chain: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] };
    const head = switchIssuer(plan(chain, OPENING), 'head');
    expect(head.signature?.chain).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(switchIssuer(head, 'collective').signature?.chain).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });
});

describe('issuingWording', () => {
  it('rewords "UBND" and the old spelling "Uỷ ban", and leaves other sentences alone', () => {
    expect(issuingWording('UBND xã Tân An ban hành Kế hoạch như sau:', 'head')).toBe('Chủ tịch UBND xã Tân An ban hành Kế hoạch như sau:');
    expect(issuingWording('Uỷ ban nhân dân tỉnh ban hành Kế hoạch', 'head')).toBe('Chủ tịch Uỷ ban nhân dân tỉnh ban hành Kế hoạch');
    expect(issuingWording('Căn cứ Quyết định của Ủy ban nhân dân tỉnh;', 'head')).toBe('Căn cứ Quyết định của Ủy ban nhân dân tỉnh;');
    expect(issuingWording('Căn cứ Quyết định số 10 của Ủy ban nhân dân tỉnh ban hành Kế hoạch năm 2025;', 'head')).toBe(
      'Căn cứ Quyết định số 10 của Ủy ban nhân dân tỉnh ban hành Kế hoạch năm 2025;',
    );
    expect(issuingWording('Chủ tịch Ủy ban nhân dân tỉnh ban hành Kế hoạch', 'head')).toBe('Chủ tịch Ủy ban nhân dân tỉnh ban hành Kế hoạch');
  });
});

describe('signerPresets', () => {
  const titles = (agency: string | null): string[] => signerPresets(agency).map((p) => [p.value.onBehalfOf ? `TM. ${p.value.onBehalfOf}` : '', p.value.authority ? `${p.value.authority} ${p.value.headTitle ?? ''}` : '', p.value.signerTitle ?? ''].filter((l) => l !== '').join(' / '));

  it('a Sở signs as its Giám đốc, never as a Chủ tịch', () => {
    expect(titles('ỦY BAN NHÂN DÂN TỈNH BẮC GIANG\nSỞ TÀI CHÍNH')).toEqual(['GIÁM ĐỐC', 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC']);
    expect(titles('UBND TỈNH LẠNG SƠN\nSở Giáo dục và Đào tạo'.normalize('NFD'))).toEqual(['GIÁM ĐỐC', 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC']);
  });

  it('a Phòng and a Ban sign as their heads', () => {
    expect(titles('UBND HUYỆN YÊN DŨNG\nPHÒNG NỘI VỤ')).toEqual(['TRƯỞNG PHÒNG', 'KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG']);
    expect(titles('HUYỆN ỦY YÊN DŨNG\nBAN TUYÊN GIÁO')[0]).toBe('TRƯỞNG BAN');
  });

  it('a people\'s committee keeps the TM. and Chủ tịch blocks, under its own name', () => {
    expect(titles('ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG')).toEqual([
      'TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH',
      'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
      'CHỦ TỊCH',
      'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
    ]);
  });
});
