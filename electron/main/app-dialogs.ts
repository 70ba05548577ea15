/**
 * Dialogs for the services, mapped to Electron's native open and save dialogs (Vietnamese labels).
 */
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { app, BrowserWindow, dialog, type FileFilter } from 'electron';
import type { Dialogs, SaveDialogRequest, SaveTarget } from '../services/host/dialogs';

const SAVE_FILTERS: Readonly<Record<SaveDialogRequest['filter'], FileFilter>> = {
  kehoach: { name: 'Kế hoạch (.kehoach)', extensions: ['kehoach'] },
  docx: { name: 'Tài liệu Word (.docx)', extensions: ['docx'] },
  html: { name: 'Trang web (.html)', extensions: ['html'] },
  csv: { name: 'Bảng tính CSV (.csv)', extensions: ['csv'] },
  pdf: { name: 'Tệp PDF (.pdf)', extensions: ['pdf'] },
};

/** Native dialogs attached to the focused window. */
export class ElectronDialogs implements Dialogs {
  constructor(private readonly fallbackWindow: () => BrowserWindow | null) {}

  async showOpen(): Promise<string | null> {
    const options: Electron.OpenDialogOptions = {
      title: 'Mở kế hoạch hoặc văn bản',
      buttonLabel: 'Mở',
      properties: ['openFile'],
      filters: [
        { name: 'Kế hoạch, văn bản, Word (.kehoach, .txt, .docx)', extensions: ['kehoach', 'txt', 'docx'] },
        { name: 'Tất cả các tệp', extensions: ['*'] },
      ],
    };
    const win = this.window();
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }

  async showOpenFolder(): Promise<string | null> {
    const options: Electron.OpenDialogOptions = { title: 'Chọn thư mục cần kiểm tra hàng loạt', buttonLabel: 'Kiểm tra', properties: ['openDirectory'] };
    const win = this.window();
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }

  async showOpenFiles(): Promise<readonly string[] | null> {
    const options: Electron.OpenDialogOptions = {
      title: 'Chọn các tệp cần kiểm tra hàng loạt',
      buttonLabel: 'Kiểm tra',
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: 'Kế hoạch, văn bản, Word (.kehoach, .txt, .docx)', extensions: ['kehoach', 'txt', 'docx'] }],
    };
    const win = this.window();
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
  }

  async showSave(request: SaveDialogRequest): Promise<SaveTarget | null> {
    const options: Electron.SaveDialogOptions = {
      title: request.filter === 'kehoach' ? 'Lưu kế hoạch' : 'Xuất tệp',
      buttonLabel: 'Lưu',
      defaultPath: request.currentPath ?? join(app.getPath('documents'), request.suggestedName),
      filters: [SAVE_FILTERS[request.filter]],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    };
    const win = this.window();
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) {
      return null;
    }
    // A name typed without its extension gets it, unless that would silently replace another file.
    const withExt = extname(result.filePath) === '' ? `${result.filePath}.${request.filter}` : result.filePath;
    return { kind: 'path', path: withExt !== result.filePath && existsSync(withExt) ? result.filePath : withExt };
  }

  private window(): BrowserWindow | null {
    return BrowserWindow.getFocusedWindow() ?? this.fallbackWindow();
  }
}
