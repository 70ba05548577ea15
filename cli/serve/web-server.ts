/**
 * The web host's HTTP server on 127.0.0.1: the built renderer as static files and the HostApi as
 * `POST /host/<verb>`, guarded by the Host header (DNS rebinding), the Origin and a per-launch token.
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HandlerContext, HostHandlers } from '../../electron/services/host/handlers';
import { invokeVerb } from '../../electron/services/host/invoke-verb';
import { isHostVerb } from '../../electron/services/host/payloads';
import { CONTENT_SECURITY_POLICY } from '../../electron/common/csp';
import { injectToken, readStaticFile } from './static-files';

/** Header that carries the token. */
export const TOKEN_HEADER = 'x-kehoach-token';
/** Header that names the page load (its autosaves are its own, not leftovers to recover). */
export const CLIENT_HEADER = 'x-kehoach-client';
/** Default cap of a request body: a 50 MB .docx upload in base64 plus its JSON. */
export const DEFAULT_MAX_BODY_BYTES = 72 * 1024 * 1024;

export type WebServerOptions = {
  readonly webDir: string;
  readonly handlers: HostHandlers;
  readonly token: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly maxBodyBytes?: number;
};

export type RunningServer = { readonly url: string; readonly port: number; close(): Promise<void> };


/** The caller: one page load, named by the page itself; "web" when it gave no usable name. */
function contextOf(req: IncomingMessage): HandlerContext {
  const named = req.headers[CLIENT_HEADER];
  return { clientId: typeof named === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(named) ? `web:${named}` : 'web' };
}

/** Starts the server on 127.0.0.1. */
export async function startWebServer(options: WebServerOptions): Promise<RunningServer> {
  let port = options.port;
  const server: Server = createServer((req, res) => {
    handle(req, res, options, port).catch((error: unknown) => {
      console.error('kehoach serve:', error);
      send(res, 500, { ok: false, error: { code: 'internal', message: 'Lỗi máy chủ cục bộ.' } });
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => done());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, options: WebServerOptions, port: number): Promise<void> {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) {
    return send(res, 403, forbidden('Máy chủ chỉ nhận yêu cầu gửi tới 127.0.0.1.'));
  }
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  if (path.startsWith('/host/')) {
    return handleVerb(req, res, options, path.slice('/host/'.length), allowedHosts);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, { ok: false, error: { code: 'ipc/forbidden', message: 'Phương thức không được hỗ trợ.' } });
  }
  const file = await readStaticFile(options.webDir, path);
  if (file === null) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...securityHeaders() });
    res.end('Không tìm thấy.');
    return;
  }
  const body = file.isIndex ? Buffer.from(injectToken(Buffer.from(file.body).toString('utf8'), options.token)) : file.body;
  res.writeHead(200, {
    'content-type': file.contentType,
    'content-length': body.byteLength,
    'cache-control': file.isIndex ? 'no-store' : 'no-cache',
    ...securityHeaders(),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

async function handleVerb(req: IncomingMessage, res: ServerResponse, options: WebServerOptions, verb: string, allowedHosts: readonly string[]): Promise<void> {
  if (req.method !== 'POST') {
    return send(res, 405, { ok: false, error: { code: 'ipc/forbidden', message: 'Chỉ nhận POST.' } });
  }
  const origin = req.headers.origin ?? '';
  if (!allowedHosts.some((host) => origin === `http://${host}`)) {
    return send(res, 403, forbidden('Yêu cầu không đến từ trang của Kế hoạch Studio.'));
  }
  if (!tokenMatches(req.headers[TOKEN_HEADER], options.token)) {
    return send(res, 403, forbidden('Thiếu hoặc sai khóa phiên; hãy tải lại trang từ địa chỉ máy chủ in ra.'));
  }
  if (!isHostVerb(verb)) {
    return send(res, 404, { ok: false, error: { code: 'ipc/unknown-verb', message: `Không có thao tác "${verb}".` } });
  }
  const body = await readBody(req, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
  if (body === 'too-large') {
    res.setHeader('connection', 'close');
    return send(res, 413, { ok: false, error: { code: 'ipc/too-large', message: 'Dữ liệu gửi lên quá lớn.' } });
  }
  let payload: unknown;
  try {
    payload = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
  } catch {
    return send(res, 400, { ok: false, error: { code: 'ipc/invalid-payload', message: 'Dữ liệu gửi lên không phải JSON hợp lệ.' } });
  }
  const outcome = await invokeVerb(options.handlers, verb, payload, contextOf(req));
  send(res, outcome.status === 'invalid' ? 400 : 200, outcome.result);
}

function tokenMatches(header: string | string[] | undefined, token: string): boolean {
  if (typeof header !== 'string') {
    return false;
  }
  const given = Buffer.from(header);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) {
    req.resume();
    return Promise.resolve('too-large');
  }
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      over = over || size > limit;
      if (!over) {
        chunks.push(chunk);
      }
    });
    req.on('end', () => done(over ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

function forbidden(message: string): unknown {
  return { ok: false, error: { code: 'ipc/forbidden', message } };
}

function securityHeaders(): Record<string, string> {
  return {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  };
}

function send(res: ServerResponse, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value));
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.byteLength, 'cache-control': 'no-store', ...securityHeaders() });
  res.end(body);
}
