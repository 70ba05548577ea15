import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { HostCommand } from '../../../../electron/common/host-api';

vi.mock('electron', () => ({ dialog: { showMessageBoxSync: () => 2 } }));

const { CloseChoice, CloseGuard } = await import('../../../../electron/main/close-guard');

class FakeWindow extends EventEmitter {
  closed = 0;
  close(): void {
    const event = { defaultPrevented: false, preventDefault(): void { this.defaultPrevented = true; } };
    this.emit('close', event);
    if (!event.defaultPrevented) {
      this.closed += 1;
    }
  }
}

function setup(answer: number): { win: FakeWindow; guard: InstanceType<typeof CloseGuard>; sent: HostCommand[]; asked: () => number } {
  const win = new FakeWindow();
  const sent: HostCommand[] = [];
  let asked = 0;
  const guard = new CloseGuard(win as never, (c) => sent.push(c), () => {
    asked += 1;
    return answer;
  });
  return { win, guard, sent, asked: () => asked };
}

describe('the question before closing unsaved work', () => {
  it('closes a clean window without asking', () => {
    const { win, asked } = setup(CloseChoice.CANCEL);
    win.close();
    expect({ closed: win.closed, asked: asked() }).toEqual({ closed: 1, asked: 0 });
  });

  it('keeps a dirty window open when the user cancels', () => {
    const { win, guard, asked } = setup(CloseChoice.CANCEL);
    guard.setDirty(true);
    win.close();
    expect({ closed: win.closed, asked: asked() }).toEqual({ closed: 0, asked: 1 });
  });

  it('closes when the user chooses not to save', () => {
    const { win, guard } = setup(CloseChoice.DISCARD);
    guard.setDirty(true);
    win.close();
    expect(win.closed).toEqual(1);
  });

  it('asks the renderer to save, then closes once it reports a clean state', () => {
    const { win, guard, sent } = setup(CloseChoice.SAVE);
    guard.setDirty(true);
    win.close();
    const beforeSave = win.closed;
    guard.setDirty(false);
    expect({ sent, beforeSave, after: win.closed }).toEqual({ sent: ['save'], beforeSave: 0, after: 1 });
  });
});
