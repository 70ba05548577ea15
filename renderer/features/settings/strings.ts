/**
 * Vietnamese words of the Hồ sơ cơ quan dialog.
 */
export const SETTINGS_STRINGS = {
  title: 'Hồ sơ cơ quan',
  intro: 'Kế hoạch mới được điền sẵn từ hồ sơ này.',
  parentAgency: 'Cơ quan chủ quản (nếu có)',
  agency: 'Cơ quan ban hành (mỗi dòng một dòng in)',
  agencyCode: 'Chữ viết tắt cơ quan trong ký hiệu (ví dụ UBND)',
  place: 'Địa danh',
  issuingBody: 'Cấp cơ quan',
  signers: 'Người ký (mỗi dòng: Họ và tên | CHỨC VỤ)',
  recipients: 'Nơi nhận thường dùng (mỗi dòng một nơi)',
  archiveCode: 'Đơn vị soạn thảo trên dòng "Lưu: VT, …"',
  save: 'Lưu hồ sơ',
  cancel: 'Hủy',
  saved: 'Đã lưu hồ sơ cơ quan.',
  bodies: {
    'ubnd-tinh': 'UBND cấp tỉnh',
    'ubnd-huyen': 'UBND cấp huyện',
    'ubnd-xa': 'UBND cấp xã',
    so: 'Sở, ban, ngành',
  },
} as const;
