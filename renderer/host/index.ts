/**
 * The renderer's door to its host: window.host when the Electron preload exposed it, else the HTTP
 * client of the web host (token from <meta name="kehoach-token">). Renderer code imports only getHost.
 */
import type { HostApi } from '../../electron/common/host-api';
import { createHttpHost } from './http-host';

let cached: HostApi | null = null;

/** The host of this page (one instance per page). */
export function getHost(): HostApi {
  if (cached === null) {
    const exposed = (window as unknown as { host?: HostApi }).host;
    cached =
      exposed ??
      createHttpHost({
        token: document.querySelector('meta[name="kehoach-token"]')?.getAttribute('content') ?? null,
        setDocumentTitle: (title) => {
          document.title = title;
        },
      });
  }
  return cached;
}
