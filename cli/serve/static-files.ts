/**
 * Static files of the built renderer (out/web): safe path resolution (no traversal, no dot files),
 * content types. index.html carries no secret: the session is a cookie (web-server.ts).
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export type StaticFile = { readonly body: Uint8Array; readonly contentType: string; readonly isIndex: boolean };

/** The file a URL path names inside root, or null (missing, outside root, hidden, or not a file). */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) {
    return null;
  }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const segments = relative.split('/');
  if (segments.some((s) => s === '..' || s.startsWith('.'))) {
    return null;
  }
  try {
    const rootReal = await realpath(root);
    const target = await realpath(resolve(rootReal, relative));
    if (!target.startsWith(rootReal + sep) || !(await stat(target)).isFile()) {
      return null;
    }
    const contentType = CONTENT_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream';
    return { body: new Uint8Array(await readFile(target)), contentType, isIndex: relative === 'index.html' };
  } catch {
    return null;
  }
}
