/**
 * Preload (sandboxed, context-isolated): exposes window.host built from HOST_VERBS, each verb one
 * ipcRenderer.invoke on its "host:" channel, plus the command event. Nothing else reaches the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelOf, COMMAND_CHANNEL, HOST_VERBS, HostCommand } from '../common/host-api';

const KNOWN_COMMANDS: ReadonlySet<string> = new Set(Object.values(HostCommand));

/** The object exposed as window.host. */
export function buildHostBridge(): Record<string, unknown> {
  const bridge: Record<string, unknown> = {};
  for (const verb of HOST_VERBS) {
    // Only the payload crosses: never the event or ipcRenderer itself.
    bridge[verb] = (payload?: unknown): Promise<unknown> => ipcRenderer.invoke(channelOf(verb), payload);
  }
  bridge['onDidRequestCommand'] = (listener: (command: HostCommand) => void): (() => void) => {
    const handler = (_event: IpcRendererEvent, command: unknown): void => {
      if (typeof command === 'string' && KNOWN_COMMANDS.has(command)) {
        listener(command as HostCommand);
      }
    };
    ipcRenderer.on(COMMAND_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, handler);
    };
  };
  return Object.freeze(bridge);
}

contextBridge.exposeInMainWorld('host', buildHostBridge());
