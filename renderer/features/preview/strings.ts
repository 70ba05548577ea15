/**
 * Vietnamese words of the print preview.
 */
export const PREVIEW_STRINGS = {
  title: 'Xem trước bản in',
  note: 'Khổ A4, lề trên 20 mm, dưới 20 mm, trái 30 mm, phải 15 mm; phông Times New Roman.',
  print: 'In',
  close: 'Đóng',
} as const;
