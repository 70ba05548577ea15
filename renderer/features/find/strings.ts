/**
 * Vietnamese words of find and replace.
 */
export const FIND_STRINGS = {
  bar: 'Tìm và thay thế',
  find: 'Tìm',
  replaceWith: 'Thay bằng',
  matchCase: 'Phân biệt hoa thường',
  wholeWord: 'Nguyên từ',
  previous: 'Trước',
  next: 'Tiếp',
  replace: 'Thay',
  replaceAll: 'Thay tất cả',
  undo: 'Hoàn tác thay thế',
  close: 'Đóng',
  showReplace: 'Thay thế…',
  count: (current: number, total: number): string => (total === 0 ? 'Không thấy' : `${current}/${total}`),
  replaced: (n: number): string => `Đã thay ${n} chỗ (Ctrl+Z để hoàn tác).`,
  undone: (n: number): string => `Đã hoàn tác thay thế ${n} chỗ.`,
  nextPlaceholder: 'Chỗ {…} tiếp theo (F2)',
  noPlaceholder: 'Không còn chỗ hướng dẫn {…} nào chưa điền.',
  placeholderAt: (text: string, i: number, total: number): string => `Chỗ cần điền ${i}/${total}: ${text}`,
} as const;
