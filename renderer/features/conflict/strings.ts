/**
 * Vietnamese words about keeping work safe: the save conflict dialog, a file open elsewhere, autosave
 * failures, recovered drafts.
 */
export const SAFETY_STRINGS = {
  conflictTitle: 'Tệp đã thay đổi ở nơi khác',
  conflictLead: 'Chưa lưu: nếu ghi bây giờ, phần việc ở nơi kia sẽ bị thay thế. Bạn muốn làm gì?',
  saveCopy: 'Lưu thành bản sao',
  saveCopyHint: 'Giữ nguyên tệp trên đĩa, lưu bản của bạn thành một tệp mới.',
  reload: 'Tải lại bản trên đĩa',
  reloadHint: 'Bỏ thay đổi trong cửa sổ này, mở bản đang có trên đĩa.',
  overwrite: 'Ghi đè…',
  overwriteHint: 'Thay tệp trên đĩa bằng bản của bạn (bản trên đĩa được giữ trong tệp .bak).',
  cancel: 'Để sau',
  reloadQuestion: 'Bỏ mọi thay đổi chưa lưu trong cửa sổ này và mở lại bản đang có trên đĩa?',
  overwriteQuestion: (name: string): string =>
    `Ghi đè "${name}" bằng bản trong cửa sổ này? Bản đang có trên đĩa sẽ được giữ lại trong tệp "${name}.bak".`,
  heldBy: (name: string, who: string): string =>
    `"${name}" đang được mở ở nơi khác (${who}). Bạn vẫn sửa được; khi lưu, ứng dụng sẽ hỏi trước khi ghi đè.`,
  holder: (user: string, hostname: string, since: string): string => {
    const when = new Date(since);
    const time = Number.isNaN(when.getTime()) ? '' : `, từ ${when.toLocaleTimeString('vi-VN')}`;
    return `${user === '' ? 'một người dùng' : user} trên máy ${hostname}${time}`;
  },
  autosaveFailed: (reason: string): string =>
    `Không tự lưu được bản nháp (${reason}). Hãy lưu tệp (Ctrl+S) để không mất phần đang soạn.`,
} as const;
