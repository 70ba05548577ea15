/**
 * Vietnamese words of the print preview.
 */
export const PREVIEW_STRINGS = {
  title: 'Xem trước bản in',
  note: 'Đúng như tệp .docx xuất ra: khổ A4, lề trên 20 mm, dưới 20 mm, trái 30 mm, phải 15 mm; phông Times New Roman; số trang từ trang 2.',
  print: 'In',
  close: 'Đóng',
  pages: (n: number): string => `${n} trang`,
  pageOf: (page: number, total: number): string => `Trang ${page}/${total}`,
} as const;
