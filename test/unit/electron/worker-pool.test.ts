/**
 * The document worker pool (electron/services/worker): reading, checking and exporting in worker threads
 * give what the same work gives on the caller's thread; a task over its time or heap budget answers with
 * its own code and a Vietnamese message, and its worker is replaced.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDocument } from '../../../core/rules/index';
import { profileFromTemplate } from '../../../core/templates/profile';
import { readDocumentFile } from '../../../electron/services/documents/read-document-file';
import { templatesFromDirectory } from '../../../electron/services/templates/template-source';
import { pooledWork, type DocumentWork } from '../../../electron/services/worker/document-work';
import { WorkPool, type WorkPoolOptions } from '../../../electron/services/worker/work-pool';
import { documentWorkerUrl } from '../../../electron/services/worker/worker-script';
import { tempDir } from '../../helpers/shell-fixtures';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const TEMPLATES = fileURLToPath(new URL('../../../templates', import.meta.url));

let pools: WorkPool[] = [];
function poolOf(options: Partial<WorkPoolOptions> = {}): { readonly pool: WorkPool; readonly work: DocumentWork } {
  const pool = new WorkPool({ script: documentWorkerUrl(), ...options });
  pools.push(pool);
  return { pool, work: pooledWork(pool) };
}

afterEach(async () => {
  await Promise.all(pools.map((p) => p.dispose()));
  pools = [];
});

describe('document worker pool', () => {
  it('finds its script beside the module: a tsx loader from the sources, the compiled worker beside a bundle', () => {
    const built = new Set(['/app/packages/kehoach-cli/dist/document-worker.cjs', '/app/out/main/document-worker.js']);
    const exists = (path: string): boolean => built.has(path);
    expect([
      documentWorkerUrl('file:///app/electron/services/worker/worker-script.ts', exists).pathname,
      documentWorkerUrl('file:///app/packages/kehoach-cli/dist/serve.cjs', exists).pathname,
      documentWorkerUrl('file:///app/out/main/index.js', exists).pathname,
      documentWorkerUrl('file:///app/out/main/chunks/shared-1a2b.js', exists).pathname,
    ]).toEqual([
      '/app/electron/services/worker/dev-worker.mjs',
      '/app/packages/kehoach-cli/dist/document-worker.cjs',
      '/app/out/main/document-worker.js',
      '/app/out/main/document-worker.js',
    ]);
  });

  it('reads .kehoach, .txt and .docx files in a worker exactly as the reader does on this thread', async () => {
    const { work } = poolOf({ maxWorkers: 1 });
    const files = [join(FIXTURES, 'plans', 'full-plan.kehoach'), join(FIXTURES, 'txt', 'bang-tab-va-luoi.txt'), join(FIXTURES, 'docx', 'docxlib-compliant.docx')];
    const inWorker = await Promise.all(files.map((f) => work.readFile(f)));
    const here = await Promise.all(files.map((f) => readDocumentFile(f)));
    expect(inWorker).toEqual(here);
    expect(inWorker.map((r) => (r.ok ? r.value.format : r.error.code))).toEqual(['kehoach', 'txt', 'docx']);
  });

  it('reads uploaded bytes, checks and exports in a worker', async () => {
    const { work } = poolOf({ maxWorkers: 2 });
    const bytes = new Uint8Array(await readFile(join(FIXTURES, 'plans', 'full-plan.kehoach')));
    const read = await work.readBytes('full-plan.kehoach', bytes);
    if (!read.ok) {
      throw new Error(read.error.message);
    }
    const profiles = (await templatesFromDirectory(TEMPLATES).load()).map(profileFromTemplate);
    const checked = await work.check(read.value.documents, profiles);
    const exported = await work.exportDocx(read.value.documents[0] as (typeof read.value.documents)[number]);
    expect({
      checked: checked.ok ? checked.value : checked.error,
      zip: exported.ok ? [exported.value[0], exported.value[1], exported.value.length > 5000] : exported.error,
    }).toEqual({
      checked: read.value.documents.map((doc) => checkDocument(doc, { profiles })),
      zip: [0x50, 0x4b, true],
    });
  });

  it('answers a missing file as the reader does, without losing the worker', async () => {
    const { pool, work } = poolOf({ maxWorkers: 1 });
    const missing = await work.readFile('/khong/co/tep.kehoach');
    const next = await work.readFile(join(FIXTURES, 'plans', 'cong-van.kehoach'));
    expect([missing.ok ? 'ok' : missing.error.code, next.ok, pool.size]).toEqual(['file/not-found', true, 1]);
  });

  it('stops a task over its time budget with work/timeout and a Vietnamese message, then works on with a new worker', async () => {
    const { dir, cleanup } = await tempDir('kehoach-worker-');
    try {
      const big = join(dir, 'dai.txt');
      await writeFile(big, 'Tổ chức tuyên truyền, phổ biến nội dung kế hoạch đến cán bộ.\n'.repeat(19_000));
      const { pool, work } = poolOf({ maxWorkers: 1, timeoutMs: 1 });
      const late = await work.readFile(big);
      expect(late).toEqual({ ok: false, error: { code: 'work/timeout', message: 'Đọc tệp "dai.txt" quá 1 ms nên đã dừng; tệp có thể bị hỏng hoặc được tạo để làm treo ứng dụng.' } });
      // The stopped worker is replaced by a fresh one.
      await expect.poll(() => pool.size).toBe(1);
    } finally {
      await cleanup();
    }
  });

  it('stops a task that outgrows its heap with work/out-of-memory, and the next task is answered', async () => {
    const { dir, cleanup } = await tempDir('kehoach-worker-');
    try {
      const big = join(dir, 'dai.txt');
      // 11 MB of text in 19,000 lines: within the reader's caps, far beyond a 32 MB heap once read.
      await writeFile(big, `${'Tổ chức tuyên truyền, phổ biến nội dung kế hoạch đến cán bộ, công chức. '.repeat(6)}\n`.repeat(19_000));
      const { work } = poolOf({ maxWorkers: 1, heapMb: 32 });
      const hungry = await work.readFile(big);
      const small = await work.readFile(join(FIXTURES, 'plans', 'cong-van.kehoach'));
      expect([hungry.ok ? 'ok' : hungry.error.code, hungry.ok ? '' : hungry.error.message.startsWith('Đọc tệp "dai.txt" cần quá nhiều bộ nhớ (hơn 32 MB)'), small.ok]).toEqual([
        'work/out-of-memory',
        true,
        true,
      ]);
    } finally {
      await cleanup();
    }
  });

  it('never runs more workers than allowed: tasks beyond wait their turn', async () => {
    const { pool, work } = poolOf({ maxWorkers: 2 });
    const file = join(FIXTURES, 'plans', 'full-plan.kehoach');
    const sizes: number[] = [];
    const reads = Array.from({ length: 6 }, () => work.readFile(file).then((r) => (sizes.push(pool.size), r.ok)));
    expect(await Promise.all(reads)).toEqual([true, true, true, true, true, true]);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(2);
  });

  it('answers work/stopped for tasks still waiting when the pool is disposed', async () => {
    const { pool, work } = poolOf({ maxWorkers: 1 });
    const file = join(FIXTURES, 'plans', 'full-plan.kehoach');
    const reads = [work.readFile(file), work.readFile(file)];
    await pool.dispose();
    const codes = (await Promise.all(reads)).map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes).toEqual(['work/stopped', 'work/stopped']);
  });
});
