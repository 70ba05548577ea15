import { spawn } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_TTL_MS, Presence, STALE_MS } from '../../../../../electron/services/recovery/presence';
import { RecoveryStore } from '../../../../../electron/services/recovery/recovery-store';
import { samplePlan, tempDir } from '../../../../helpers/shell-fixtures';

const START = Date.parse('2026-03-02T09:30:00.000Z');
const clock = (): Date => new Date(START);

/** Launches as processes of a fake machine: each has a pid, "killed" launches' pids stop answering. */
class Machine {
  readonly running = new Set<number>();
  private nextPid = 1000;
  time = START;
  readonly now = (): Date => new Date(this.time);

  constructor(readonly dir: string) {}

  launch(scope: 'instance' | 'client' = 'instance', hostname = 'may-1'): RecoveryStore {
    const pid = (this.nextPid += 1);
    this.running.add(pid);
    const presence = new Presence(join(this.dir, 'owners'), { now: this.now, scope, pid, hostname, pidAlive: (p) => this.running.has(p) });
    return new RecoveryStore(this.dir, this.now, presence);
  }

  /** SIGKILL: the process is gone, its owner record stays behind. */
  kill(store: RecoveryStore): void {
    this.running.delete(pidOf(store));
  }
}

function pidOf(store: RecoveryStore): number {
  return store.presence.stamp().pid;
}

const draft = (sessionId: string, summary = 'Đang soạn'): Parameters<RecoveryStore['autosave']>[0] => ({
  sessionId,
  title: summary,
  path: null,
  document: samplePlan(summary),
});

describe('RecoveryStore', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let machine: Machine;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    machine = new Machine(dir);
  });
  afterEach(() => cleanup());

  it('offers the work of a launch that was killed to the next launch, and restores it', async () => {
    const crashed = machine.launch();
    await crashed.autosave({ sessionId: 's-1', title: 'Kế hoạch chuyển đổi số', path: null, document: samplePlan() }, 'wc:1');
    machine.kill(crashed);
    const next = machine.launch();
    const entries = await next.list('wc:1');
    const restored = await next.restore('s-1', 'wc:1');
    expect({ entries, restored }).toEqual({
      entries: [{ id: 's-1', title: 'Kế hoạch chuyển đổi số', savedAt: '2026-03-02T09:30:00.000Z', path: null }],
      restored: { ok: true, value: { document: samplePlan(), path: null, version: null } },
    });
  });

  it('never lists, restores or deletes the draft of another launch that is still running (a second host)', async () => {
    const first = machine.launch();
    await first.autosave(draft('song'), 'web:a');
    const second = machine.launch();
    const listed = await second.list('web:b');
    const restored = await second.restore('song', 'web:b');
    const discarded = await second.discard('song', 'web:b');
    expect({ listed, restored: restored.ok, discarded: discarded.ok, files: (await readdir(dir)).filter((f) => f.endsWith('.json')) }).toEqual({
      listed: [],
      restored: false,
      discarded: false,
      files: ['song.json'],
    });
  });

  it('keeps a restored draft on disk, owned by the restorer: crash, restore, crash again and it is still offered', async () => {
    const first = machine.launch();
    await first.autosave(draft('s-1', 'Bản nháp quý'), 'wc:1');
    machine.kill(first);
    const second = machine.launch();
    const restored = await second.restore('s-1', 'wc:7');
    const whileAlive = await machine.launch().list('wc:1');
    machine.kill(second);
    const third = machine.launch();
    const again = await third.restore('s-1', 'wc:1');
    expect({
      restored: restored.ok,
      whileAlive,
      offeredAgain: (await third.list('wc:2')).length,
      again: again.ok ? again.value.document.header.summary : again,
    }).toEqual({ restored: true, whileAlive: [], offeredAgain: 0, again: 'Bản nháp quý' });
  });

  it('does not offer the running launch its own sessions', async () => {
    const store = machine.launch();
    await store.autosave(draft('s-1'), 'wc:1');
    expect(await store.list('wc:2')).toEqual([]);
  });

  it('in client scope (web host) offers a page’s work only once that page is gone: closed, or silent too long', async () => {
    const store = machine.launch('client');
    await store.autosave(draft('tab-a'), 'web:page-a');
    await store.autosave(draft('tab-c'), 'web:page-c');
    const whileOpen = await store.list('web:page-b');
    store.presence.release('web:page-a');
    const afterClose = (await store.list('web:page-b')).map((e) => e.id);
    machine.time += CLIENT_TTL_MS + 1000;
    const afterSilence = (await store.list('web:page-b')).map((e) => e.id).sort();
    // A silent page that calls in again is alive again: its own draft is not a leftover to it.
    const backAgain = (await store.list('web:page-c')).map((e) => e.id);
    expect({ whileOpen, afterClose, afterSilence, backAgain }).toEqual({
      whileOpen: [],
      afterClose: ['tab-a'],
      afterSilence: ['tab-a', 'tab-c'],
      backAgain: ['tab-a'],
    });
  });

  it('offers the drafts of a launch on another machine once its heartbeat is stale', async () => {
    const remote = machine.launch('instance', 'may-2');
    await remote.autosave(draft('xa'), 'wc:1');
    const local = machine.launch();
    const fresh = await local.list('wc:1');
    machine.time += STALE_MS + 1000;
    expect({ fresh, stale: (await local.list('wc:1')).map((e) => e.id) }).toEqual({ fresh: [], stale: ['xa'] });
  });

  it('forgets a window’s work when it closes cleanly, keeping other windows’ work', async () => {
    const store = machine.launch();
    await store.autosave(draft('s-1'), 'wc:1');
    await store.autosave({ ...draft('s-2'), path: '/tmp/b.kehoach' }, 'wc:2');
    await store.discardClient('wc:1');
    machine.kill(store);
    expect((await machine.launch().list('wc:1')).map((e) => e.id)).toEqual(['s-2']);
  });

  it('forgets everything of the launch on a clean quit, and a gone launch’s entry on discard', async () => {
    const old = machine.launch();
    await old.autosave(draft('old'), 'wc:1');
    machine.kill(old);
    const store = machine.launch();
    await store.autosave(draft('mine'), 'wc:1');
    await store.discardInstance();
    const drafts = async (): Promise<string[]> => (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
    const before = await drafts();
    const discarded = await store.discard('old', 'wc:1');
    expect({ before, discarded, after: await drafts() }).toEqual({ before: ['old.json'], discarded: { ok: true, value: null }, after: [] });
  });

  it('skips corrupt recovery files instead of failing the list', async () => {
    await writeFile(join(dir, 'hong.json'), '{"id": "hong"');
    const writer = machine.launch();
    await writer.autosave(draft('tot'), 'wc:1');
    machine.kill(writer);
    expect((await machine.launch().list('wc:1')).map((e) => e.id)).toEqual(['tot']);
  });

  it('answers an autosave into a folder that cannot be written with an error value, not silence', async () => {
    const blocker = join(dir, 'khong-phai-thu-muc');
    await writeFile(blocker, 'tệp thường');
    const store = new RecoveryStore(join(blocker, 'recovery'), clock);
    const result = await store.autosave(draft('s'), 'wc:1');
    expect(result.ok ? result : result.error.code).toBe('recovery/write-failed');
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
    const restored = await store.restore('s', 'wc:1');
    await cleanup();
    expect(restored.ok ? restored.value.document.header.summary : restored).toEqual('Bản 4');
  });
});
