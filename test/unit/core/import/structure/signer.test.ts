import { describe, expect, it } from 'vitest';
import { signatureLines } from '../../../../../core/model/signature';
import type { Signature } from '../../../../../core/model/plan-document';
import { readDocuments, txtFixture } from '../../../../helpers/txt-documents';

function fields(sig: Signature | null | undefined): unknown[] {
  return sig ? [sig.onBehalfOf, sig.authority, sig.headTitle, sig.signerTitle, sig.chain ?? null, signatureLines(sig), sig.name] : [];
}

const BODY = 'KẾ HOẠCH\nTrích yếu\nI. NỘI DUNG\nViệc./.\nNơi nhận:\n- Lưu: VT.\n';
const read = (footer: string): Signature | null | undefined => readDocuments(`${BODY}${footer}`)[0]?.signature;

describe('signer blocks as written', () => {
  const docs = readDocuments(txtFixture('chu-ky-chuoi.txt'));

  it('reads three documents, one per signer block', () => {
    expect(docs.map((d) => d.kind)).toEqual(['thong-bao', 'ke-hoach', 'ke-hoach']);
  });

  it('keeps a TL. / KT. chain whole, the fields holding what they can', () => {
    expect(fields(docs[0]?.signature)).toEqual([
      null, 'TL.', 'CHỦ TỊCH', 'PHÓ CHÁNH VĂN PHÒNG', ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'],
      ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'], 'Nguyễn Ngọc Nam',
    ]);
  });

  it('reads "TM BAN CHỈ ĐẠO" (no dot) / "PHÓ TRƯỞNG BAN" in the fields, with no chain', () => {
    expect([...fields(docs[1]?.signature), docs[1]?.signature?.sourceLines?.[0]?.text]).toEqual([
      'BAN CHỈ ĐẠO', null, null, 'PHÓ TRƯỞNG BAN', null, ['TM. BAN CHỈ ĐẠO', 'PHÓ TRƯỞNG BAN'], 'Trần Văn Hải', 'TM BAN CHỈ ĐẠO',
    ]);
  });

  it('reads a Sở\'s "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC"', () => {
    expect(fields(docs[2]?.signature)).toEqual([null, 'KT.', 'GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', null, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Hoàng Văn Thuân']);
  });

  it('reads misspelt prefixes as the prefix meant, keeping the raw line for the checker', () => {
    const sig = read('K/T CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A');
    const tm = read('T/M. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A');
    expect([fields(sig), sig?.sourceLines?.[0]?.text, fields(tm), tm?.sourceLines?.[0]?.text]).toEqual([
      [null, 'KT.', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', null, ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Nguyễn Văn A'], 'K/T CHỦ TỊCH',
      ['ỦY BAN NHÂN DÂN', null, null, 'CHỦ TỊCH', null, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], 'Nguyễn Văn A'], 'T/M. ỦY BAN NHÂN DÂN',
    ]);
  });

  it('splits "TM." and "KT." written in one paragraph, with spaces or a tab between them', () => {
    const spaces = read('TM. ỦY BAN NHÂN DÂN    KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A');
    const tab = read('TM. ỦY BAN NHÂN DÂN\tKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A');
    const want = ['ỦY BAN NHÂN DÂN', 'KT.', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', null, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'Nguyễn Văn A'];
    expect([fields(spaces), fields(tab), tab?.sourceLines?.map((s) => s.text)]).toEqual([want, want, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']]);
  });

  it('finds the name after a military rank and keeps the rank as written', () => {
    expect(read('GIÁM ĐỐC\nĐại tá Nguyễn Văn Hùng')?.name).toBe('Đại tá Nguyễn Văn Hùng');
  });
});
