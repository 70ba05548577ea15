/**
 * Small profiles for checker tests, mirroring the ke-hoach-trien-khai template (sections with variants).
 */
import type { Profile } from '../../core/templates/profile';

/** The Kế hoạch triển khai profile: Mục đích–yêu cầu, Nội dung, Kinh phí, Tổ chức thực hiện. */
export const KE_HOACH_PROFILE: Profile = {
  id: 'ke-hoach-trien-khai',
  name: 'Kế hoạch triển khai',
  kind: 'ke-hoach',
  sections: [
    {
      key: 'muc-dich-yeu-cau',
      heading: 'MỤC ĐÍCH, YÊU CẦU',
      variants: ['MỤC ĐÍCH', 'MỤC TIÊU, YÊU CẦU', 'QUAN ĐIỂM, MỤC TIÊU, YÊU CẦU'],
      required: true,
      order: 1,
      subsections: [
        { heading: 'Mục đích', variants: ['Mục tiêu'], required: true },
        { heading: 'Yêu cầu', variants: [], required: true },
      ],
      checks: [],
    },
    {
      key: 'noi-dung',
      heading: 'NỘI DUNG',
      variants: ['NỘI DUNG THỰC HIỆN', 'NỘI DUNG, BIỆN PHÁP THỰC HIỆN', 'NHIỆM VỤ, GIẢI PHÁP', 'NHIỆM VỤ', 'NỘI DUNG, NHIỆM VỤ'],
      required: true,
      order: 2,
      subsections: [],
      checks: ['lead-agency'],
    },
    { key: 'kinh-phi', heading: 'KINH PHÍ', variants: ['KINH PHÍ THỰC HIỆN'], required: false, order: 3, subsections: [], checks: ['funding-source'] },
    { key: 'to-chuc-thuc-hien', heading: 'TỔ CHỨC THỰC HIỆN', variants: [], required: true, order: 4, subsections: [], checks: ['report-deadline'] },
  ],
};

/** A báo cáo-like profile, to test matching picks the closest profile. */
export const BAO_CAO_PROFILE: Profile = {
  id: 'bao-cao-ket-qua',
  name: 'Báo cáo kết quả',
  kind: 'ke-hoach',
  sections: [
    { key: 'ket-qua', heading: 'KẾT QUẢ THỰC HIỆN', variants: ['TÌNH HÌNH THỰC HIỆN'], required: true, order: 1, subsections: [], checks: [] },
    { key: 'ton-tai', heading: 'TỒN TẠI, HẠN CHẾ', variants: [], required: true, order: 2, subsections: [], checks: [] },
    { key: 'to-chuc-thuc-hien', heading: 'TỔ CHỨC THỰC HIỆN', variants: [], required: false, order: 3, subsections: [], checks: [] },
  ],
};

/** The công văn profile: no sections to match. */
export const CONG_VAN_PROFILE: Profile = { id: 'cong-van', name: 'Công văn', kind: 'cong-van', sections: [] };

/** All test profiles. */
export const TEST_PROFILES: readonly Profile[] = [BAO_CAO_PROFILE, KE_HOACH_PROFILE, CONG_VAN_PROFILE];
