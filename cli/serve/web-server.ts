/**
 * The web host's HTTP server on 127.0.0.1: the built renderer as static files and the HostApi as
 * `POST /host/<verb>`, guarded by the Host header (DNS rebinding), the Origin, and a session cookie.
 *
 * The session is bound to the page, not served with it: `kehoach serve` prints a one-time launch
 * address (`/?launch=<secret>`); opening it sets an HttpOnly, SameSite=Strict cookie and redirects to
 * "/". A local program that fetches "/" gets no secret (only a page saying to open the printed
 * address), and a used launch address (in the browser's history) opens nothing. Each use mints the
 * next launch address, announced through onLaunchUsed, for a second browser.
 *
 * Bodies are read only up to the cap, and not at all after a refusal: the answer says "connection:
 * close" and the socket goes once the answer is out, so nobody can make the host swallow gigabytes.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CLIENT_HEADER, LAUNCH_PARAM, sessionCookieName, type HostError } from '../../electron/common/host-api';
import type { HandlerContext, HostHandlers } from '../../electron/services/host/handlers';
import { invokeVerb } from '../../electron/services/host/invoke-verb';
import { isHostVerb } from '../../electron/services/host/payloads';
import { CONTENT_SECURITY_POLICY } from '../../electron/common/csp';
import { readStaticFile } from './static-files';
import { SERVE_STRINGS, noSessionPage } from './strings';

/** Default cap of a request body: a 50 MB .docx upload in base64 plus its JSON. */
export const DEFAULT_MAX_BODY_BYTES = 72 * 1024 * 1024;

/** Bodies above this size are handled in steps (see handleVerb). */
const LARGE_BODY_BYTES = 1024 * 1024;

/** Lets the event loop answer other requests before going on. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export type WebServerOptions = {
  readonly webDir: string;
  readonly handlers: HostHandlers;
  /** The first launch secret; random when omitted. */
  readonly launchSecret?: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly maxBodyBytes?: number;
  /** A launch address was used; the argument is the next one (for another browser). */
  readonly onLaunchUsed?: (nextLaunchUrl: string) => void;
};

export type RunningServer = {
  /** The origin, "http://127.0.0.1:<port>/". */
  readonly url: string;
  /** The first one-time launch address: the one to print and open. */
  readonly launchUrl: string;
  readonly port: number;
  close(): Promise<void>;
};

/** The caller: one page load, named by the page itself; "web" when it gave no usable name. */
function contextOf(req: IncomingMessage): HandlerContext {
  const named = req.headers[CLIENT_HEADER];
  return { clientId: typeof named === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(named) ? `web:${named}` : 'web' };
}

/** The secrets of one running server: unused launch secrets and live sessions. */
class Sessions {
  private readonly launches: string[] = [];
  private readonly sessions: string[] = [];

  constructor(first: string) {
    this.launches.push(first);
  }

  mintLaunch(): string {
    const secret = randomSecret();
    this.launches.push(secret);
    return secret;
  }

  /** Spends a launch secret: a new session's cookie value, or null when the secret is unknown or used. */
  useLaunch(given: string): string | null {
    const index = this.launches.findIndex((secret) => sameSecret(given, secret));
    if (index < 0) {
      return null;
    }
    this.launches.splice(index, 1);
    const session = randomSecret();
    this.sessions.push(session);
    return session;
  }

  isSession(given: string | null): boolean {
    return given !== null && this.sessions.some((session) => sameSecret(given, session));
  }
}

/** Starts the server on 127.0.0.1. */
export async function startWebServer(options: WebServerOptions): Promise<RunningServer> {
  let port = options.port;
  const firstSecret = options.launchSecret ?? randomSecret();
  const sessions = new Sessions(firstSecret);
  const launchUrlOf = (secret: string): string => `http://127.0.0.1:${port}/?${LAUNCH_PARAM}=${secret}`;
  const server: Server = createServer((req, res) => {
    const context: RequestContext = { options, port, sessions, launchUrlOf };
    handle(req, res, context).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ECONNRESET') {
        res.destroy(); // the client went away mid-request: nobody to answer
        return;
      }
      console.error('kehoach serve:', error);
      if (!res.headersSent) {
        send(res, 500, failure('internal', 'Lỗi máy chủ cục bộ.'), true);
      } else {
        res.destroy();
      }
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => done());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    launchUrl: launchUrlOf(firstSecret),
    port,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

type RequestContext = {
  readonly options: WebServerOptions;
  readonly port: number;
  readonly sessions: Sessions;
  readonly launchUrlOf: (secret: string) => string;
};

async function handle(req: IncomingMessage, res: ServerResponse, context: RequestContext): Promise<void> {
  const { options, port, sessions } = context;
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) {
    return send(res, 403, failure('ipc/forbidden', 'Máy chủ chỉ nhận yêu cầu gửi tới 127.0.0.1.'), true);
  }
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const session = sessionOf(req, port);
  if (path.startsWith('/host/')) {
    return handleVerb(req, res, options, path.slice('/host/'.length), allowedHosts, sessions.isSession(session));
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, failure('ipc/forbidden', 'Phương thức không được hỗ trợ.'), true);
  }
  const launch = url.searchParams.get(LAUNCH_PARAM);
  if (path === '/' && launch !== null) {
    return handleLaunch(res, context, launch, session);
  }
  const isPage = path === '/' || path === '/index.html';
  if (isPage && !sessions.isSession(session)) {
    return sendHtml(res, 401, noSessionPage(), req.method === 'HEAD');
  }
  const file = await readStaticFile(options.webDir, path);
  if (file === null) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...securityHeaders() });
    res.end(SERVE_STRINGS.notFound);
    return;
  }
  res.writeHead(200, {
    'content-type': file.contentType,
    'content-length': file.body.byteLength,
    'cache-control': file.isIndex ? 'no-store' : 'no-cache',
    ...securityHeaders(),
  });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}

/** `/?launch=<secret>`: a fresh secret opens a session (cookie) and goes to "/"; a used one only if the browser already has one. */
function handleLaunch(res: ServerResponse, context: RequestContext, launch: string, session: string | null): void {
  const { sessions, port } = context;
  const opened = sessions.useLaunch(launch);
  if (opened === null) {
    if (sessions.isSession(session)) {
      res.writeHead(303, { location: '/', 'cache-control': 'no-store', ...securityHeaders() });
      res.end();
      return;
    }
    return sendHtml(res, 401, noSessionPage(), false);
  }
  context.options.onLaunchUsed?.(context.launchUrlOf(sessions.mintLaunch()));
  res.writeHead(303, {
    location: '/',
    'set-cookie': `${sessionCookieName(port)}=${opened}; HttpOnly; SameSite=Strict; Path=/`,
    'cache-control': 'no-store',
    ...securityHeaders(),
  });
  res.end();
}

async function handleVerb(
  req: IncomingMessage,
  res: ServerResponse,
  options: WebServerOptions,
  verb: string,
  allowedHosts: readonly string[],
  inSession: boolean,
): Promise<void> {
  if (req.method !== 'POST') {
    return send(res, 405, failure('ipc/forbidden', 'Chỉ nhận POST.'), true);
  }
  const origin = req.headers.origin ?? '';
  if (!allowedHosts.some((host) => origin === `http://${host}`)) {
    return send(res, 403, failure('ipc/forbidden', 'Yêu cầu không đến từ trang của Kế hoạch Studio.'), true);
  }
  if (!inSession) {
    return send(res, 401, failure('host/session-lost', SERVE_STRINGS.sessionLost), true);
  }
  if (!isHostVerb(verb)) {
    return send(res, 404, failure('ipc/unknown-verb', `Không có thao tác "${verb}".`), true);
  }
  const body = await readBody(req, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
  if (body === 'too-large') {
    return send(res, 413, failure('ipc/too-large', 'Dữ liệu gửi lên quá lớn.'), true);
  }
  // A large body (an upload) is decoded, parsed and validated in steps with a turn of the event loop
  // between them, so that other pages' requests are answered meanwhile (each step of a 70 MB body
  // takes tens of milliseconds; the reading itself happens in a document worker).
  const large = body.length > LARGE_BODY_BYTES;
  let payload: unknown;
  try {
    const text = body.toString('utf8');
    if (large) {
      await nextTurn();
    }
    payload = text.length === 0 ? undefined : JSON.parse(text);
  } catch {
    return send(res, 400, failure('ipc/invalid-payload', 'Dữ liệu gửi lên không phải JSON hợp lệ.'), false);
  }
  if (large) {
    await nextTurn();
  }
  const outcome = await invokeVerb(options.handlers, verb, payload, contextOf(req));
  send(res, outcome.status === 'invalid' ? 400 : 200, outcome.result, false);
}

/** The session cookie's value for this port, or null. */
function sessionOf(req: IncomingMessage, port: number): string | null {
  const name = `${sessionCookieName(port)}=`;
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const trimmed = part.trim();
    if (trimmed.startsWith(name)) {
      return trimmed.slice(name.length);
    }
  }
  return null;
}

function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Reads a body up to limit bytes; past the limit it stops reading at once (the caller closes the connection). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) {
    return Promise.resolve('too-large');
  }
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.off('end', onEnd);
        req.pause();
        done('too-large');
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => done(Buffer.concat(chunks));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', fail);
  });
}

function failure(code: HostError['code'], message: string): { readonly ok: false; readonly error: HostError } {
  return { ok: false, error: { code, message } };
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

/**
 * Sends a JSON answer. close: the request was refused or its body not read to the end; "connection:
 * close" makes Node end the socket once the answer is written, instead of reading the rest of the body
 * to keep the connection alive.
 */
function send(res: ServerResponse, status: number, value: unknown, close: boolean): void {
  const body = Buffer.from(JSON.stringify(value));
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': body.byteLength,
    'cache-control': 'no-store',
    ...(close ? { connection: 'close' } : {}),
    ...securityHeaders(),
  });
  res.end(body);
}

function sendHtml(res: ServerResponse, status: number, html: string, head: boolean): void {
  const body = Buffer.from(html);
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.byteLength, 'cache-control': 'no-store', ...securityHeaders() });
  res.end(head ? undefined : body);
}
