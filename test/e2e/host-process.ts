/**
 * Starts the real web host (`kehoach serve --port 0 --no-open --data-dir DIR`) and reads its URL from
 * the first line of stdout. Builds nothing: `npm run test:e2e` builds out/web first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type HostProcess = {
  readonly url: string;
  readonly dataDir: string;
  readonly child: ChildProcess;
  /** Output so far (for failure messages). */
  readonly output: () => string;
  /** SIGTERM and wait for exit. */
  readonly stop: () => Promise<void>;
  /** SIGKILL: the host dies without any cleanup, as in a crash. */
  readonly kill: () => Promise<void>;
};

/** Starts a web host on a free port over the given data folder. */
export async function startHost(dataDir: string): Promise<HostProcess> {
  const child = spawn(process.execPath, ['packages/kehoach-cli/kehoach.mjs', 'serve', '--port', '0', '--no-open', '--data-dir', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, BROWSER: 'none' },
  });
  let out = '';
  let stdout = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not print its URL in 30 s:\n${out}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      // The URL is the first line of stdout (stderr may say something first, e.g. a stale build).
      stdout += chunk.toString('utf8');
      const first = stdout.split('\n')[0] ?? '';
      if (stdout.includes('\n') && /^https?:\/\//.test(first)) {
        clearTimeout(timer);
        resolve(first.trim());
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
  return { url, dataDir, child, output: () => out, stop: () => ended('SIGTERM'), kill: () => ended('SIGKILL') };
}
