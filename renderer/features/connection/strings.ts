/**
 * Vietnamese words of the connection notice: the web host stopped or restarted under an open page.
 */
export const CONNECTION_STRINGS = {
  sessionLost:
    'Máy chủ cục bộ đã khởi động lại nên trang này không lưu được nữa. Phần đang soạn vẫn còn trên trang: hãy sao chép hoặc tải văn bản về, rồi mở địa chỉ mới mà lệnh "kehoach serve" in ra (địa chỉ cũ không còn dùng được).',
  unreachable:
    'Mất kết nối với máy chủ cục bộ (kehoach serve đã dừng?): từ lúc này chưa lưu được gì. Hãy sao chép hoặc tải văn bản về để giữ phần đang soạn; khi máy chủ chạy lại, mở địa chỉ mới nó in ra.',
  copy: 'Sao chép văn bản',
  download: 'Tải văn bản (.txt)',
  hide: 'Ẩn thông báo',
  copied: 'Đã sao chép văn bản vào bộ nhớ tạm.',
  copyFailed: 'Trình duyệt không cho sao chép; hãy dùng "Tải văn bản" hoặc chọn văn bản rồi nhấn Ctrl+C.',
  nothingToCopy: 'Chưa có văn bản nào đang mở.',
  label: 'Kết nối với máy chủ cục bộ',
  fileName: 'ke-hoach-chua-luu.txt',
} as const;
