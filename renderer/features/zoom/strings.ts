/**
 * Vietnamese words of the view controls: zoom of the sheet and the panels' collapse buttons.
 */
export const ZOOM_STRINGS = {
  group: 'Thu phóng trang',
  zoomIn: 'Phóng to (Ctrl+=)',
  zoomOut: 'Thu nhỏ (Ctrl+−)',
  level: 'Tỉ lệ thu phóng',
  fit: 'Vừa chiều rộng',
  fitLevel: (percent: number): string => `Vừa chiều rộng (${percent} %)`,
  percent: (percent: number): string => `${percent} %`,
  hideOutline: 'Thu gọn dàn ý (Ctrl+Shift+1)',
  showOutline: 'Mở dàn ý (Ctrl+Shift+1)',
  hideChecks: 'Thu gọn kiểm tra thể thức (Ctrl+Shift+2)',
  showChecks: 'Mở kiểm tra thể thức (Ctrl+Shift+2)',
  outlineRail: 'Dàn ý',
  checksRail: 'Kiểm tra',
  checksRailCount: (errors: number): string => (errors > 0 ? `${errors} lỗi` : ''),
} as const;
