/**
 * The host stays responsive while a hostile file is being read: the read runs in a document worker, so a
 * second request (listTemplates) is answered at once, and the hostile one answers within its budget with
 * a Vietnamese message, never a crash. The handlers are what the web host serves over HTTP and
 * Electron's main over IPC.
 */
import { writeFile } from 'node:fs/promises';
import { resolve, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../electron/services/create-services';
import { createHostHandlers, type HostHandlers } from '../../../electron/services/host/handlers';
import { JsonSettingsStore } from '../../../electron/services/settings/json-settings-store';
import type { WorkPoolOptions } from '../../../electron/services/worker/work-pool';
import { documentXml, zipOf } from '../../helpers/docx-fixtures-hostile';
import { FakeDialogs, tempDir } from '../../helpers/shell-fixtures';

const ctx = { clientId: 'web:1' };

/** A stand-in worker script: ready at once, loops forever on "treo…", answers an empty read otherwise. */
const STUCK_WORKER = `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, task }) => {
  if (task.name.startsWith('treo')) { for (;;) {} }
  parentPort.postMessage({ id, result: { ok: true, value: { format: 'txt', name: task.name, documents: [] } } });
});
parentPort.postMessage({ ready: true });
`;
let opened: { services: Services; cleanup: () => Promise<void> }[] = [];

async function host(work: Partial<WorkPoolOptions> = {}): Promise<HostHandlers> {
  const { dir, cleanup } = await tempDir('kehoach-worker-host-');
  const services = createServices({
    dataDir: dir,
    templatesDir: resolve('templates'),
    settingsStore: new JsonSettingsStore(join(dir, 'settings.json')),
    dialogs: new FakeDialogs(),
    recoveryScope: 'client',
    work,
  });
  opened.push({ services, cleanup });
  return createHostHandlers(services, { setTitle: () => undefined, takePendingFile: () => null });
}

afterEach(async () => {
  for (const { services, cleanup } of opened) {
    await services.dispose();
    await cleanup();
  }
  opened = [];
});

/**
 * Sends `slow`, then asks listTemplates every 50 ms until `slow` answers; the slowest of those answers
 * in ms, how many there were, and how long `slow` took.
 */
async function whileBusy<T>(handlers: HostHandlers, slow: () => Promise<T>): Promise<{ readonly result: T; readonly worstMs: number; readonly asked: number; readonly slowMs: number }> {
  const started = performance.now();
  let done = false;
  const pending = slow().finally(() => {
    done = true;
  });
  const latencies: number[] = [];
  while (!done) {
    const asked = performance.now();
    const templates = await handlers.listTemplates(undefined, ctx);
    latencies.push(performance.now() - asked);
    expect(templates.ok).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
  }
  const result = await pending;
  return { result, worstMs: Math.max(...latencies), asked: latencies.length, slowMs: performance.now() - started };
}

describe('host with a hostile file in a worker', () => {
  it('answers listTemplates at once while .docx files of 5 million empty paragraphs and of 49,000 paragraphs are read, each refused with a Vietnamese reason', async () => {
    const handlers = await host();
    // The 52 KB file, and one near the reader's caps that takes over a second to read on one thread.
    const empty = await zipOf({ 'word/document.xml': documentXml('<w:p/>'.repeat(5_000_000)) });
    const paragraphs = Array.from({ length: 49_000 }, (_, i) => `<w:p><w:r><w:t>${i}. Nội dung công việc cần triển khai thực hiện.</w:t></w:r></w:p>`);
    const many = await zipOf({ 'word/document.xml': documentXml(paragraphs.join('')) });
    const upload = (name: string, bytes: Uint8Array): { readonly upload: { readonly name: string; readonly base64: string } } => ({
      upload: { name, base64: Buffer.from(bytes).toString('base64') },
    });
    const { result, worstMs, asked, slowMs } = await whileBusy(handlers, () =>
      Promise.all([handlers.openDocument(upload('5-trieu-doan.docx', empty), ctx), handlers.openDocument(upload('49-nghin-doan.docx', many), ctx)]),
    );
    console.log(`5 triệu đoạn rỗng (${Math.round(empty.length / 1024)} KB) và 49.000 đoạn (${Math.round(many.length / 1024)} KB): đọc xong sau ${Math.round(slowMs)} ms; listTemplates chậm nhất ${Math.round(worstMs)} ms trong ${asked} lần hỏi`);
    const answers = result.map((r) => ({ ok: r.ok, vietnamese: !r.ok && /[ăâđêôơư]/u.test(r.error.message) && !/\n|at .+\(/u.test(r.error.message) }));
    expect({ answers, answeredWithinBudget: slowMs < 20_000 + 5_000, responsive: worstMs < 1_000 }).toEqual({
      answers: [
        { ok: false, vietnamese: true },
        { ok: false, vietnamese: true },
      ],
      answeredWithinBudget: true,
      responsive: true,
    });
  });

  it('stops a read over its time budget with work/timeout, stays responsive, and opens the next file in a new worker', async () => {
    const { dir, cleanup } = await tempDir('kehoach-worker-script-');
    try {
      // A worker that never finishes a file named "treo…" (as a reader stuck on a hostile file would).
      const script = join(dir, 'stuck-worker.mjs');
      await writeFile(script, STUCK_WORKER);
      const handlers = await host({ script: pathToFileURL(script), timeoutMs: 300 });
      const upload = (name: string): { readonly upload: { readonly name: string; readonly base64: string } } => ({ upload: { name, base64: Buffer.from('KẾ HOẠCH').toString('base64') } });
      const { result, worstMs, asked } = await whileBusy(handlers, () => handlers.openDocument(upload('treo.txt'), ctx));
      console.log(`tệp làm treo, ngân sách 300 ms: listTemplates chậm nhất ${Math.round(worstMs)} ms trong ${asked} lần hỏi`);
      const next = await handlers.openDocument(upload('nho.txt'), ctx);
      expect({
        error: result.ok ? null : result.error,
        responsive: worstMs < 1_000,
        next: next.ok ? next.value?.name : next.error.message,
      }).toEqual({
        error: { code: 'work/timeout', message: 'Đọc tệp "treo.txt" quá 300 ms nên đã dừng; tệp có thể bị hỏng hoặc được tạo để làm treo ứng dụng.' },
        responsive: true,
        next: 'nho.txt',
      });
    } finally {
      await cleanup();
    }
  });
});
