import { describe, expect, test } from 'vitest';
import { convertLegacyText, legacyEncodingOf, tcvn3ToUnicode, vniToUnicode } from '../../../../core/text/legacy-encodings';

describe('legacy Vietnamese encodings', () => {
  test('tells TCVN3 and VNI fonts from Unicode fonts by name', () => {
    expect(['.VnTime', '.VnTimeH', '.VnArial', 'VNI-Times', 'VNI Helve', 'Times New Roman', null].map(legacyEncodingOf)).toEqual([
      'tcvn3', 'tcvn3', 'tcvn3', 'vni', 'vni', null, null,
    ]);
  });

  test('converts TCVN3 text, with the soft hyphen as ư and capitals in the H fonts', () => {
    expect([
      tcvn3ToUnicode('B¶o Th¾ng, M\u00adêng Kh\u00ad¬ng'),
      tcvn3ToUnicode('§éc lËp - Tù do - H¹nh phóc'),
      tcvn3ToUnicode('céng hoµ x· héi chñ nghÜa viÖt nam', true),
      convertLegacyText('UBND TØNH', '.VnTimeH'),
    ]).toEqual(['Bảo Thắng, Mường Khương', 'Độc lập - Tự do - Hạnh phúc', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'UBND TỈNH']);
  });

  test('converts VNI text in one pass, so a converted letter is not converted again', () => {
    expect([
      vniToUnicode('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam'),
      vniToUnicode('UÛY BAN NHAÂN DAÂN TÆNH'),
      vniToUnicode('ngöôøi, taêng cöôøng, Ñoäc laäp - Töï do - Haïnh phuùc'),
    ]).toEqual(['Cộng hòa xã hội chủ nghĩa Việt Nam', 'ỦY BAN NHÂN DÂN TỈNH', 'người, tăng cường, Độc lập - Tự do - Hạnh phúc']);
  });

  test('leaves text in Unicode fonts unchanged', () => {
    expect(convertLegacyText('Độc lập ¸', 'Times New Roman')).toBe('Độc lập ¸');
  });
});
