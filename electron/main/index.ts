/**
 * Electron main: lifecycle, one window, the validated IPC, the Vietnamese menu, file association.
 * Thin glue: all behaviour lives in electron/services; this file only wires Electron to it.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu, session } from 'electron';
import { COMMAND_CHANNEL, type HostCommand } from '../common/host-api';
import { createServices, type Services } from '../services/create-services';
import { sweepStaleTempDirs } from '../services/fs/temp-dirs';
import { createHostHandlers, type HandlerContext } from '../services/host/handlers';
import { ElectronSettingsStore } from '../services/settings/settings-store';
import { ElectronDialogs } from './app-dialogs';
import { printPageToPdf } from './print-pdf';
import { APP_ORIGIN, registerAppScheme, serveAppScheme } from './app-protocol';
import { CloseGuard } from './close-guard';
import { registerHostIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { filesFromArgv, PendingFiles } from './pending-files';
import { originOf } from './sender';
import { applyContentSecurityPolicy, createMainWindow, denyAllPermissions, guardAllWebContents } from './window';

const here = fileURLToPath(new URL('.', import.meta.url));
const devUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const pending = new PendingFiles();
let mainWindow: BrowserWindow | null = null;
let guard: CloseGuard | null = null;
let services: Services | null = null;
/** Set when a renderer crashed: its autosaves must survive the close and the quit. */
let keepAutosaves = false;

function send(command: HostCommand): void {
  (BrowserWindow.getFocusedWindow() ?? mainWindow)?.webContents.send(COMMAND_CHANNEL, command);
}

function queueFiles(paths: readonly string[]): void {
  paths.forEach((p) => services?.documents.grant(p));
  pending.push(paths);
  if (paths.length > 0) {
    send('open-pending');
  }
}

function windowOf(context: HandlerContext): BrowserWindow | null {
  return BrowserWindow.getAllWindows().find((w) => `wc:${w.webContents.id}` === context.clientId) ?? null;
}

function openWindow(svc: Services): void {
  const win = createMainWindow(join(here, '../preload/index.cjs'));
  const clientId = `wc:${win.webContents.id}`;
  mainWindow = win;
  guard = new CloseGuard(win, send);
  win.webContents.on('render-process-gone', () => {
    keepAutosaves = true;
  });
  win.on('closed', () => {
    // The window is gone: its file locks go, and a draft it left (renderer crash) is a leftover.
    svc.presence.release(clientId);
    void svc.documents.releaseClient(clientId);
    // A clean close: the user saved or chose not to; the window's autosaves go.
    if (!keepAutosaves) {
      void svc.recovery.discardClient(clientId);
    }
    mainWindow = null;
  });
  void (devUrl ? win.loadURL(devUrl) : win.loadURL(`${APP_ORIGIN}/index.html`));
}

async function start(): Promise<void> {
  await app.whenReady();
  denyAllPermissions(session.defaultSession);
  if (!devUrl) {
    // The Vite dev server needs inline scripts (React refresh); production never does.
    applyContentSecurityPolicy(session.defaultSession);
  }
  serveAppScheme(join(here, '../renderer'));
  // Temp folders a killed app or host left (print checks, batch uploads) go now; best effort.
  void sweepStaleTempDirs();
  const svc = createServices({
    dataDir: app.getPath('userData'),
    templatesDir: app.isPackaged ? join(process.resourcesPath, 'templates') : join(app.getAppPath(), 'templates'),
    settingsStore: new ElectronSettingsStore(),
    dialogs: new ElectronDialogs(() => mainWindow),
    warmWorker: true,
  });
  services = svc;
  const handlers = createHostHandlers(svc, {
    setTitle: (context, title, dirty) => {
      const win = windowOf(context);
      // The renderer composes the whole title (file name, unsaved marker, app name).
      win?.setTitle(title);
      win?.setDocumentEdited(dirty);
      if (win === mainWindow) {
        guard?.setDirty(dirty);
      }
    },
    takePendingFile: () => pending.take(),
    printToPdf: (context) => printPageToPdf(windowOf(context)?.webContents ?? null),
  });
  registerHostIpc(ipcMain, handlers, {
    origin: devUrl ? originOf(devUrl) : APP_ORIGIN,
    isOurWindow: (id) => BrowserWindow.getAllWindows().some((w) => w.webContents.id === id),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(send, { dev: !app.isPackaged })));
  queueFiles(filesFromArgv(process.argv.slice(1), process.cwd()));
  openWindow(svc);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      openWindow(svc);
    }
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Before anything can create a web contents: every one of them gets the navigation guards.
  guardAllWebContents(app);
  registerAppScheme();
  app.setName('Kế hoạch Studio');
  app.on('second-instance', (_event, argv, cwd) => {
    queueFiles(filesFromArgv(argv.slice(1), cwd));
    mainWindow?.show();
    mainWindow?.focus();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    queueFiles([path]);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') {
      app.quit();
    }
  });
  let disposed = false;
  app.on('will-quit', (event) => {
    if (disposed || services === null) {
      return;
    }
    event.preventDefault();
    const svc = services;
    void (keepAutosaves ? Promise.resolve() : svc.recovery.discardInstance())
      .then(() => svc.dispose())
      .finally(() => {
        disposed = true;
        app.quit();
      });
  });
  void start();
}
