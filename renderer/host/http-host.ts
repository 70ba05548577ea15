/**
 * The HostApi over HTTP for the web host: POST /host/<verb>. The session is an HttpOnly cookie the
 * browser sends by itself (set by the one-time launch address); the page never sees a secret. Titles
 * are set on document.title locally; commands come from keyboard shortcuts, so there are no pushed
 * events. A page whose session was accepted and then is refused (the host restarted) or that gets no
 * answer reports the loss, so the user is told before typing more into a page that cannot save.
 */
import { CLIENT_HEADER, HOST_VERBS, type HostApi, type HostErrorCode, type HostResult, type HostVerb } from '../../electron/common/host-api';
import type { ConnectionLoss } from './connection';

export type HttpHostOptions = {
  /** Origin of the web host ("http://127.0.0.1:4173"); the page's own origin when omitted. */
  readonly baseUrl?: string;
  readonly fetch?: typeof fetch;
  /** Where titles go (document.title in the page). */
  readonly setDocumentTitle?: (title: string) => void;
  /** Names this page load; random when omitted. */
  readonly clientId?: string;
  /** The host is lost (loss) or answers again (null). */
  readonly onConnection?: (loss: ConnectionLoss | null) => void;
};

/** Browsers allow about 64 KB of keepalive request bodies in flight per page. */
const KEEPALIVE_MAX_CHARS = 48 * 1024;

type Verbs = Omit<HostApi, 'onDidRequestCommand'>;

/** What one page load knows about its session. */
type Session = { accepted: boolean };

/** A HostApi that talks to the web host. */
export function createHttpHost(options: HttpHostOptions): HostApi {
  const clientId = options.clientId ?? randomClientId();
  const session: Session = { accepted: false };
  const call = (verb: HostVerb, payload: unknown): Promise<HostResult<unknown>> => post(options, clientId, session, verb, payload);
  const verbs = Object.fromEntries(HOST_VERBS.map((verb) => [verb, (payload?: unknown) => call(verb, payload ?? {})])) as unknown as Verbs;
  return {
    ...verbs,
    setTitle: async ({ title, dirty }) => {
      void dirty; // the page asks before leaving unsaved work itself (beforeunload)
      options.setDocumentTitle?.(title);
      return { ok: true, value: null };
    },
    onDidRequestCommand: () => () => undefined,
  };
}

function randomClientId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function post(options: HttpHostOptions, clientId: string, session: Session, verb: HostVerb, payload: unknown): Promise<HostResult<never>> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    const body = JSON.stringify(payload);
    const request = (keepalive: boolean): Promise<Response> =>
      doFetch(`${options.baseUrl ?? ''}/host/${verb}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [CLIENT_HEADER]: clientId },
        body,
        keepalive,
        credentials: 'same-origin',
      });
    // The last autosave and the goodbye sent while the page closes must outlive it (keepalive); the
    // browser caps such requests in flight, so one it refuses goes again as an ordinary request.
    const outlives = (verb === 'autosave' || verb === 'keepAlive') && body.length <= KEEPALIVE_MAX_CHARS;
    response = await request(outlives).catch((error: unknown) => (outlives ? request(false) : Promise.reject(error)));
  } catch {
    options.onConnection?.('unreachable');
    return failure('host/unreachable', 'Mất kết nối với máy chủ cục bộ (kehoach serve đã dừng?). Dữ liệu đang soạn vẫn còn trên trang.');
  }
  // 401: the host does not know this page's session. 403 after the session was accepted: the same
  // (a restarted host on the same port). Before any acceptance a 403 is just a refusal.
  if (response.status === 401 || (response.status === 403 && session.accepted)) {
    options.onConnection?.('session');
  } else if (response.status < 500 && response.status !== 403) {
    session.accepted = true;
    options.onConnection?.(null);
  }
  try {
    return (await response.json()) as HostResult<never>;
  } catch {
    return failure('host/bad-response', `Máy chủ cục bộ trả lời không hợp lệ (mã ${response.status}).`);
  }
}

function failure(code: HostErrorCode, message: string): HostResult<never> {
  return { ok: false, error: { code, message } };
}
