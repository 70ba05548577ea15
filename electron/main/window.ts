/**
 * The main window with locked webPreferences, and the guards every window gets: no navigation, no new
 * windows, no webviews, no permissions (Electron security checklist #3, #4, #5, #13, #14).
 */
import { BrowserWindow, type Session, type WebContents } from 'electron';

/** The CSP of the renderer (sent as a header with every app:// response). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The only webPreferences a window of ours is created with. */
export function secureWebPreferences(preloadPath: string): Electron.WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/** Creates the main window (hidden until ready) with the guards installed. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Kế hoạch Studio',
    backgroundColor: '#f3f3f3',
    webPreferences: secureWebPreferences(preloadPath),
  });
  guardWebContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  return win;
}

/** Denies navigation away from the loaded page, new windows and webviews. */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Denies every permission request and check (camera, notifications, clipboard-read, …). */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
