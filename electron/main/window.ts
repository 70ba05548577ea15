/**
 * The main window with locked webPreferences, and the guards every web contents gets, app-wide (any
 * window, webview or devtools page created later included): no navigation, no new windows, no
 * webviews, no permissions (Electron security checklist #3, #4, #5, #13, #14; docs/security.md).
 */
import { BrowserWindow, type App, type Session, type WebContents } from 'electron';

/** Creates the main window (hidden until ready) with the guards installed. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  // The webPreferences stay an inline literal so the static scan (electronegativity) can read them.
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Kế hoạch Studio',
    backgroundColor: '#f3f3f3',
    webPreferences: {
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
      disableBlinkFeatures: 'Auxclick',
      // Off: Chromium's spellchecker downloads Hunspell dictionaries from Google's CDN on Linux and
      // Windows (a network call the app never needs), and has no Vietnamese rules that match NĐ 30.
      spellcheck: false,
    },
  });
  guardWebContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  return win;
}

/** Adds the CSP header to every response the session loads (the dev server's included, in production builds). */
export function applyContentSecurityPolicy(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        // Same policy as CONTENT_SECURITY_POLICY (electron/common/csp.ts), written out for the static scan (a test keeps them equal).
        'Content-Security-Policy': [
          "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ],
      },
    });
  });
}

/** Installs guardWebContents on every web contents the app creates, from now on (call before any window). */
export function guardAllWebContents(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
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
