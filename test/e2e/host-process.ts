/**
 * Starts the real web host (`kehoach serve --port 0 --no-open --data-dir DIR`) and reads its one-time
 * launch address from the first line of stdout (and each next one the host prints when one is used).
 * Builds nothing: `npm run test:e2e` builds out/web first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type HostProcess = {
  /**
   * The address a page opens: the latest launch address the host printed, not yet used. Opening it sets
   * the session cookie in that browser context and lands on "/"; opening a used one in a context that
   * already has the cookie lands on "/" too.
   */
  readonly url: string;
  /** The origin, "http://127.0.0.1:<port>/" (a page without a session gets only the notice there). */
  readonly origin: string;
  readonly dataDir: string;
  readonly child: ChildProcess;
  /** Output so far (for failure messages). */
  readonly output: () => string;
  /** SIGTERM and wait for exit. */
  readonly stop: () => Promise<void>;
  /** SIGKILL: the host dies without any cleanup, as in a crash. */
  readonly kill: () => Promise<void>;
};

/** Starts a web host over the given data folder, on a free port or the one given (a restart in place). */
export async function startHost(dataDir: string, port = 0): Promise<HostProcess> {
  const child = spawn(process.execPath, ['packages/kehoach-cli/kehoach.cjs', 'serve', '--port', String(port), '--no-open', '--data-dir', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, BROWSER: 'none' },
  });
  let out = '';
  let stdout = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  let latest = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    stdout += chunk.toString('utf8');
    // Each used launch address is followed by a line ending with the next one.
    const launches = stdout.match(/http:\/\/127\.0\.0\.1:\d+\/\?launch=[A-Za-z0-9_-]+/g) ?? [];
    latest = launches[launches.length - 1] ?? latest;
  });
  const first = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not print its URL in 30 s:\n${out}`)), 30_000);
    child.stdout?.on('data', () => {
      // The launch address is the first line of stdout (stderr may say something first, e.g. a stale build).
      const line = stdout.split('\n')[0] ?? '';
      if (stdout.includes('\n') && /^https?:\/\//.test(line)) {
        clearTimeout(timer);
        resolve(line.trim());
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${out}`));
    });
  });
  const ended = async (signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) {
      return;
    }
    const exit = once(child, 'exit');
    child.kill(signal);
    await exit;
  };
  const origin = `${new URL(first).origin}/`;
  return {
    get url() {
      return latest === '' ? first : latest;
    },
    origin,
    dataDir,
    child,
    output: () => out,
    stop: () => ended('SIGTERM'),
    kill: () => ended('SIGKILL'),
  };
}
