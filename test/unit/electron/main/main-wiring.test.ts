import type { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { HOST_VERBS } from '../../../../electron/common/host-api';

// A fake of the electron module, enough to boot electron/main/index.ts without the binary.
const fake = vi.hoisted(() => {
  const state = {
    userData: '',
    schemes: [] as unknown[],
    handlers: new Map<string, (event: unknown, payload?: unknown) => Promise<unknown>>(),
    windows: [] as unknown[],
    menu: null as unknown,
    permissionHandler: null as unknown,
    cspListener: null as unknown,
    protocolHandled: [] as string[],
  };
  return state;
});

vi.mock('electron-store', () => ({
  default: class {
    private data: Record<string, unknown> = {};
    get(key: string): unknown {
      return this.data[key];
    }
    set(key: string, value: unknown): void {
      this.data[key] = value;
    }
  },
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  let nextId = 1;
  class FakeWebContents extends Emitter {
    id = nextId++;
    mainFrame = { url: 'app://kehoach/index.html', parent: null };
    sent: unknown[] = [];
    setWindowOpenHandler(): void {}
    send(channel: string, value: unknown): void {
      this.sent.push([channel, value]);
    }
  }
  class FakeWindow extends Emitter {
    static getAllWindows = (): FakeWindow[] => fake.windows as FakeWindow[];
    static getFocusedWindow = (): FakeWindow | null => null;
    webContents = new FakeWebContents();
    options: unknown;
    loaded = '';
    title = '';
    constructor(options: unknown) {
      super();
      this.options = options;
      fake.windows.push(this);
    }
    loadURL(url: string): Promise<void> {
      this.loaded = url;
      return Promise.resolve();
    }
    setTitle(title: string): void {
      this.title = title;
    }
    setDocumentEdited(): void {}
    show(): void {}
  }
  const app = Object.assign(new Emitter(), {
    isPackaged: true,
    requestSingleInstanceLock: () => true,
    quit: () => undefined,
    setName: () => undefined,
    whenReady: () => Promise.resolve(),
    getPath: () => fake.userData,
    getAppPath: () => process.cwd(),
  });
  return {
    app,
    BrowserWindow: FakeWindow,
    ipcMain: { handle: (channel: string, fn: never) => fake.handlers.set(channel, fn), removeHandler: () => undefined },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => (fake.menu = m) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: unknown) => (fake.permissionHandler = h),
        setPermissionCheckHandler: () => undefined,
        webRequest: { onHeadersReceived: (l: unknown) => (fake.cspListener = l) },
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => fake.schemes.push(...s),
      handle: (scheme: string) => fake.protocolHandled.push(scheme),
    },
    dialog: {},
  };
});

type FakeWindowShape = EventEmitter & { loaded: string; title: string; webContents: EventEmitter & { id: number; mainFrame: { url: string; parent: null } } };

describe('Electron main wiring (fake electron module)', () => {
  afterAll(() => rmSync(fake.userData, { recursive: true, force: true }));

  it('registers the app scheme, locks the session, registers every verb and loads app://kehoach in one window', async () => {
    fake.userData = mkdtempSync(join(tmpdir(), 'kehoach-main-'));
    (process as unknown as { resourcesPath: string }).resourcesPath = process.cwd();
    await import('../../../../electron/main/index');
    await vi.waitFor(() => expect(fake.windows.length).toEqual(1));
    const win = fake.windows[0] as FakeWindowShape;
    const trusted = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    const title = await fake.handlers.get('host:setTitle')!(trusted, { title: 'a.kehoach • — Kế hoạch Studio', dirty: true });
    const settings = (await fake.handlers.get('host:getSettings')!(trusted, undefined)) as { ok: boolean };
    const foreign = (await fake.handlers.get('host:getSettings')!({ sender: { id: 999 }, senderFrame: { url: 'app://kehoach/', parent: null } })) as { ok: boolean };
    expect({
      schemes: fake.schemes,
      served: fake.protocolHandled,
      channels: fake.handlers.size,
      loaded: win.loaded,
      title: [title, win.title],
      settings: settings.ok,
      foreign: foreign.ok,
      menu: (fake.menu as { label: string }[]).map((m) => m.label),
      permissions: typeof fake.permissionHandler,
      csp: typeof fake.cspListener,
      guardsAppWide: ((await import('electron')).app as unknown as EventEmitter).listenerCount('web-contents-created'),
    }).toEqual({
      schemes: [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }],
      served: ['app'],
      channels: HOST_VERBS.length,
      loaded: 'app://kehoach/index.html',
      title: [{ ok: true, value: null }, 'a.kehoach • — Kế hoạch Studio'],
      settings: true,
      foreign: false,
      menu: ['Tệp', 'Sửa', 'Xem', 'Trợ giúp'],
      permissions: 'function',
      csp: 'function',
      guardsAppWide: 1,
    });
  });
});
