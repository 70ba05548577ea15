import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { HostCommand } from '../../../../electron/common/host-api';
import { buildMenuTemplate } from '../../../../electron/main/menu';

vi.mock('electron', () => ({}));

describe('Xem menu', () => {
  it('zooms the sheet through host commands, never through the whole-window zoom roles', () => {
    const sent: HostCommand[] = [];
    const view = buildMenuTemplate((c) => sent.push(c), { dev: true })[2]?.submenu as MenuItemConstructorOptions[];
    const zoomItems = view.filter((i) => i.type !== 'separator' && i.role === undefined);
    for (const item of zoomItems) {
      (item.click as (() => void) | undefined)?.();
    }
    expect({
      items: zoomItems.map((i) => [i.label, i.accelerator ?? null]),
      sent,
      roles: view.map((i) => i.role).filter((r) => r !== undefined),
    }).toEqual({
      items: [
        ['Phóng to', 'CmdOrCtrl+='],
        ['Thu nhỏ', 'CmdOrCtrl+-'],
        ['Cỡ 100 %', 'CmdOrCtrl+0'],
        ['Vừa chiều rộng', null],
      ],
      sent: ['zoom-in', 'zoom-out', 'zoom-reset', 'zoom-fit'],
      roles: ['togglefullscreen', 'toggleDevTools'],
    });
  });
});
