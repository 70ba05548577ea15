/**
 * Shared by the keystroke scripts: serves renderer/editor/bench with vite and opens it in Debian's
 * Chromium (never a downloaded browser). The caller closes what it gets.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { launchChromium } from './bench-args';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export type BenchPage = { readonly page: Page; readonly close: () => Promise<void> };

/** Opens the editor bench page with the given query (sections, items, baseline) and waits until ready. */
export async function openBenchPage(query: string): Promise<BenchPage> {
  const server: ViteDevServer = await createServer({
    configFile: false,
    root: `${ROOT}renderer/editor/bench`,
    logLevel: 'error',
    plugins: [react()],
    // The import aliases of tsconfig.base.json, as vite.web.config.ts gives them.
    resolve: { alias: { '@core': `${ROOT}core`, '@common': `${ROOT}electron/common`, '@services': `${ROOT}electron/services` } },
    server: { port: 0, host: '127.0.0.1', fs: { allow: [ROOT] } },
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser: Browser = await launchChromium();
  const close = async (): Promise<void> => {
    await browser.close();
    await server.close();
  };
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/index.html?${query}`);
    await page.waitForFunction('window.__bench && window.__bench.state.ready', undefined, { timeout: 120_000 });
    return { page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
