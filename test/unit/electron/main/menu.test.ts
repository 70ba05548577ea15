import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { HostCommand } from '../../../../electron/common/host-api';
import { buildMenuTemplate } from '../../../../electron/main/menu';

vi.mock('electron', () => ({}));

describe('Vietnamese menu', () => {
  it('has Tệp, Sửa, Xem, Trợ giúp, and file commands with their shortcuts that send host commands', () => {
    const sent: HostCommand[] = [];
    const template = buildMenuTemplate((c) => sent.push(c), { dev: false });
    const file = template[0]?.submenu as MenuItemConstructorOptions[];
    for (const item of file) {
      (item.click as (() => void) | undefined)?.();
    }
    expect({
      top: template.map((m) => m.label),
      file: file.filter((i) => i.type !== 'separator').map((i) => [i.label, i.accelerator ?? i.role]),
      sent,
    }).toEqual({
      top: ['Tệp', 'Sửa', 'Xem', 'Trợ giúp'],
      file: [
        ['Mới', 'CmdOrCtrl+N'],
        ['Mở…', 'CmdOrCtrl+O'],
        ['Lưu', 'CmdOrCtrl+S'],
        ['Lưu thành…', 'CmdOrCtrl+Shift+S'],
        ['Xuất .docx…', 'CmdOrCtrl+E'],
        ['In…', 'CmdOrCtrl+P'],
        ['Thoát', 'quit'],
      ],
      sent: ['new', 'open', 'save', 'save-as', 'export', 'print'],
    });
  });

  it('offers developer tools only in development', () => {
    const roles = (dev: boolean): unknown[] => (buildMenuTemplate(() => undefined, { dev })[2]?.submenu as MenuItemConstructorOptions[]).map((i) => i.role);
    expect([roles(false).includes('toggleDevTools'), roles(true).includes('toggleDevTools')]).toEqual([false, true]);
  });
});
