/**
 * Why a file could not be written, in Vietnamese: the refusals of writeFileAtomic (read-only target,
 * name too long) and the file system's errno codes. One wording for the app, the web host and the CLI.
 */

/** The longest file name (one path segment) common file systems take: 255 bytes (ext4, APFS, NTFS in UTF-16 units). */
export const NAME_MAX_BYTES = 255;

export type WriteRefusal = 'read-only' | 'name-too-long';

/** A write refused before anything was written (the target is untouched). */
export class WriteRefusedError extends Error {
  /** An errno-like code, so callers that map codes see a distinct one. */
  readonly code: 'EKH_READONLY' | 'ENAMETOOLONG';

  constructor(
    readonly refusal: WriteRefusal,
    readonly path: string,
  ) {
    super(refusal === 'read-only' ? `read-only target: ${path}` : `file name too long: ${path}`);
    this.name = 'WriteRefusedError';
    this.code = refusal === 'read-only' ? 'EKH_READONLY' : 'ENAMETOOLONG';
  }
}

/** The reason for a failed write, a Vietnamese phrase to put in brackets after "Không ghi được …". */
export function writeFailureReason(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? String((error as { code?: unknown }).code ?? '') : '';
  switch (code) {
    case 'EKH_READONLY':
      return 'tệp đang ở chế độ chỉ đọc; hãy bỏ thuộc tính chỉ đọc hoặc lưu với tên khác';
    case 'ENAMETOOLONG':
      return `tên tệp quá dài (tối đa ${NAME_MAX_BYTES} byte, chữ có dấu chiếm 2–3 byte); hãy đặt tên ngắn hơn`;
    case 'EACCES':
    case 'EPERM':
      return 'không có quyền ghi vào thư mục này';
    case 'EROFS':
      return 'ổ đĩa chỉ cho đọc';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'ổ đĩa đã đầy';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'thư mục không còn tồn tại';
    case 'EISDIR':
      return 'đó là một thư mục';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'tệp đang bị chương trình khác giữ';
    default:
      return code === '' ? 'lỗi ghi tệp' : `lỗi ghi tệp ${code}`;
  }
}
