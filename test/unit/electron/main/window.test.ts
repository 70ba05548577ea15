import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: { options: Record<string, unknown>; contents: FakeContents }[] = [];

class FakeContents extends EventEmitter {
  openHandler: (() => { action: string }) | null = null;
  setWindowOpenHandler(handler: () => { action: string }): void {
    this.openHandler = handler;
  }
}

vi.mock('electron', () => ({
  BrowserWindow: class extends EventEmitter {
    webContents = new FakeContents();
    constructor(options: Record<string, unknown>) {
      super();
      created.push({ options, contents: this.webContents });
    }
    show(): void {}
  },
}));

const { createMainWindow, denyAllPermissions, secureWebPreferences } = await import('../../../../electron/main/window');

function navigationEvent(): { prevented: boolean; preventDefault(): void } {
  return {
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

describe('main window', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('is created with the locked webPreferences', () => {
    createMainWindow('/app/out/preload/index.cjs');
    const prefs = created[0]?.options['webPreferences'] as Record<string, unknown>;
    expect({
      contextIsolation: prefs['contextIsolation'],
      sandbox: prefs['sandbox'],
      nodeIntegration: prefs['nodeIntegration'],
      webSecurity: prefs['webSecurity'],
      allowRunningInsecureContent: prefs['allowRunningInsecureContent'],
      webviewTag: prefs['webviewTag'],
      preload: prefs['preload'],
      all: prefs,
    }).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
      all: secureWebPreferences('/app/out/preload/index.cjs'),
    });
  });

  it('denies navigation, redirects, webviews and new windows', () => {
    createMainWindow('/p.cjs');
    const contents = created[0]!.contents;
    const events = ['will-navigate', 'will-redirect', 'will-attach-webview'].map((name) => {
      const event = navigationEvent();
      contents.emit(name, event, 'https://evil.example/');
      return event.prevented;
    });
    expect({ events, open: contents.openHandler?.() }).toEqual({ events: [true, true, true], open: { action: 'deny' } });
  });

  it('denies every permission request and check', () => {
    let requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | null = null;
    let checkHandler: (() => boolean) | null = null;
    denyAllPermissions({
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
    } as never);
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      requestHandler!(null, permission, (granted) => answers.push(granted));
    }
    expect({ answers, check: checkHandler!() }).toEqual({ answers: [false, false, false, false], check: false });
  });
});
