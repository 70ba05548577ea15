/**
 * What the web host itself says (the renderer's words live in its features): refusals and the page
 * shown to a browser that has no session.
 */

export const SERVE_STRINGS = {
  notFound: 'Không tìm thấy.',
  sessionLost:
    'Phiên làm việc với máy chủ cục bộ không còn hiệu lực (máy chủ đã khởi động lại?). Hãy mở địa chỉ mới mà lệnh "kehoach serve" in ra.',
  pageTitle: 'Kế hoạch Studio: cần mở đúng địa chỉ',
  pageHeading: 'Hãy mở địa chỉ mà lệnh "kehoach serve" in ra',
  pageBody:
    'Để bảo vệ tệp của bạn, máy chủ cục bộ chỉ mở cho trình duyệt đã vào bằng địa chỉ riêng (có dạng http://127.0.0.1:…/?launch=…) mà lệnh "kehoach serve" in ra trong cửa sổ dòng lệnh. Mỗi địa chỉ như vậy chỉ dùng được một lần; khi đã dùng, lệnh in sẵn một địa chỉ mới cho trình duyệt khác.',
  pageRestart: 'Nếu máy chủ vừa khởi động lại, địa chỉ cũ không còn dùng được: hãy mở địa chỉ mới nó vừa in ra.',
  nextLaunch: 'Địa chỉ để mở thêm một trình duyệt khác (dùng một lần):',
} as const;

/** The page a browser without a session gets at "/": no script, no secret. */
export function noSessionPage(): string {
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>${SERVE_STRINGS.pageTitle}</title></head>
<body>
<main>
<h1>${SERVE_STRINGS.pageHeading}</h1>
<p>${SERVE_STRINGS.pageBody}</p>
<p>${SERVE_STRINGS.pageRestart}</p>
</main>
</body>
</html>
`;
}
