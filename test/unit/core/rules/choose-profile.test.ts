import { describe, expect, it } from 'vitest';
import { chooseProfile } from '../../../../core/rules/choose-profile';
import type { Profile } from '../../../../core/templates/profile';
import { doc, h1, p } from '../../../helpers/doc-builders';
import { KE_HOACH_PROFILE } from '../../../helpers/rules-profiles';

const TRIEN_KHAI: Profile = { ...KE_HOACH_PROFILE, id: 'trien-khai', summaryHints: ['triển khai', 'thực hiện chỉ thị'] };
const NAM: Profile = { ...KE_HOACH_PROFILE, id: 'nam', summaryHints: ['công tác', 'kế hoạch năm'] };

function planAbout(summary: string): ReturnType<typeof doc> {
  const plan = doc(h1('MỤC ĐÍCH, YÊU CẦU', p('x')), h1('NỘI DUNG', p('x')), h1('TỔ CHỨC THỰC HIỆN', p('x')));
  return { ...plan, header: { ...plan.header, summary }, meta: { ...plan.meta, templateId: null, profileId: null } };
}

describe('chooseProfile', () => {
  it('breaks a tie between profiles with the same sections by the trích yếu, whatever the catalogue order', () => {
    const picks = [
      chooseProfile(planAbout('Công tác cải cách hành chính năm 2026'), [TRIEN_KHAI, NAM]).profile?.id,
      chooseProfile(planAbout('Công tác cải cách hành chính năm 2026'), [NAM, TRIEN_KHAI]).profile?.id,
      chooseProfile(planAbout('Triển khai thực hiện Chỉ thị số 25/CT-TTg'), [NAM, TRIEN_KHAI]).profile?.id,
      chooseProfile(planAbout('Về văn hóa đối ngoại'), [NAM, TRIEN_KHAI]).profile?.id,
    ];
    expect(picks).toEqual(['nam', 'nam', 'trien-khai', 'nam']);
  });

  it('never lets the wording outweigh a better fit of the sections', () => {
    const fewer: Profile = { ...NAM, id: 'fewer', sections: KE_HOACH_PROFILE.sections.slice(0, 1), summaryHints: ['công tác'] };
    const withExtra: Profile = { ...KE_HOACH_PROFILE, id: 'more', sections: [...KE_HOACH_PROFILE.sections, { ...KE_HOACH_PROFILE.sections[0]!, key: 'muc-tieu', heading: 'MỤC TIÊU', variants: [], required: true, order: 99 }] };
    expect(chooseProfile(planAbout('Công tác năm 2026'), [withExtra, TRIEN_KHAI, fewer]).profile?.id).toBe('trien-khai');
  });

  it('judges no Quyết định, Báo cáo or Tờ trình against a Kế hoạch profile, and says so by kind; a Chương trình may take one', () => {
    const kinds = (['quyet-dinh', 'bao-cao', 'to-trinh', 'chuong-trinh'] as const).map((kind) => {
      const choice = chooseProfile({ ...planAbout('Về văn hóa đối ngoại'), kind }, [KE_HOACH_PROFILE]);
      return [choice.profile?.id ?? null, choice.note.split(':')[0]];
    });
    expect(kinds).toEqual([
      [null, 'Quyết định'],
      [null, 'Báo cáo'],
      [null, 'Tờ trình'],
      ['ke-hoach-trien-khai', 'Tự chọn mẫu "Kế hoạch triển khai"'],
    ]);
  });
});
