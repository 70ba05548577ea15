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

const { applyContentSecurityPolicy, createMainWindow, denyAllPermissions } = await import('../../../../electron/main/window');
const { CONTENT_SECURITY_POLICY } = await import('../../../../electron/common/csp');

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
      nodeInWorkers: prefs['nodeIntegrationInWorker'],
      nodeInFrames: prefs['nodeIntegrationInSubFrames'],
      auxclick: prefs['disableBlinkFeatures'],
    }).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
      nodeInWorkers: false,
      nodeInFrames: false,
      auxclick: 'Auxclick',
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

describe('content security policy', () => {
  it('adds the strict CSP header to every response, keeping the other headers', () => {
    let listener: ((details: unknown, callback: (r: unknown) => void) => void) | null = null;
    applyContentSecurityPolicy({ webRequest: { onHeadersReceived: (l: typeof listener) => (listener = l) } } as never);
    let response: unknown = null;
    listener!({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => (response = r));
    expect(response).toEqual({ responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  it('allows scripts only from the app itself, never eval or inline', () => {
    const scripts = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'));
    expect([scripts, CONTENT_SECURITY_POLICY.includes('unsafe-eval')]).toEqual(["script-src 'self'", false]);
  });
});
