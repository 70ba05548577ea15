/**
 * App-wide guards (every web contents the app creates, not only the main window's) and the window's
 * spellcheck switched off (Chromium would download dictionaries), against a fake electron module.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

const created: Record<string, unknown>[] = [];

class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
}

vi.mock('electron', () => ({
  BrowserWindow: class extends EventEmitter {
    webContents = new FakeContents();
    constructor(options: Record<string, unknown>) {
      super();
      created.push(options);
    }
    show(): void {}
  },
}));

const { createMainWindow, guardAllWebContents } = await import('../../../../electron/main/window');

function prevented(contents: EventEmitter, name: string): boolean {
  let stopped = false;
  contents.emit(name, { preventDefault: () => (stopped = true) }, 'https://evil.example/');
  return stopped;
}

describe('app-wide web contents guards', () => {
  it('every web contents created after start (a second window, a webview, devtools) denies navigation, redirects, webviews and new windows', () => {
    const app = new EventEmitter();
    guardAllWebContents(app as never);
    const later = [new FakeContents(), new FakeContents()];
    for (const contents of later) {
      app.emit('web-contents-created', {}, contents);
    }
    expect(
      later.map((contents) => ({
        navigate: prevented(contents, 'will-navigate'),
        redirect: prevented(contents, 'will-redirect'),
        webview: prevented(contents, 'will-attach-webview'),
        open: contents.openHandler?.({ url: 'https://evil.example/' }),
      })),
    ).toEqual(later.map(() => ({ navigate: true, redirect: true, webview: true, open: { action: 'deny' } })));
  });

  it('a web contents created before the guards were installed is not claimed to be guarded (the guard is not a no-op)', () => {
    const unguarded = new FakeContents();
    expect([prevented(unguarded, 'will-navigate'), unguarded.openHandler]).toEqual([false, null]);
  });
});

describe('main window', () => {
  it('has spellcheck off (no dictionary downloads)', () => {
    createMainWindow('/p.cjs');
    expect((created[0]?.['webPreferences'] as Record<string, unknown>)['spellcheck']).toEqual(false);
  });
});
