/**
 * Vietnamese words of the print preview.
 */
export const PREVIEW_STRINGS = {
  title: 'Xem trước bản in',
  note: 'Đúng như tệp .docx xuất ra: khổ A4, lề trên 20 mm, dưới 20 mm, trái 30 mm, phải 15 mm; phông Times New Roman; số trang từ trang 2.',
  print: 'In',
  /** The app only: the same pages saved as PDF (Electron's printToPDF). */
  savePdf: 'Lưu PDF',
  pdfSaved: (name: string): string => `Đã lưu ${name}.`,
  /** The phiếu kiểm tra as a Word file, next to "In phiếu kiểm tra" in reviewer mode. */
  reportDocx: 'Tải phiếu (.docx)',
  close: 'Đóng',
  pages: (n: number): string => `${n} trang`,
  pageOf: (page: number, total: number): string => `Trang ${page}/${total}`,
  renderButton: 'Kiểm tra bằng bản in',
  renderTitle: 'Kiểm tra bằng bản in',
  renderNote: 'LibreOffice dàn trang chính tệp Word này như khi in; kết quả là các trang của tệp, không phải bản đã sửa.',
  renderChoose: (name: string): string => `Chọn lại tệp "${name}" để LibreOffice dàn trang đúng tệp đang có trên máy:`,
  renderFile: 'Tệp .docx cần dàn trang',
  renderRunning: 'Đang dàn trang bằng LibreOffice…',
  renderUnavailable: 'Chưa kiểm tra bằng bản in: nơi chạy ứng dụng này không có dịch vụ dàn trang.',
  renderSummary: (pages: number, findings: number): string => (findings === 0 ? `${pages} trang; không thấy lỗi dàn trang (số trang ở trang 1, đề mục cuối trang, khối chữ ký đứng riêng).` : `${pages} trang; ${findings} điểm cần xem:`),
} as const;
