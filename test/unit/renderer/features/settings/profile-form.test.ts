import { describe, expect, it } from 'vitest';
import { formFromProfile, profileFromForm } from '../../../../../renderer/features/settings/index';

describe('profile form', () => {
  it('reads signers as "name | title" lines and prints agency lines in capitals', () => {
    const form = {
      parentAgency: '',
      agency: 'Ủy ban nhân dân\ntỉnh Bắc Giang\n',
      agencyCode: 'ubnd',
      place: ' Bắc Giang ',
      issuingBody: 'ubnd-tinh' as const,
      signers: 'Nguyễn Văn A | chủ tịch\nTrần Thị B | phó chủ tịch',
      recipients: '- Văn phòng Chính phủ;\nCác sở, ban, ngành tỉnh;',
      archiveCode: 'KTN',
    };
    expect(profileFromForm(form)).toEqual({
      parentAgency: '',
      agency: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG',
      agencyCode: 'UBND',
      place: 'Bắc Giang',
      issuingBody: 'ubnd-tinh',
      signers: [
        { name: 'Nguyễn Văn A', title: 'CHỦ TỊCH' },
        { name: 'Trần Thị B', title: 'PHÓ CHỦ TỊCH' },
      ],
      recipients: ['Văn phòng Chính phủ', 'Các sở, ban, ngành tỉnh'],
      archiveCode: 'KTN',
    });
  });

  it('round-trips a stored profile through the form unchanged', () => {
    const profile = {
      parentAgency: 'BỘ NỘI VỤ',
      agency: 'SỞ NỘI VỤ',
      agencyCode: 'SNV',
      place: 'Hà Nội',
      issuingBody: 'so' as const,
      signers: [{ name: 'Lê Văn C', title: 'GIÁM ĐỐC' }],
      recipients: ['UBND các quận, huyện'],
      archiveCode: 'VP',
    };
    expect(profileFromForm(formFromProfile(profile))).toEqual(profile);
  });
});
