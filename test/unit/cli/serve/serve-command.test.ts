import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseServeArgs } from '../../../../cli/serve/serve-command';
import { samplePlan, tempDir } from '../../../helpers/shell-fixtures';
import { rawRequest } from '../../../helpers/shell-http';

const entry = resolve('cli/serve/serve-command.ts');

function launch(args: readonly string[], env: Record<string, string>): ChildProcessWithoutNullStreams {
  const code = `const m = await import(${JSON.stringify(entry)}); process.exitCode = await m.serveCommand(process.argv.slice(1));`;
  return spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code, '--', ...args], { env: { ...process.env, ...env } });
}

function firstLine(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((done, fail) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('\n')) {
        done(out.split('\n')[0] ?? '');
      }
    });
    child.on('exit', (code) => fail(new Error(`exited ${code} before printing a line`)));
  });
}

function exited(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((done) => child.on('exit', (code) => done({ code, stderr })));
}

describe('kehoach serve', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('kehoach-serve-cmd-'));
  });
  afterEach(() => cleanup());

  it('prints its one-time launch address as the first line, which opens a session; / without it says to open that address', async () => {
    const webDir = join(dir, 'web');
    await mkdir(webDir);
    await writeFile(join(webDir, 'index.html'), '<html><head></head><body>Kế hoạch</body></html>');
    const args = ['--port', '0', '--no-open', '--data-dir', join(dir, 'data')];
    const child = launch(args, { KEHOACH_WEB_DIR: webDir });
    const done = exited(child);
    const url = await firstLine(child);
    const port = Number(new URL(url).port);
    const bare = await rawRequest(port, { path: '/' });
    const launched = await rawRequest(port, { path: new URL(url).pathname + new URL(url).search });
    const cookie = String(launched.headers['set-cookie']).split(';')[0] ?? '';
    const page = await rawRequest(port, { path: '/', headers: { cookie } });
    child.kill('SIGTERM');
    const end = await done;
    expect({
      url: url.replace(/:\d+\/\?launch=[A-Za-z0-9_-]{43}$/, ':PORT/?launch=SECRET'),
      bare: [bare.status, bare.text.includes('kehoach serve')],
      page: [page.status, page.text.includes('Kế hoạch')],
      code: end.code,
    }).toEqual({ url: 'http://127.0.0.1:PORT/?launch=SECRET', bare: [401, true], page: [200, true], code: 0 });
  });

  it('offers the work autosaved before the host was killed (SIGKILL) after a restart on the same data folder', async () => {
    const webDir = join(dir, 'web');
    await mkdir(webDir);
    await writeFile(join(webDir, 'index.html'), '<html><head></head><body></body></html>');
    const env = { KEHOACH_WEB_DIR: webDir };
    const args = ['--no-open', '--data-dir', join(dir, 'data')];
    const call = async (url: string, verb: string, body: unknown): Promise<unknown> => {
      const port = Number(new URL(url).port);
      const launched = await rawRequest(port, { path: new URL(url).pathname + new URL(url).search });
      const cookie = String(launched.headers['set-cookie']).split(';')[0] ?? '';
      const origin = new URL(url).origin;
      const res = await rawRequest(port, {
        method: 'POST',
        path: `/host/${verb}`,
        headers: { 'content-type': 'application/json', origin, cookie, 'x-kehoach-client': 'page-0001' },
        body: JSON.stringify(body),
      });
      return JSON.parse(res.text);
    };
    const first = launch(args, env);
    const firstExit = exited(first);
    const firstUrl = await firstLine(first);
    await call(firstUrl, 'autosave', { sessionId: 'dang-soan', title: 'Kế hoạch đang soạn', path: null, document: samplePlan() });
    first.kill('SIGKILL');
    await firstExit;
    const second = launch(args, env);
    const secondExit = exited(second);
    const listed = await call(await firstLine(second), 'listRecoveries', {});
    second.kill('SIGTERM');
    await secondExit;
    expect(listed).toEqual({ ok: true, value: [{ id: 'dang-soan', title: 'Kế hoạch đang soạn', savedAt: expect.any(String), path: null }] });
  });

  it('exits 2 and says to build the web renderer when it is missing', async () => {
    const end = await exited(launch(['--no-open'], { KEHOACH_WEB_DIR: join(dir, 'missing'), KEHOACH_DATA_DIR: join(dir, 'data') }));
    expect([end.code, end.stderr.includes('npm run build:web')]).toEqual([2, true]);
  });
});

describe('parseServeArgs', () => {
  it('reads the port, --no-open and the data folder', () => {
    expect(parseServeArgs(['--port', '4173', '--no-open', '--data-dir', '/tmp/kh'], {})).toEqual({ port: 4173, open: false, dataDir: '/tmp/kh' });
  });

  it('refuses a bad port and unknown options with a Vietnamese message', () => {
    expect([parseServeArgs(['--port', 'abc'], {}), parseServeArgs(['--verbose'], {})]).toEqual([
      'Cổng không hợp lệ: "abc".',
      'Tùy chọn không hợp lệ: "--verbose".',
    ]);
  });
});
