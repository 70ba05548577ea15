import { describe, expect, it, vi } from 'vitest';
import { HOST_VERBS } from '../../../../electron/common/host-api';

const exposed: Record<string, Record<string, (...args: unknown[]) => unknown>> = {};
const invoked: unknown[][] = [];
const listeners = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, (...args: unknown[]) => unknown>) => (exposed[key] = api) },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      invoked.push(args);
      return { ok: true, value: null };
    },
    on: (channel: string, fn: (event: unknown, ...args: unknown[]) => void) => listeners.set(channel, [...(listeners.get(channel) ?? []), fn]),
    removeListener: (channel: string, fn: unknown) => listeners.set(channel, (listeners.get(channel) ?? []).filter((f) => f !== fn)),
  },
}));

await import('../../../../electron/preload/index');

describe('preload', () => {
  it('exposes only window.host with the contract verbs and the command event', () => {
    expect({ keys: Object.keys(exposed), api: Object.keys(exposed['host'] ?? {}).sort() }).toEqual({
      keys: ['host'],
      api: [...HOST_VERBS, 'onDidRequestCommand'].sort(),
    });
  });

  it('maps each verb to one invoke on its host: channel with the payload only', async () => {
    await exposed['host']!['saveFile']!({ suggestedName: 'a', base64: '', filter: 'docx' });
    await exposed['host']!['listTemplates']!();
    expect(invoked).toEqual([
      ['host:saveFile', { suggestedName: 'a', base64: '', filter: 'docx' }],
      ['host:listTemplates', undefined],
    ]);
  });

  it('delivers known commands without the IPC event, drops unknown ones, and unsubscribes', () => {
    const got: unknown[] = [];
    const unsubscribe = exposed['host']!['onDidRequestCommand']!((c: unknown) => got.push(c)) as () => void;
    const emit = (...args: unknown[]): void => (listeners.get('host-event:command') ?? []).forEach((fn) => fn({ sender: 'ipc' }, ...args));
    emit('save');
    emit('format-disk');
    unsubscribe();
    emit('open');
    expect(got).toEqual(['save']);
  });
});
