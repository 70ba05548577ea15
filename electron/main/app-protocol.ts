/**
 * The app:// scheme that serves the built renderer (out/renderer) with the CSP header: a real origin
 * for the sender check and no file:// access. Paths cannot leave the renderer folder.
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../common/csp';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://kehoach';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Must run before app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** The file a request names inside root, or null when it would leave root. */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  const url = new URL(requestUrl);
  if (`${url.protocol}//${url.host}` !== APP_ORIGIN) {
    return null;
  }
  const relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
  const target = resolve(root, relative);
  return target.startsWith(resolve(root) + sep) ? target : null;
}

/** Serves root under app://kehoach/. */
export function serveAppScheme(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const target = resolveAppPath(root, request.url);
    if (target === null) {
      return new Response('Không tìm thấy.', { status: 404 });
    }
    try {
      const body = await readFile(target);
      return new Response(body, {
        headers: {
          'content-type': TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Không tìm thấy.', { status: 404 });
    }
  });
}
