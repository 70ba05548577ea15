/**
 * The batch review's host verbs as both transports call them (invokeVerb: payload validation, then the
 * handler): a folder from the app's picker, polled to the end; the web host's uploads; a picked file's
 * report, after which the file opens by path (the reviewer view); refusals of bad payloads and of a
 * picker the host does not have.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializePlan } from '../../../../../core/model/serialize';
import type { BatchFileReport, BatchStatus } from '../../../../../electron/common/batch';
import type { OpenedFile } from '../../../../../electron/common/host-api';
import { createServices, type Services } from '../../../../../electron/services/create-services';
import { createHostHandlers, type HostHandlers } from '../../../../../electron/services/host/handlers';
import { invokeVerb } from '../../../../../electron/services/host/invoke-verb';
import { JsonSettingsStore } from '../../../../../electron/services/settings/json-settings-store';
import { FakeDialogs, samplePlan, tempDir } from '../../../../helpers/shell-fixtures';

class PickerDialogs extends FakeDialogs {
  folder: string | null = null;
  async showOpenFolder(): Promise<string | null> {
    return this.folder;
  }
}

const ctx = { clientId: 'wc:1' };

describe('batch verbs', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let services: Services;
  let handlers: HostHandlers;
  let dialogs: PickerDialogs;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('kehoach-batch-verbs-'));
    dialogs = new PickerDialogs();
    services = createServices({
      dataDir: join(dir, 'data'),
      templatesDir: resolve('templates'),
      settingsStore: new JsonSettingsStore(join(dir, 'settings.json')),
      dialogs,
    });
    handlers = createHostHandlers(services, { setTitle: () => undefined, takePendingFile: () => null });
    await mkdir(join(dir, 'ho-so'));
    await writeFile(join(dir, 'ho-so', 'a.kehoach'), serializePlan(samplePlan()));
    await writeFile(join(dir, 'ho-so', 'b.txt'), 'KẾ HOẠCH\nTriển khai công việc\n\nI. MỤC ĐÍCH\nNội dung.\n');
    await writeFile(join(dir, 'ho-so', 'c.docx'), 'không phải tệp Word');
  });
  afterEach(async () => {
    await services.dispose();
    await cleanup();
  });

  async function call<T>(verb: Parameters<typeof invokeVerb>[1], payload: unknown): Promise<T> {
    const outcome = await invokeVerb(handlers, verb, payload, ctx);
    if (!outcome.result.ok) {
      throw new Error(`${verb}: ${outcome.result.error.code} ${outcome.result.error.message}`);
    }
    return outcome.result.value as T;
  }

  async function untilFinished(id: string): Promise<BatchStatus> {
    for (let i = 0; i < 400; i++) {
      const status = await call<BatchStatus>('batchStatus', { id });
      if (status.finished) {
        return status;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('the batch did not finish');
  }

  it('checks the folder the picker gives, polled to the end; a row\'s report lets the file open by path', async () => {
    dialogs.folder = join(dir, 'ho-so');
    const started = await call<BatchStatus>('startBatch', { pick: 'folder' });
    expect(started.files).toEqual(['ho-so/a.kehoach', 'ho-so/b.txt', 'ho-so/c.docx'].map((f) => join(...f.split('/'))));
    expect(started.folder).toBe(join(dir, 'ho-so'));
    const done = await untilFinished(started.id);
    expect(done.done).toBe(3);
    expect(done.rows.map((r) => r?.reason === null)).toEqual([true, true, false]);

    // Not opened through a picker or the recent list: refused until the batch report grants it.
    const before = await invokeVerb(handlers, 'openDocument', { path: join(dir, 'ho-so', 'a.kehoach') }, ctx);
    expect(before.result.ok).toBe(false);
    const report = await call<BatchFileReport>('batchReport', { id: started.id, index: 0 });
    expect(report.path).toBe(join(dir, 'ho-so', 'a.kehoach'));
    expect(report.html).toMatch(/phiếu kiểm tra/i);
    expect(report.html).toContain('a.kehoach');
    const opened = await call<OpenedFile>('openDocument', { path: report.path });
    expect(opened.format).toBe('kehoach');
  });

  it('a cancelled picker starts nothing', async () => {
    dialogs.folder = null;
    expect(await call<BatchStatus | null>('startBatch', { pick: 'folder' })).toBeNull();
  });

  it('checks uploads (the web host), and can be cancelled', async () => {
    const base64 = Buffer.from(serializePlan(samplePlan())).toString('base64');
    const started = await call<BatchStatus>('startBatch', { uploads: [{ name: 'x/a.kehoach', base64 }, { name: 'b.kehoach', base64 }] });
    expect(started.total).toBe(2);
    const done = await untilFinished(started.id);
    expect(done.rows.map((r) => r?.file)).toEqual(['x/a.kehoach', 'b.kehoach']);
    const report = await call<BatchFileReport>('batchReport', { id: started.id, index: 1 });
    expect(report.path).toBeNull();
    const cancelled = await call<BatchStatus>('cancelBatch', { id: started.id });
    // Cancelling a finished batch changes nothing.
    expect(cancelled.cancelled).toBe(false);
  });

  it('refuses bad payloads and a picker the host lacks', async () => {
    expect((await invokeVerb(handlers, 'startBatch', { uploads: [] }, ctx)).status).toBe('invalid');
    expect((await invokeVerb(handlers, 'startBatch', { pick: 'disk' }, ctx)).status).toBe('invalid');
    expect((await invokeVerb(handlers, 'startBatch', { folder: '/etc' }, ctx)).status).toBe('invalid');
    expect((await invokeVerb(handlers, 'batchStatus', { id: '../x' }, ctx)).status).toBe('invalid');
    expect((await invokeVerb(handlers, 'batchReport', { id: 'b1', index: -1 }, ctx)).status).toBe('invalid');
    const files = await invokeVerb(handlers, 'startBatch', { pick: 'files' }, ctx);
    expect(files.result.ok ? null : files.result.error.code).toBe('batch/no-picker');
    const unknown = await invokeVerb(handlers, 'batchStatus', { id: 'b0' }, ctx);
    expect(unknown.result.ok ? null : unknown.result.error.code).toBe('batch/not-found');
  });
});
