import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type RunningServer } from '../../../../cli/serve/web-server';
import { WebDialogs } from '../../../../cli/serve/web-dialogs';
import { DEFAULT_SETTINGS } from '../../../../electron/common/settings';
import type { HostApi } from '../../../../electron/common/host-api';
import { createServices, type Services } from '../../../../electron/services/create-services';
import { createHostHandlers } from '../../../../electron/services/host/handlers';
import { ConfSettingsStore } from '../../../../electron/services/settings/conf-settings-store';
import { serializePlan } from '../../../../core/model/serialize';
import { createHttpHost } from '../../../../renderer/host/http-host';
import { samplePlan, tempDir } from '../../../helpers/shell-fixtures';
import { rawRequest, type RawResponse } from '../../../helpers/shell-http';
import { chunkedUpload, partialUpload } from '../../../helpers/shell-uploads';

const LAUNCH = 'test-launch-0123456789abcdefghijklmnopqrstuv';

describe('web host over HTTP on 127.0.0.1', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  let services: Services;
  let server: RunningServer;
  let origin: string;
  let host: HostApi;
  let titles: string[];
  let cookie: string;
  let launched: RawResponse;
  const nextLaunches: string[] = [];

  beforeAll(async () => {
    ({ dir: root, cleanup } = await tempDir('kehoach-serve-'));
    const webDir = join(root, 'web');
    await mkdir(join(webDir, 'assets'), { recursive: true });
    await writeFile(join(webDir, 'index.html'), '<!doctype html><html><head><title>Kế hoạch Studio</title></head><body></body></html>');
    await writeFile(join(webDir, 'assets', 'app.js'), 'console.log("app");');
    await writeFile(join(webDir, '.env'), 'SECRET=1');
    await writeFile(join(root, 'secret.txt'), 'bí mật');
    await symlink(join(root, 'secret.txt'), join(webDir, 'assets', 'link.txt'));
    const dataDir = join(root, 'data');
    services = createServices({
      dataDir,
      templatesDir: join(root, 'templates'),
      settingsStore: new ConfSettingsStore(dataDir),
      dialogs: new WebDialogs(join(dataDir, 'documents')),
      recoveryScope: 'client',
    });
    const handlers = createHostHandlers(services, { setTitle: () => undefined, takePendingFile: () => null });
    server = await startWebServer({ webDir, handlers, launchSecret: LAUNCH, port: 0, maxBodyBytes: 256 * 1024, onLaunchUsed: (next) => nextLaunches.push(next) });
    origin = `http://127.0.0.1:${server.port}`;
    launched = await rawRequest(server.port, { path: `/?launch=${LAUNCH}` });
    cookie = String(launched.headers['set-cookie']).split(';')[0] ?? '';
    titles = [];
    host = createHttpHost({
      baseUrl: origin,
      // Node's fetch sends no Origin and keeps no cookies; a browser page on our origin does both.
      fetch: (url, init) => fetch(url, { ...init, headers: { ...(init?.headers as Record<string, string>), origin, cookie } }),
      setDocumentTitle: (t) => titles.push(t),
    });
  });
  afterAll(async () => {
    await server.close();
    await services.dispose();
    await cleanup();
  });

  const verb = (name: string, body: string, headers: Record<string, string> = {}): ReturnType<typeof rawRequest> =>
    rawRequest(server.port, {
      method: 'POST',
      path: `/host/${name}`,
      headers: { 'content-type': 'application/json', origin, cookie, ...headers },
      body,
    });

  it('the launch address sets an HttpOnly SameSite=Strict session cookie for this port, redirects to /, and announces the next one', async () => {
    expect({
      status: launched.status,
      location: launched.headers['location'],
      cookie: String(launched.headers['set-cookie']).replace(/=[A-Za-z0-9_-]{43};/, '=SECRET;'),
      next: nextLaunches.map((url) => url.replace(/launch=[A-Za-z0-9_-]{43}$/, 'launch=NEXT')),
    }).toEqual({
      status: 303,
      location: '/',
      cookie: `kehoach-session-${server.port}=SECRET; HttpOnly; SameSite=Strict; Path=/`,
      next: [`${origin}/?launch=NEXT`],
    });
  });

  it('serves / with a strict CSP and no secret in it to a browser with the session', async () => {
    const res = await rawRequest(server.port, { path: '/', headers: { cookie } });
    expect({
      status: res.status,
      secret: res.text.includes(cookie.split('=')[1] ?? '') || res.text.includes(LAUNCH),
      csp: String(res.headers['content-security-policy']).startsWith("default-src 'self'; script-src 'self'"),
      cache: res.headers['cache-control'],
    }).toEqual({ status: 200, secret: false, csp: true, cache: 'no-store' });
  });

  it('a local program that fetches / gets no page and no secret: a Vietnamese notice to open the printed address', async () => {
    const plain = await rawRequest(server.port, { path: '/' });
    const index = await rawRequest(server.port, { path: '/index.html' });
    expect({
      status: [plain.status, index.status],
      told: plain.text.includes('Hãy mở địa chỉ mà lệnh "kehoach serve" in ra'),
      app: plain.text.includes('<title>Kế hoạch Studio</title>'),
      cookie: plain.headers['set-cookie'],
    }).toEqual({ status: [401, 401], told: true, app: false, cookie: undefined });
  });

  it('a launch address works once: used again it opens nothing, unless the browser already has its session', async () => {
    const again = await rawRequest(server.port, { path: `/?launch=${LAUNCH}` });
    const againWithSession = await rawRequest(server.port, { path: `/?launch=${LAUNCH}`, headers: { cookie } });
    const guessed = await rawRequest(server.port, { path: `/?launch=${LAUNCH.replace(/^t/, 'T')}` });
    expect([again.status, again.headers['set-cookie'], againWithSession.status, againWithSession.headers['location'], guessed.status]).toEqual([
      401,
      undefined,
      303,
      '/',
      401,
    ]);
  });

  it('refuses a verb without the session cookie, or with a wrong one, as a lost session (401)', async () => {
    const none = await verb('getSettings', '{}', { cookie: '' });
    const wrong = await verb('getSettings', '{}', { cookie: cookie.replace(/=./, '=A') });
    const otherPort = await verb('getSettings', '{}', { cookie: cookie.replace(`-${server.port}=`, `-${server.port + 1}=`) });
    expect([none, wrong, otherPort].map((r) => [r.status, JSON.parse(r.text).error.code])).toEqual([
      [401, 'host/session-lost'],
      [401, 'host/session-lost'],
      [401, 'host/session-lost'],
    ]);
  });

  it('a refused request is answered at once and its body is never read (the connection closes)', async () => {
    const refused = await partialUpload(server.port, { origin: 'http://evil.example', cookie }, 50 * 1024 * 1024, 64 * 1024);
    const noSession = await partialUpload(server.port, { origin }, 50 * 1024 * 1024, 64 * 1024);
    expect([refused, noSession]).toEqual([
      { status: 403, closed: true },
      { status: 401, closed: true },
    ]);
  });

  it('stops reading a chunked body at the cap: 413 before the sender has finished', async () => {
    const res = await chunkedUpload(server.port, { origin, cookie }, 256 * 1024 + 1, 8 * 1024 * 1024);
    expect(res).toEqual({ status: 413, answeredBeforeEnd: true, closed: true });
  });

  it('refuses a verb from a foreign Origin or with no Origin (403)', async () => {
    const foreign = await verb('getSettings', '{}', { origin: 'http://evil.example' });
    const missing = await rawRequest(server.port, { method: 'POST', path: '/host/getSettings', headers: { cookie }, body: '{}' });
    expect([foreign.status, missing.status]).toEqual([403, 403]);
  });

  it('refuses requests addressed to another host name (DNS rebinding) (403)', async () => {
    const res = await rawRequest(server.port, { path: '/', headers: { host: `evil.example:${server.port}` } });
    expect(res.status).toEqual(403);
  });

  it('answers 404 to an unknown verb', async () => {
    const res = await verb('deleteEverything', '{}');
    expect([res.status, JSON.parse(res.text).ok]).toEqual([404, false]);
  });

  it('answers 400 with an error value to a bad payload or bad JSON', async () => {
    const bad = await verb('discardRecovery', JSON.stringify({ id: '../../etc/passwd' }));
    const notJson = await verb('getSettings', '{');
    expect([bad.status, JSON.parse(bad.text), notJson.status]).toEqual([
      400,
      { ok: false, error: { code: 'ipc/invalid-payload', message: 'Yêu cầu "discardRecovery" có dữ liệu không hợp lệ (tại id).' } },
      400,
    ]);
  });

  it('answers 413 to a body over the cap', async () => {
    const res = await verb('autosave', JSON.stringify({ pad: 'x'.repeat(300 * 1024) }));
    expect(res.status).toEqual(413);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e%5c..%5csecret.txt', '/.env', '/%00index.html', '/assets/link.txt'])(
    'refuses the static path %s',
    async (path) => {
      const res = await rawRequest(server.port, { path });
      expect([res.status, res.text.includes('bí mật'), res.text.includes('SECRET')]).toEqual([404, false, false]);
    },
  );

  it('answers 405 to other methods on static files and to GET on verbs', async () => {
    const put = await rawRequest(server.port, { method: 'PUT', path: '/index.html', body: 'x' });
    const get = await rawRequest(server.port, { path: '/host/getSettings', headers: { origin, cookie } });
    expect([put.status, get.status]).toEqual([405, 405]);
  });

  it('serves assets with their content type', async () => {
    const res = await rawRequest(server.port, { path: '/assets/app.js' });
    expect([res.status, res.headers['content-type'], res.text]).toEqual([200, 'text/javascript; charset=utf-8', 'console.log("app");']);
  });

  it('round-trips settings through the HTTP client', async () => {
    const before = await host.getSettings();
    const profile = { ...DEFAULT_SETTINGS.agencyProfile, place: 'Bắc Giang', archiveCode: 'VX' };
    const updated = await host.updateSettings({ agencyProfile: profile });
    const after = await host.getSettings();
    expect({ before, updated, after }).toEqual({
      before: { ok: true, value: DEFAULT_SETTINGS },
      updated: { ok: true, value: { ...DEFAULT_SETTINGS, agencyProfile: profile } },
      after: { ok: true, value: { ...DEFAULT_SETTINGS, agencyProfile: profile } },
    });
  });

  it('saves plans into the documents folder without overwriting, then reopens one from recent files', async () => {
    const request = { path: null, saveAs: false, document: samplePlan('Lưu qua web'), suggestedName: 'Kế hoạch số 1' };
    const first = await host.saveDocument(request);
    const second = await host.saveDocument(request);
    const recent = await host.listRecentFiles();
    const reopened = first.ok && first.value ? await host.openDocument({ path: first.value.path }) : null;
    expect({
      names: [first, second].map((r) => (r.ok && r.value ? r.value.name : r)),
      files: (await readdir(join(root, 'data', 'documents'))).filter((f) => !f.startsWith('.')).sort(),
      recent: recent.ok ? recent.value.map((r) => r.name) : recent,
      reopened: reopened?.ok && reopened.value ? reopened.value.documents[0]?.header.summary : reopened,
    }).toEqual({
      names: ['Kế hoạch số 1.kehoach', 'Kế hoạch số 1 (2).kehoach'],
      files: ['Kế hoạch số 1 (2).kehoach', 'Kế hoạch số 1.kehoach'],
      recent: ['Kế hoạch số 1 (2).kehoach', 'Kế hoạch số 1.kehoach'],
      reopened: 'Lưu qua web',
    });
  });

  it('opens an upload, and hands exports back as a download', async () => {
    const upload = { name: 'tai-len.kehoach', base64: Buffer.from(serializePlan(samplePlan('Tải lên'))).toString('base64') };
    const opened = await host.openDocument({ upload });
    const exported = await host.saveFile({ suggestedName: 'ke-hoach', base64: 'UEsDBA==', filter: 'docx' });
    expect({
      opened: opened.ok && opened.value ? [opened.value.path, opened.value.format, opened.value.documents[0]?.header.summary] : opened,
      exported,
    }).toEqual({ opened: [null, 'kehoach', 'Tải lên'], exported: { ok: true, value: { path: null, name: 'ke-hoach.docx' } } });
  });

  it('autosaves, offers a page’s work to the next page load once it closed (never to itself), and discards on request', async () => {
    const saved = await host.autosave({ sessionId: 'tab-1', title: 'Đang soạn', path: null, document: samplePlan() });
    const ownList = await host.listRecoveries();
    await host.keepAlive({ closing: true });
    const reloaded = createHttpHost({
      baseUrl: origin,
      fetch: (url, init) => fetch(url, { ...init, headers: { ...(init?.headers as Record<string, string>), origin, cookie } }),
    });
    const nextList = await reloaded.listRecoveries();
    const discarded = await reloaded.discardRecovery({ id: 'tab-1' });
    expect({
      saved: saved.ok,
      ownList,
      nextList: nextList.ok ? nextList.value.map((e) => [e.id, e.title]) : nextList,
      discarded,
      files: (await readdir(join(root, 'data', 'recovery'))).filter((f) => f.endsWith('.json')),
    }).toEqual({
      saved: true,
      ownList: { ok: true, value: [] },
      nextList: [['tab-1', 'Đang soạn']],
      discarded: { ok: true, value: null },
      files: [],
    });
  });

  it('sets the page title locally as given, and has no pending file', async () => {
    await host.setTitle({ title: 'ke-hoach.kehoach • — Kế hoạch Studio', dirty: true });
    expect({ titles, pending: await host.takePendingFile?.() }).toEqual({
      titles: ['ke-hoach.kehoach • — Kế hoạch Studio'],
      pending: { ok: true, value: null },
    });
  });
});
