/**
 * Crafted .kehoach files through the web host (upload, and as a verb payload): schemaVersion 0, −5, 0.5
 * and 660 levels of nesting get a Vietnamese reason as an error value, never the English internal error,
 * an HTTP 500 or a stack trace.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializePlan } from '../../../../core/model/serialize';
import { startWebServer, type RunningServer } from '../../../../cli/serve/web-server';
import { WebDialogs } from '../../../../cli/serve/web-dialogs';
import { createServices, type Services } from '../../../../electron/services/create-services';
import { createHostHandlers } from '../../../../electron/services/host/handlers';
import { ConfSettingsStore } from '../../../../electron/services/settings/conf-settings-store';
import { samplePlan, tempDir } from '../../../helpers/shell-fixtures';
import { rawRequest, type RawResponse } from '../../../helpers/shell-http';

const LAUNCH = 'hostile-launch-0123456789abcdefghijklmnopqrstu';

/** A plan whose first body block holds `levels` levels of nested headings. */
function nestedPlan(levels: number): Record<string, unknown> {
  const plan = JSON.parse(serializePlan(samplePlan('Lồng sâu'))) as Record<string, unknown>;
  let block: Record<string, unknown> = { id: `b${levels}`, kind: 'paragraph', runs: [{ text: 'đáy' }] };
  for (let level = levels - 1; level >= 1; level -= 1) {
    block = { id: `b${level}`, kind: 'heading', level: 1, runs: [{ text: `cấp ${level}` }], children: [block] };
  }
  return { ...plan, body: [block] };
}

function withVersion(version: unknown): Record<string, unknown> {
  const plan = JSON.parse(serializePlan(samplePlan('Phiên bản lạ'))) as Record<string, unknown>;
  return { ...plan, meta: { ...(plan['meta'] as object), schemaVersion: version } };
}

const CRAFTED: readonly (readonly [string, Record<string, unknown>])[] = [
  ['schemaVersion 0', withVersion(0)],
  ['schemaVersion -5', withVersion(-5)],
  ['schemaVersion 0.5', withVersion(0.5)],
  ['660 levels of nesting', nestedPlan(660)],
];

/** Vietnamese letters with their marks: the message is for the user, not an English internal one. */
const VIETNAMESE = /[ăâđêôơưáàảãạếềểễệốồổỗộớờởỡợứừửữựíìỉĩị]/i;

describe('crafted .kehoach files through the web host', () => {
  let cleanup: () => Promise<void>;
  let services: Services;
  let server: RunningServer;
  let origin: string;
  let cookie: string;

  beforeAll(async () => {
    let root: string;
    ({ dir: root, cleanup } = await tempDir('kehoach-hostile-'));
    const webDir = join(root, 'web');
    await mkdir(webDir, { recursive: true });
    await writeFile(join(webDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    const dataDir = join(root, 'data');
    services = createServices({
      dataDir,
      templatesDir: join(root, 'templates'),
      settingsStore: new ConfSettingsStore(dataDir),
      dialogs: new WebDialogs(join(dataDir, 'documents')),
      recoveryScope: 'client',
    });
    const handlers = createHostHandlers(services, { setTitle: () => undefined, takePendingFile: () => null });
    server = await startWebServer({ webDir, handlers, launchSecret: LAUNCH, port: 0 });
    origin = `http://127.0.0.1:${server.port}`;
    const launched = await rawRequest(server.port, { path: `/?launch=${LAUNCH}` });
    cookie = String(launched.headers['set-cookie']).split(';')[0] ?? '';
  });
  afterAll(async () => {
    await server.close();
    await services.dispose();
    await cleanup();
  });

  const verb = (name: string, payload: unknown): Promise<RawResponse> =>
    rawRequest(server.port, {
      method: 'POST',
      path: `/host/${name}`,
      headers: { 'content-type': 'application/json', origin, cookie, 'x-kehoach-client': 'hostile-page' },
      body: JSON.stringify(payload),
    });

  function judged(res: RawResponse): { status: number; ok: unknown; code: unknown; vietnamese: boolean; stack: boolean } {
    const body = JSON.parse(res.text) as { ok: boolean; error?: { code: string; message: string } };
    return {
      status: res.status,
      ok: body.ok,
      code: body.error?.code,
      vietnamese: VIETNAMESE.test(body.error?.message ?? ''),
      stack: /\bat \S+ \(|Error:|internal error/i.test(res.text),
    };
  }

  it.each(CRAFTED)('an uploaded plan with %s is refused with a Vietnamese reason', async (_name, plan) => {
    const res = await verb('openDocument', { upload: { name: 'la.kehoach', base64: Buffer.from(JSON.stringify(plan)).toString('base64') } });
    expect(judged(res)).toEqual({ status: 200, ok: false, code: expect.stringMatching(/^plan\/(malformed|invalid)$/), vietnamese: true, stack: false });
  });

  it.each(CRAFTED)('a plan with %s sent to saveDocument or autosave is refused as a bad payload, in Vietnamese', async (_name, plan) => {
    const saved = await verb('saveDocument', { path: null, saveAs: false, document: plan, suggestedName: 'la' });
    const autosaved = await verb('autosave', { sessionId: 'hostile', title: 'lạ', path: null, document: plan });
    expect([judged(saved), judged(autosaved)]).toEqual([
      { status: 400, ok: false, code: 'ipc/invalid-payload', vietnamese: true, stack: false },
      { status: 400, ok: false, code: 'ipc/invalid-payload', vietnamese: true, stack: false },
    ]);
  });
});
