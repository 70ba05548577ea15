/**
 * The web host client notices when its host is gone: a refused session after it was accepted (the host
 * restarted) or no answer at all, and not a refusal of a page that never had a session.
 */
import { describe, expect, it } from 'vitest';
import { createHttpHost } from '../../../../renderer/host/http-host';
import type { ConnectionLoss } from '../../../../renderer/host/connection';

type Answer = { readonly status: number; readonly body: unknown } | 'network-error';

function hostAnswering(answers: Answer[]): { host: ReturnType<typeof createHttpHost>; seen: (ConnectionLoss | null)[]; sent: RequestInit[] } {
  const seen: (ConnectionLoss | null)[] = [];
  const sent: RequestInit[] = [];
  const host = createHttpHost({
    baseUrl: 'http://127.0.0.1:1',
    clientId: 'page-0001',
    onConnection: (loss) => seen.push(loss),
    fetch: async (_url, init) => {
      sent.push(init ?? {});
      const answer = answers.shift() ?? 'network-error';
      if (answer === 'network-error') {
        throw new TypeError('Failed to fetch');
      }
      return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
    },
  });
  return { host, seen, sent };
}

const SETTINGS_OK = { status: 200, body: { ok: true, value: {} } };
const LOST = { status: 401, body: { ok: false, error: { code: 'host/session-lost', message: 'Phiên làm việc …' } } };
const FORBIDDEN = { status: 403, body: { ok: false, error: { code: 'ipc/forbidden', message: 'Không được phép.' } } };

describe('createHttpHost: a lost host', () => {
  it('reports a lost session when an accepted page is refused (401, or 403 after acceptance)', async () => {
    const after401 = hostAnswering([SETTINGS_OK, LOST]);
    await after401.host.getSettings();
    const result = await after401.host.getSettings();
    const after403 = hostAnswering([SETTINGS_OK, FORBIDDEN]);
    await after403.host.getSettings();
    await after403.host.getSettings();
    expect({ seen401: after401.seen, code: result.ok ? null : result.error.code, seen403: after403.seen }).toEqual({
      seen401: [null, 'session'],
      code: 'host/session-lost',
      seen403: [null, 'session'],
    });
  });

  it('reports an unreachable host, and its return', async () => {
    const { host, seen } = hostAnswering(['network-error', SETTINGS_OK]);
    const failed = await host.getSettings();
    await host.getSettings();
    expect({ seen, code: failed.ok ? null : failed.error.code }).toEqual({ seen: ['unreachable', null], code: 'host/unreachable' });
  });

  it('a 403 to a page that never had a session is a refusal, not a lost session', async () => {
    const { host, seen } = hostAnswering([FORBIDDEN]);
    await host.getSettings();
    expect(seen).toEqual([]);
  });

  it('sends no secret of its own: the client header, and the cookie by the browser (same-origin credentials)', async () => {
    const { host, sent } = hostAnswering([SETTINGS_OK]);
    await host.getSettings();
    expect({ headers: sent[0]?.headers, credentials: sent[0]?.credentials }).toEqual({
      headers: { 'content-type': 'application/json', 'x-kehoach-client': 'page-0001' },
      credentials: 'same-origin',
    });
  });
});
