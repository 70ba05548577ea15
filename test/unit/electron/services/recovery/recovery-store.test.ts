import { spawn } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecoveryStore } from '../../../../../electron/services/recovery/recovery-store';
import { samplePlan, tempDir } from '../../../../helpers/shell-fixtures';

const clock = (): Date => new Date('2026-03-02T09:30:00.000Z');

describe('RecoveryStore', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  afterEach(() => cleanup());

  it('offers the work of a launch that never closed to the next launch, and restores it', async () => {
    const crashed = new RecoveryStore(dir, clock);
    await crashed.autosave({ sessionId: 's-1', title: 'Kế hoạch chuyển đổi số', path: null, document: samplePlan() }, 'wc:1');
    const next = new RecoveryStore(dir, clock);
    const restored = await next.restore('s-1');
    expect({ entries: await next.list(), restored }).toEqual({
      entries: [{ id: 's-1', title: 'Kế hoạch chuyển đổi số', savedAt: '2026-03-02T09:30:00.000Z', path: null }],
      restored: { ok: true, value: { document: samplePlan(), path: null } },
    });
  });

  it('does not offer the running launch its own sessions', async () => {
    const store = new RecoveryStore(dir, clock);
    await store.autosave({ sessionId: 's-1', title: 'A', path: null, document: samplePlan() }, 'wc:1');
    expect(await store.list()).toEqual([]);
  });

  it('in client scope (web host) offers another page’s work from the same launch, never the caller’s own', async () => {
    const store = new RecoveryStore(dir, clock, 'client');
    await store.autosave({ sessionId: 'tab-a', title: 'Trang cũ', path: null, document: samplePlan() }, 'web:page-a');
    expect({ samePage: await store.list('web:page-a'), reloaded: (await store.list('web:page-b')).map((e) => e.id) }).toEqual({
      samePage: [],
      reloaded: ['tab-a'],
    });
  });

  it('forgets a window’s work when it closes cleanly, keeping other windows’ work', async () => {
    const store = new RecoveryStore(dir, clock);
    await store.autosave({ sessionId: 's-1', title: 'A', path: null, document: samplePlan() }, 'wc:1');
    await store.autosave({ sessionId: 's-2', title: 'B', path: '/tmp/b.kehoach', document: samplePlan() }, 'wc:2');
    await store.discardClient('wc:1');
    expect((await new RecoveryStore(dir, clock).list()).map((e) => e.id)).toEqual(['s-2']);
  });

  it('forgets everything of the launch on a clean quit, and one entry on discard', async () => {
    await new RecoveryStore(dir, clock).autosave({ sessionId: 'old', title: 'Cũ', path: null, document: samplePlan() }, 'wc:1');
    const store = new RecoveryStore(dir, clock);
    await store.autosave({ sessionId: 'mine', title: 'Mới', path: null, document: samplePlan() }, 'wc:1');
    await store.discardInstance();
    const before = (await readdir(dir)).sort();
    await store.discard('old');
    expect({ before, after: await readdir(dir) }).toEqual({ before: ['old.json'], after: [] });
  });

  it('skips corrupt recovery files instead of failing the list', async () => {
    await writeFile(join(dir, 'hong.json'), '{"id": "hong"');
    await new RecoveryStore(dir, clock).autosave({ sessionId: 'tot', title: 'Tốt', path: null, document: samplePlan() }, 'wc:1');
    expect((await new RecoveryStore(dir, clock).list()).map((e) => e.id)).toEqual(['tot']);
  });

  it('says so when the entry is gone', async () => {
    expect(await new RecoveryStore(dir, clock).restore('khong-co')).toEqual({
      ok: false,
      error: { code: 'file/not-found', message: 'Không còn bản nháp này để khôi phục.' },
    });
  });

  it('recovers the work of a process killed with SIGKILL right after its autosave', async () => {
    const storeModule = resolve('electron/services/recovery/recovery-store.ts');
    const fixtures = resolve('test/helpers/shell-fixtures.ts');
    const script = [
      `import { RecoveryStore } from ${JSON.stringify(storeModule)};`,
      `import { samplePlan } from ${JSON.stringify(fixtures)};`,
      `const store = new RecoveryStore(${JSON.stringify(dir)});`,
      `await store.autosave({ sessionId: 'bi-giet', title: 'Đang soạn', path: null, document: samplePlan('Bị ngắt giữa chừng') }, 'web');`,
      `process.stdout.write('saved\\n');`,
      `setInterval(() => undefined, 1000);`,
    ].join('\n');
    await writeFile(join(dir, 'child.mts'), script);
    const child = spawn(process.execPath, ['--import', 'tsx', join(dir, 'child.mts')], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((done, fail) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('saved')) {
          child.kill('SIGKILL');
        }
      });
      child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? done() : fail(new Error(`child exited without being killed: ${signal}`))));
    });
    const next = new RecoveryStore(dir);
    const entries = await next.list();
    const restored = await next.restore('bi-giet');
    expect({
      ids: entries.map((e) => e.id),
      summary: restored.ok ? restored.value.document.header.summary : restored.error.message,
    }).toEqual({ ids: ['bi-giet'], summary: 'Bị ngắt giữa chừng' });
  });
});

describe('RecoveryStore ordering', () => {
  it('keeps the newest of quick successive autosaves of one session', async () => {
    const { dir, cleanup } = await tempDir();
    const store = new RecoveryStore(dir, clock);
    await Promise.all(
      ['Bản 1', 'Bản 2', 'Bản 3', 'Bản 4'].map((summary) =>
        store.autosave({ sessionId: 's', title: summary, path: null, document: samplePlan(summary) }, 'wc:1'),
      ),
    );
    await store.dispose();
    const restored = await new RecoveryStore(dir, clock).restore('s');
    await cleanup();
    expect(restored.ok ? restored.value.document.header.summary : restored).toEqual('Bản 4');
  });
});
