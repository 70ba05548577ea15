/**
 * Renderer entry: mounts the app with the host (Electron preload or the web host's HTTP client).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { HostProvider } from './app/context/host-context';
import { getHost } from './host/index';
import './styles/app.css';
import './styles/sheet.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <HostProvider host={getHost()}>
        <App />
      </HostProvider>
    </StrictMode>,
  );
}
