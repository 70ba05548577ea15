/**
 * The HostApi over HTTP for the web host: POST /host/<verb> with the page's token. Titles are set on
 * document.title locally; commands come from keyboard shortcuts, so there are no pushed events.
 */
import { HOST_VERBS, type HostApi, type HostErrorCode, type HostResult, type HostVerb } from '../../electron/common/host-api';

/** Header that carries the per-launch token (same name as the server's). */
export const TOKEN_HEADER = 'x-kehoach-token';
/** Header that names this page load, so the host tells its autosaves from a crashed tab's. */
export const CLIENT_HEADER = 'x-kehoach-client';

export type HttpHostOptions = {
  readonly token: string | null;
  /** Origin of the web host ("http://127.0.0.1:4173"); the page's own origin when omitted. */
  readonly baseUrl?: string;
  readonly fetch?: typeof fetch;
  /** Where titles go (document.title in the page). */
  readonly setDocumentTitle?: (title: string) => void;
  /** Names this page load; random when omitted. */
  readonly clientId?: string;
};

/** Browsers allow about 64 KB of keepalive request bodies in flight per page. */
const KEEPALIVE_MAX_CHARS = 48 * 1024;

type Verbs = Omit<HostApi, 'onDidRequestCommand'>;

/** A HostApi that talks to the web host. */
export function createHttpHost(options: HttpHostOptions): HostApi {
  const clientId = options.clientId ?? randomClientId();
  const call = (verb: HostVerb, payload: unknown): Promise<HostResult<unknown>> => post(options, clientId, verb, payload);
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

async function post(options: HttpHostOptions, clientId: string, verb: HostVerb, payload: unknown): Promise<HostResult<never>> {
  if (options.token === null) {
    return failure('ipc/forbidden', 'Trang không có khóa phiên của máy chủ cục bộ; hãy mở lại địa chỉ mà lệnh "kehoach serve" in ra.');
  }
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    const body = JSON.stringify(payload);
    const token = options.token;
    const request = (keepalive: boolean): Promise<Response> =>
      doFetch(`${options.baseUrl ?? ''}/host/${verb}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token, [CLIENT_HEADER]: clientId },
        body,
        keepalive,
      });
    // The last autosave and the goodbye sent while the page closes must outlive it (keepalive); the
    // browser caps such requests in flight, so one it refuses goes again as an ordinary request.
    const outlives = (verb === 'autosave' || verb === 'keepAlive') && body.length <= KEEPALIVE_MAX_CHARS;
    response = await request(outlives).catch((error: unknown) => (outlives ? request(false) : Promise.reject(error)));
  } catch {
    return failure('host/unreachable', 'Mất kết nối với máy chủ cục bộ (kehoach serve đã dừng?). Dữ liệu đang soạn vẫn còn trên trang.');
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
