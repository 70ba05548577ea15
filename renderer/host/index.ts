/**
 * The renderer's door to its host: window.host when the Electron preload exposed it, else the HTTP
 * client of the web host (its session is a cookie; losing it is reported to ./connection). Renderer
 * code imports only getHost and the connection state.
 */
import type { HostApi } from '../../electron/common/host-api';
import { reportConnection } from './connection';
import { createHttpHost } from './http-host';

export { connectionLoss, onConnectionChange, type ConnectionLoss } from './connection';

let cached: HostApi | null = null;

/** The host of this page (one instance per page). */
export function getHost(): HostApi {
  if (cached === null) {
    const exposed = (window as unknown as { host?: HostApi }).host;
    cached =
      exposed ??
      createHttpHost({
        setDocumentTitle: (title) => {
          document.title = title;
        },
        onConnection: reportConnection,
      });
  }
  return cached;
}
