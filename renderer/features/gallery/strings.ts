/**
 * Vietnamese words of the start screen.
 */
export const GALLERY_STRINGS = {
  title: 'Kế hoạch Studio',
  tagline: 'Soạn thảo và kiểm tra thể thức Kế hoạch theo Nghị định 30/2020/NĐ-CP',
  newFromTemplate: 'Tạo kế hoạch mới từ mẫu',
  templatesLoading: 'Đang tải danh sách mẫu…',
  noTemplates: 'Chưa có mẫu nào.',
  openFile: 'Mở tệp…',
  settings: 'Hồ sơ cơ quan',
  openHint: 'Mở kế hoạch đã lưu (.kehoach), văn bản thuần (.txt) hoặc tệp Word (.docx) để kiểm tra.',
  recent: 'Tệp mở gần đây',
  noRecent: 'Chưa có tệp nào.',
  recoveryQuestion: 'Khôi phục bản nháp chưa lưu?',
  recoveryHint: 'Lần làm việc trước chưa đóng đúng cách. Các bản nháp tự lưu dưới đây chưa được lưu vào tệp.',
  restore: 'Khôi phục',
  discard: 'Bỏ qua',
  savedAt: (iso: string): string => `tự lưu lúc ${formatTime(iso)}`,
} as const;

/** "14:05 22/11/2026" from an ISO time, in local time. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) {
    return iso;
  }
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(d.getHours())}:${two(d.getMinutes())} ${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
}
