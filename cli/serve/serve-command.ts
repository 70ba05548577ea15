/**
 * `kehoach serve [--port N] [--no-open] [--data-dir DIR]`: the local web host. Prints its one-time launch
 * address as the first line of stdout (and the next one each time one is used), serves until SIGTERM
 * or SIGINT, then closes cleanly (exit 0). Exit 2 on bad usage.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServices } from '../../electron/services/create-services';
import { sweepStaleTempDirs } from '../../electron/services/fs/temp-dirs';
import { createHostHandlers, type WindowBridge } from '../../electron/services/host/handlers';
import { ConfSettingsStore } from '../../electron/services/settings/conf-settings-store';
import { checkWorkerUrl, projectRoot } from '../paths';
import { SERVE_STRINGS } from './strings';
import { WebDialogs } from './web-dialogs';
import { startWebServer } from './web-server';

export type ServeOptions = { readonly port: number; readonly open: boolean; readonly dataDir: string };

const USAGE = 'Cách dùng: kehoach serve [--port N] [--no-open] [--data-dir THƯ_MỤC]';

/** Parses serve's arguments; a string is a usage error message. */
export function parseServeArgs(args: readonly string[], env: NodeJS.ProcessEnv = process.env): ServeOptions | string {
  let port = 0;
  let open = true;
  let dataDir = env['KEHOACH_DATA_DIR'] ?? defaultDataDir(env);
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--no-open') {
      open = false;
    } else if (arg === '--port' || arg === '--data-dir') {
      const value = args[i + 1];
      if (value === undefined) {
        return `Thiếu giá trị sau ${arg}.`;
      }
      i += 1;
      if (arg === '--port') {
        if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) {
          return `Cổng không hợp lệ: "${value}".`;
        }
        port = Number(value);
      } else {
        dataDir = resolve(value);
      }
    } else {
      return `Tùy chọn không hợp lệ: "${arg ?? ''}".`;
    }
  }
  return { port, open, dataDir };
}

/** Runs the web host until a termination signal; resolves with the exit code. */
export async function serveCommand(args: readonly string[]): Promise<number> {
  const options = parseServeArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`kehoach serve: ${options}\n${USAGE}\n`);
    return 2;
  }
  const webDir = process.env['KEHOACH_WEB_DIR'] ?? join(projectRoot(), 'out', 'web');
  if (!existsSync(join(webDir, 'index.html'))) {
    process.stderr.write(`kehoach serve: chưa có giao diện web đã dựng tại ${webDir}; hãy chạy "npm run build:web" trước.\n`);
    return 2;
  }
  const services = createServices({
    dataDir: options.dataDir,
    templatesDir: process.env['KEHOACH_TEMPLATES_DIR'] ?? join(projectRoot(), 'templates'),
    settingsStore: new ConfSettingsStore(options.dataDir),
    dialogs: new WebDialogs(join(options.dataDir, 'documents')),
    recoveryScope: 'client',
    // Batch review: the command's own batch worker (bundled beside it, or from the sources through tsx).
    batchWorker: checkWorkerUrl(),
    warmWorker: true,
  });
  const bridge: WindowBridge = { setTitle: () => undefined, takePendingFile: () => null };
  let server;
  try {
    server = await startWebServer({
      webDir,
      handlers: createHostHandlers(services, bridge),
      port: options.port,
      onLaunchUsed: (next) => process.stdout.write(`${SERVE_STRINGS.nextLaunch} ${next}\n`),
    });
  } catch (error) {
    process.stderr.write(`kehoach serve: không mở được cổng ${options.port} (${(error as NodeJS.ErrnoException).code ?? 'lỗi'}).\n`);
    await services.dispose();
    return 2;
  }
  // The first line is the one-time launch address (scripts and the e2e harness read it).
  process.stdout.write(`${server.launchUrl}\n`);
  process.stdout.write(`Kế hoạch Studio đang chạy tại ${server.url} (dữ liệu: ${options.dataDir}). Hãy mở địa chỉ ở dòng trên (dùng một lần). Nhấn Ctrl+C để dừng.\n`);
  if (options.open) {
    openBrowser(server.launchUrl);
  }
  // Temp folders a killed host left (print checks, batch uploads) go now; best effort, in the background.
  void sweepStaleTempDirs();
  const running = server;
  await new Promise<void>((done) => {
    const stop = (): void => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      done();
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  await running.close();
  await services.dispose();
  return 0;
}

function defaultDataDir(env: NodeJS.ProcessEnv): string {
  if (process.platform === 'win32' && env['APPDATA']) {
    return join(env['APPDATA'], 'Kế hoạch Studio');
  }
  return join(env['XDG_DATA_HOME'] ?? join(homedir(), '.local', 'share'), 'kehoach-studio');
}

function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : process.platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // no browser opener: the URL is printed anyway
  }
}
