/**
 * Help texts of the `kehoach` command (Vietnamese). Printed on stdout for --help, on stderr for misuse.
 */

/** The verbs and their one-line help. */
export const USAGE = `Cách dùng: kehoach <lệnh> [tùy chọn]

Lệnh:
  templates                                   Liệt kê các mẫu (mã, tên).
  new --template <mã> -o <tệp.kehoach>        Tạo kế hoạch mới từ mẫu.
      [--agency "<tên cơ quan>"] [--agency-code <mã>] [--place <địa danh>] [--date <ngày>] [--summary <trích yếu>]
      [--signer "<họ tên>"] [--signer-title <chức vụ>] [--archive-code <mã>] [--force]
  check <tệp hoặc thư mục…> [--profile <mã>] [--json] [--format text|json|csv|html|docx] [-o <tệp>] [--jobs <số>]
                                              Kiểm tra thể thức theo NĐ 30/2020 (.docx, .txt, .kehoach);
                                              thư mục: mọi tệp bên trong, kèm bảng tổng hợp.
  export <tệp> -o <tệp.docx> [--force]        Xuất .docx đúng thể thức từ .kehoach, .txt hoặc .docx.
  import <tệp> -o <tệp.kehoach> [--force]     Nhập .txt hoặc .docx thành kế hoạch để sửa.
  serve [--port <cổng>] [--no-open] [--data-dir <thư mục>]
                                              Mở giao diện web cục bộ (127.0.0.1).

Mã thoát: 0 không có lỗi; 1 có lỗi thể thức; 2 không đọc được tệp hoặc dùng lệnh sai.
Xem thêm: kehoach <lệnh> --help
`;

/** Help of one verb. */
export const VERB_USAGE: Readonly<Record<string, string>> = {
  templates: `Cách dùng: kehoach templates
Liệt kê các mẫu, mỗi dòng: mã mẫu, tên mẫu.
`,
  new: `Cách dùng: kehoach new --template <mã mẫu> -o <tệp.kehoach> [tùy chọn]
  --template <mã>       Mẫu (xem: kehoach templates).
  -o, --output <tệp>    Tệp kế hoạch sẽ tạo.
  --agency "<tên>"      Tên cơ quan ban hành, ví dụ "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG".
  --parent-agency "<tên>"  Cơ quan chủ quản (nếu có).
  --agency-code <mã>    Mã cơ quan trong ký hiệu, ví dụ UBND (ký hiệu KH-UBND).
  --place <địa danh>    Địa danh ở dòng ngày tháng.
  --date <ngày>         Ngày ban hành dạng ngày/tháng/năm (15/3/2026); bỏ trống để văn thư ghi.
  --summary "<trích yếu>"  Trích yếu (công văn: phần sau "V/v"); mặc định là gợi ý của mẫu.
  --signer "<họ tên>"   Người ký; --signer-title "PHÓ CHỦ TỊCH" chọn khối ký "KT. CHỦ TỊCH".
  --archive-code <mã>   Mã đơn vị soạn thảo ở dòng "Lưu: VT, <mã>".
  --force               Ghi đè tệp đã có.
`,
  check: `Cách dùng: kehoach check <tệp hoặc thư mục…> [tùy chọn]
Kiểm tra thể thức từng văn bản trong các tệp (.docx, .txt, .kehoach). Thư mục: kiểm tra mọi tệp
.docx, .txt, .kehoach bên trong (cả thư mục con), song song trên mọi lõi máy, báo cáo theo thứ tự tên.
  --profile <mã>        Kiểm tra theo mẫu này thay vì tự chọn mẫu gần nhất.
  --json                Xuất JSON (như --format json). Nhiều tệp: một mảng, mỗi tệp một phần tử.
  --format <dạng>       text (mặc định), json, csv (bảng tổng hợp, mỗi tệp một dòng, mở được bằng
                        Excel hoặc LibreOffice Calc), html (phiếu kiểm tra thể thức để in) hoặc docx
                        (phiếu đó dạng Word, một tệp, cần -o <tệp.docx>).
  --reviewer "<họ tên>"  Người kiểm tra ghi trên phiếu (html, docx); bỏ trống để ký tay.
  --unit "<đơn vị>"     Đơn vị của người kiểm tra ghi trên phiếu.
  -o, --output <tệp>    Ghi báo cáo vào tệp thay vì màn hình. Nhiều tệp với --format html:
                        -o tong-hop.html ghi bảng tổng hợp và phiếu của từng tệp trong thư mục
                        tong-hop/ bên cạnh; -o <thư mục> ghi <thư mục>/index.html và các phiếu.
  --force               Ghi đè tệp báo cáo đã có.
  -j, --jobs <số>       Số luồng kiểm tra song song (mặc định: số lõi máy).
Tệp không đọc được vẫn có một dòng trong báo cáo, kèm lý do; các tệp khác vẫn được kiểm tra.
Mã thoát: 0 không có lỗi; 1 có lỗi; 2 có tệp không đọc được.
`,
  export: `Cách dùng: kehoach export <tệp> -o <tệp.docx> [--force]
Xuất .docx theo NĐ 30/2020 từ .kehoach, .txt hoặc .docx. Tệp có nhiều văn bản: xuất kế hoạch.
`,
  import: `Cách dùng: kehoach import <tệp> -o <tệp.kehoach> [--force]
Nhập .txt hoặc .docx thành tệp kế hoạch. Tệp có nhiều văn bản: nhập kế hoạch.
`,
  serve: `Cách dùng: kehoach serve [--port <cổng>] [--no-open] [--data-dir <thư mục>]
Mở giao diện web cục bộ trên 127.0.0.1; dòng đầu tiên in ra là địa chỉ.
  --data-dir <thư mục>   nơi lưu cài đặt, tài liệu, bản tự lưu và bản khôi phục (mặc định: biến KEHOACH_DATA_DIR,
                         nếu không có thì ~/.local/share/kehoach-studio, trên Windows %APPDATA%\\Kế hoạch Studio).
`,
};
