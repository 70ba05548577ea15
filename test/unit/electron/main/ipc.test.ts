import { describe, expect, it, vi } from 'vitest';
import { channelOf, HOST_VERBS } from '../../../../electron/common/host-api';
import { FORBIDDEN_RESULT, registerHostIpc } from '../../../../electron/main/ipc';
import type { SenderEvent } from '../../../../electron/main/sender';
import type { HostHandlers } from '../../../../electron/services/host/handlers';

vi.mock('electron', () => ({}));

type Handler = (event: SenderEvent, payload: unknown) => Promise<unknown>;

function setup(): { call(channel: string, event: SenderEvent, payload?: unknown): Promise<unknown>; channels: string[]; calls: unknown[] } {
  const registered = new Map<string, Handler>();
  const calls: unknown[] = [];
  const handlers = {
    setTitle: async (payload: unknown, context: unknown) => {
      calls.push({ payload, context });
      return { ok: true, value: null };
    },
  } as unknown as HostHandlers;
  const fakeIpc = {
    handle: (channel: string, handler: Handler) => registered.set(channel, handler),
    removeHandler: (channel: string) => registered.delete(channel),
  };
  registerHostIpc(fakeIpc as never, handlers, { origin: 'app://kehoach', isOurWindow: (id) => id === 7 });
  return {
    call: (channel, event, payload) => registered.get(channel)!(event, payload),
    channels: [...registered.keys()],
    calls,
  };
}

const mainFrame = { url: 'app://kehoach/index.html', parent: null };
const trusted: SenderEvent = { sender: { id: 7, mainFrame }, senderFrame: mainFrame };

describe('IPC registration', () => {
  it('registers one "host:" channel per verb', () => {
    expect(setup().channels).toEqual(HOST_VERBS.map(channelOf));
  });

  it('runs a verb for the main frame of our window with a valid payload', async () => {
    const ipc = setup();
    const result = await ipc.call('host:setTitle', trusted, { title: 'a.kehoach', dirty: true });
    expect({ result, calls: ipc.calls }).toEqual({
      result: { ok: true, value: null },
      calls: [{ payload: { title: 'a.kehoach', dirty: true }, context: { clientId: 'wc:7' } }],
    });
  });

  it('refuses a sub-frame of our window', async () => {
    const ipc = setup();
    const child = { url: 'app://kehoach/frame.html', parent: mainFrame };
    const result = await ipc.call('host:setTitle', { sender: { id: 7, mainFrame }, senderFrame: child }, { title: 'x', dirty: false });
    expect({ result, calls: ipc.calls }).toEqual({ result: FORBIDDEN_RESULT, calls: [] });
  });

  it('refuses a foreign origin, another webContents and a destroyed frame', async () => {
    const ipc = setup();
    const evil = { url: 'https://evil.example/', parent: null };
    const fileFrame = { url: 'file:///home/u/index.html', parent: null };
    const results = await Promise.all([
      ipc.call('host:setTitle', { sender: { id: 7, mainFrame: evil }, senderFrame: evil }, { title: 'x', dirty: false }),
      ipc.call('host:setTitle', { sender: { id: 7, mainFrame: fileFrame }, senderFrame: fileFrame }, { title: 'x', dirty: false }),
      ipc.call('host:setTitle', { sender: { id: 8, mainFrame }, senderFrame: mainFrame }, { title: 'x', dirty: false }),
      ipc.call('host:setTitle', { sender: { id: 7, mainFrame }, senderFrame: null }, { title: 'x', dirty: false }),
    ]);
    expect({ results, calls: ipc.calls }).toEqual({ results: Array(4).fill(FORBIDDEN_RESULT), calls: [] });
  });

  it('refuses a bad payload with an error value, never reaching the handler', async () => {
    const ipc = setup();
    const result = await ipc.call('host:setTitle', trusted, { title: 'x', dirty: 'yes', extra: true });
    expect({ result, calls: ipc.calls }).toEqual({
      result: { ok: false, error: { code: 'ipc/invalid-payload', message: 'Yêu cầu "setTitle" có dữ liệu không hợp lệ (tại dirty).' } },
      calls: [],
    });
  });
});
