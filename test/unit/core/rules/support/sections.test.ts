import { describe, expect, it } from 'vitest';
import { headingConcepts, headingKeyOf, matchSections, sectionScore, takenForNotes } from '../../../../../core/rules/support/sections';
import { doc, h1, p } from '../../../../helpers/doc-builders';
import { KE_HOACH_PROFILE } from '../../../../helpers/rules-profiles';

const section = (key: string) => KE_HOACH_PROFILE.sections.find((s) => s.key === key)!;
const score = (heading: string, key: string) => sectionScore(headingKeyOf(heading), section(key).heading, section(key).variants);

describe('matching headings to profile sections', () => {
  it('treats hyphen, comma and "và" alike, and ignores a typed label', () => {
    expect(['MỤC ĐÍCH - YÊU CẦU', 'Mục đích, yêu cầu', 'MỤC ĐÍCH VÀ YÊU CẦU', 'I. MỤC ĐÍCH, YÊU CẦU'].map((h) => score(h, 'muc-dich-yeu-cau') >= 3)).toEqual([true, true, true, true]);
  });

  it('matches the Nội dung variants and a heading that extends an accepted wording', () => {
    expect(['NỘI DUNG THỰC HIỆN', 'NỘI DUNG, BIỆN PHÁP THỰC HIỆN', 'NHIỆM VỤ, GIẢI PHÁP', 'KINH PHÍ THỰC HIỆN KẾ HOẠCH'].map((h, i) => score(h, i < 3 ? 'noi-dung' : 'kinh-phi') > 0)).toEqual([true, true, true, true]);
  });

  it('does not match on a shared single word ("TỔ CHỨC" is not "TỔ CHỨC THỰC HIỆN"; "KẾT QUẢ NỘI BỘ" is not Nội dung)', () => {
    expect([score('TỔ CHỨC', 'to-chuc-thuc-hien'), score('KẾT QUẢ NỘI BỘ', 'noi-dung'), score('YÊU CẦU', 'muc-dich-yeu-cau')]).toEqual([0, 0, 0]);
  });

  it('gives each profile section its own heading, in document order', () => {
    const plan = doc(h1('NỘI DUNG', p('…')), h1('MỤC ĐÍCH - YÊU CẦU', p('…')));
    const m = matchSections(plan, KE_HOACH_PROFILE);
    expect({ matched: m.matches.map((x) => x.section.key), missing: m.missing.map((s) => s.key) }).toEqual({
      matched: ['noi-dung', 'muc-dich-yeu-cau'],
      missing: ['kinh-phi', 'to-chuc-thuc-hien'],
    });
  });

  it('matches by the words that carry the meaning: qualified or paired concepts of the section, not a bare word', () => {
    const headings = ['GIẢI PHÁP CHỦ YẾU', 'NHIỆM VỤ VÀ GIẢI PHÁP', 'CÁC NHIỆM VỤ TRỌNG TÂM', 'NỘI DUNG THỰC HIỆN', 'TỔ CHỨC TRIỂN KHAI'];
    expect({
      concepts: headingConcepts(headingKeyOf('CÁC NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU')),
      scores: headings.map((h, i) => score(h, i < 4 ? 'noi-dung' : 'to-chuc-thuc-hien') > 0),
      bare: [score('GIẢI PHÁP', 'noi-dung'), score('YÊU CẦU', 'muc-dich-yeu-cau')],
    }).toEqual({ concepts: ['nhiệm vụ', 'giải pháp'], scores: [true, true, true, true, true], bare: [0, 0] });
  });

  it('gives a heading to the section it means most ("MỤC TIÊU, NHIỆM VỤ" holding the tasks is Nội dung), and names it', () => {
    const plan = doc(h1('MỤC TIÊU, NHIỆM VỤ', p('…')), h1('TỔ CHỨC THỰC HIỆN', p('…')));
    const m = matchSections(plan, KE_HOACH_PROFILE);
    expect({ matched: m.matches.map((x) => x.section.key), notes: takenForNotes(plan, KE_HOACH_PROFILE) }).toEqual({
      matched: ['noi-dung', 'to-chuc-thuc-hien'],
      notes: ['I "MỤC TIÊU, NHIỆM VỤ" được hiểu là mục "NỘI DUNG"'],
    });
  });
});
