/**
 * The question before closing unsaved work. The renderer reports its dirty state through setTitle;
 * on close with unsaved work main asks natively (Lưu / Không lưu / Hủy). "Lưu" sends the save command
 * and closes once the renderer reports a clean state.
 */
import { dialog, type BrowserWindow } from 'electron';
import { HostCommand } from '../common/host-api';

/** How long after "Lưu" a clean state still closes the window (a cancelled save dialog never reports). */
const PENDING_CLOSE_MS = 60_000;

export const CloseChoice = { SAVE: 0, DISCARD: 1, CANCEL: 2 } as const;

/** Asks the Vietnamese question; returns the button index. */
export function askBeforeClosing(win: BrowserWindow): number {
  return dialog.showMessageBoxSync(win, {
    type: 'question',
    title: 'Kế hoạch Studio',
    message: 'Kế hoạch có thay đổi chưa lưu.',
    detail: 'Bạn có muốn lưu các thay đổi trước khi đóng không? Nếu không lưu, các thay đổi sẽ mất.',
    buttons: ['Lưu', 'Không lưu', 'Hủy'],
    defaultId: CloseChoice.SAVE,
    cancelId: CloseChoice.CANCEL,
    noLink: true,
  });
}

/** Tracks one window's dirty flag and guards its close. */
export class CloseGuard {
  private dirty = false;
  private allowClose = false;
  private pendingCloseUntil = 0;

  constructor(
    private readonly win: BrowserWindow,
    private readonly send: (command: HostCommand) => void,
    private readonly ask: (win: BrowserWindow) => number = askBeforeClosing,
    private readonly now: () => number = Date.now,
  ) {
    win.on('close', (event) => {
      if (!this.dirty || this.allowClose) {
        return;
      }
      event.preventDefault();
      const choice = this.ask(win);
      if (choice === CloseChoice.DISCARD) {
        this.allowClose = true;
        win.close();
      } else if (choice === CloseChoice.SAVE) {
        this.pendingCloseUntil = this.now() + PENDING_CLOSE_MS;
        this.send(HostCommand.SAVE);
      }
    });
  }

  /** The renderer's dirty state (from setTitle). */
  setDirty(dirty: boolean): void {
    this.dirty = dirty;
    const pending = this.pendingCloseUntil > this.now();
    this.pendingCloseUntil = 0;
    if (!dirty && pending) {
      this.win.close();
    }
  }
}
