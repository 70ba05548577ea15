/**
 * The Vietnamese native menu. Items send HostCommand events to the renderer (the same commands its
 * keyboard shortcuts run); editing items use Electron roles. Zoom is the sheet's own (the renderer zooms the page
 * view and remembers it), never the zoomIn/zoomOut roles: those would scale the whole window as a second zoom.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { HostCommand } from '../common/host-api';

/** Builds the menu template; send delivers a command to the focused window. */
export function buildMenuTemplate(send: (command: HostCommand) => void, options: { readonly dev: boolean }): MenuItemConstructorOptions[] {
  const command = (label: string, accelerator: string, cmd: HostCommand): MenuItemConstructorOptions => ({ label, accelerator, click: () => send(cmd) });
  const view: MenuItemConstructorOptions[] = [
    command('Phóng to', 'CmdOrCtrl+=', HostCommand.ZOOM_IN),
    command('Thu nhỏ', 'CmdOrCtrl+-', HostCommand.ZOOM_OUT),
    command('Cỡ 100 %', 'CmdOrCtrl+0', HostCommand.ZOOM_RESET),
    { label: 'Vừa chiều rộng', click: () => send(HostCommand.ZOOM_FIT) },
    { type: 'separator' },
    { label: 'Toàn màn hình', role: 'togglefullscreen' },
  ];
  return [
    {
      label: 'Tệp',
      submenu: [
        command('Mới', 'CmdOrCtrl+N', HostCommand.NEW),
        command('Mở…', 'CmdOrCtrl+O', HostCommand.OPEN),
        { type: 'separator' },
        command('Lưu', 'CmdOrCtrl+S', HostCommand.SAVE),
        command('Lưu thành…', 'CmdOrCtrl+Shift+S', HostCommand.SAVE_AS),
        command('Xuất .docx…', 'CmdOrCtrl+E', HostCommand.EXPORT),
        command('In…', 'CmdOrCtrl+P', HostCommand.PRINT),
        { type: 'separator' },
        { label: 'Thoát', role: 'quit' },
      ],
    },
    {
      label: 'Sửa',
      submenu: [
        { label: 'Hoàn tác', role: 'undo' },
        { label: 'Làm lại', role: 'redo' },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut' },
        { label: 'Sao chép', role: 'copy' },
        { label: 'Dán', role: 'paste' },
        { label: 'Chọn tất cả', role: 'selectAll' },
      ],
    },
    { label: 'Xem', submenu: options.dev ? [...view, { type: 'separator' }, { label: 'Công cụ phát triển', role: 'toggleDevTools' }] : view },
    { label: 'Trợ giúp', submenu: [{ label: 'Về Kế hoạch Studio', role: 'about' }] },
  ];
}
