/**
 * Saving never overwrites work it has not seen: an outside edit, another tab (client) of the same host,
 * another host over the same file; a second opener is told who holds the file; locks of gone owners
 * are taken over; the user's explicit overwrite keeps the replaced version as the backup.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlan, serializePlan } from '../../../../../core/model/serialize';
import { DocumentService, type SaveRequest } from '../../../../../electron/services/documents/document-service';
import { currentVersion, lockPathOf } from '../../../../../electron/services/documents/file-locks';
import { RecentFiles } from '../../../../../electron/services/recent/recent-files';
import { Presence, STALE_MS } from '../../../../../electron/services/recovery/presence';
import { FakeDialogs, samplePlan, tempDir } from '../../../../helpers/shell-fixtures';

const START = Date.parse('2026-03-02T09:30:00.000Z');

/** Hosts as processes of fake machines: killed ones stop answering to their pid. */
class World {
  readonly running = new Set<number>();
  time = START;
  private nextPid = 2000;
  readonly now = (): Date => new Date(this.time);

  constructor(readonly dir: string) {}

  host(scope: 'instance' | 'client' = 'client', hostname = 'may-1'): { service: DocumentService; presence: Presence; dialogs: FakeDialogs } {
    const pid = (this.nextPid += 1);
    this.running.add(pid);
    const presence = new Presence(join(this.dir, 'owners'), { now: this.now, scope, pid, hostname, pidAlive: (p) => this.running.has(p) });
    const dialogs = new FakeDialogs();
    const service = new DocumentService(dialogs, new RecentFiles(join(this.dir, 'recent.json')), {}, presence);
    return { service, presence, dialogs };
  }

  kill(presence: Presence): void {
    this.running.delete(presence.stamp().pid);
  }
}

const save = (path: string, summary: string, extra: Partial<SaveRequest> = {}): SaveRequest => ({
  path,
  saveAs: false,
  document: samplePlan(summary),
  suggestedName: 'ke-hoach',
  ...extra,
});

async function summaryOf(path: string): Promise<string> {
  const plan = parsePlan(await readFile(path, 'utf8'));
  return plan.ok ? (plan.value.header.summary ?? '') : `hỏng: ${plan.error.message}`;
}

describe('DocumentService conflicts', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let world: World;
  let file: string;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    world = new World(dir);
    file = join(dir, 'ke-hoach.kehoach');
    await writeFile(file, serializePlan(samplePlan('Bản gốc')));
  });
  afterEach(() => cleanup());

  it('an outside edit since opening stops the save; overwrite (after the user confirmed) keeps the edit as .bak', async () => {
    const { service, presence } = world.host();
    presence.touch('tab-a');
    service.grant(file);
    await service.open({ path: file }, 'tab-a');
    await writeFile(file, serializePlan(samplePlan('Sửa bên ngoài')));
    const stopped = await service.save(save(file, 'Bản của tôi'), 'tab-a');
    const afterStop = await summaryOf(file);
    const forced = await service.save(save(file, 'Bản của tôi', { overwrite: true }), 'tab-a');
    expect({
      stopped: stopped.ok ? stopped.value : stopped.error.code,
      afterStop,
      forced: forced.ok,
      current: await summaryOf(file),
      backup: await summaryOf(`${file}.bak`),
    }).toEqual({ stopped: 'file/conflict', afterStop: 'Sửa bên ngoài', forced: true, current: 'Bản của tôi', backup: 'Sửa bên ngoài' });
  });

  it('two tabs of one host: the second opener is told, the first save goes through, the second stops; save as keeps both', async () => {
    const { service, presence, dialogs } = world.host();
    presence.touch('tab-a');
    presence.touch('tab-b');
    service.grant(file);
    const a = await service.open({ path: file }, 'tab-a');
    const b = await service.open({ path: file }, 'tab-b');
    const savedA = await service.save(save(file, 'Bản của A'), 'tab-a');
    const savedB = await service.save(save(file, 'Bản của B'), 'tab-b');
    const copy = join(dir, 'ke-hoach (2).kehoach');
    dialogs.saveAnswers.push({ kind: 'path', path: copy });
    const copied = await service.save(save(file, 'Bản của B', { saveAs: true }), 'tab-b');
    expect({
      aHeld: a.ok && a.value ? a.value.heldBy : a,
      bHeld: b.ok && b.value ? b.value.heldBy?.hostname : b,
      savedA: savedA.ok,
      savedB: savedB.ok ? savedB.value : savedB.error.code,
      copied: copied.ok && copied.value ? copied.value.path : copied,
      original: await summaryOf(file),
      copy: await summaryOf(copy),
    }).toEqual({
      aHeld: null,
      bHeld: 'may-1',
      savedA: true,
      savedB: 'file/conflict',
      copied: copy,
      original: 'Bản của A',
      copy: 'Bản của B',
    });
  });

  it('two tabs pressing Ctrl+S at once on the same version: one save goes through, the other stops', async () => {
    const { service, presence } = world.host('instance');
    service.grant(file);
    presence.touch('tab-a');
    presence.touch('tab-b');
    // Neither holds a lock (granted, never opened here): only the version check can stop one of them.
    const version = await currentVersion(file);
    const results = await Promise.all([
      service.save(save(file, 'Bản A', { expectedVersion: version, overwrite: false }), 'tab-a'),
      service.save(save(file, 'Bản B', { expectedVersion: version, overwrite: false }), 'tab-b'),
    ]);
    expect(results.map((r) => (r.ok ? 'saved' : r.error.code)).sort()).toEqual(['file/conflict', 'saved']);
  });

  it('two hosts on one file: the second sees the first as holder until the first dies, then takes the file over', async () => {
    const first = world.host();
    const second = world.host();
    first.presence.touch('page-1');
    first.service.grant(file);
    second.service.grant(file);
    await first.service.open({ path: file }, 'page-1');
    const whileAlive = await second.service.open({ path: file }, 'page-2');
    const stopped = await second.service.save(save(file, 'Bản máy chủ 2'), 'page-2');
    world.kill(first.presence);
    const afterDeath = await second.service.open({ path: file }, 'page-2');
    const saved = await second.service.save(save(file, 'Bản máy chủ 2'), 'page-2');
    expect({
      whileAlive: whileAlive.ok && whileAlive.value ? whileAlive.value.heldBy !== null : whileAlive,
      stopped: stopped.ok ? stopped.value : stopped.error.code,
      afterDeath: afterDeath.ok && afterDeath.value ? afterDeath.value.heldBy : afterDeath,
      saved: saved.ok,
      current: await summaryOf(file),
    }).toEqual({ whileAlive: true, stopped: 'file/conflict', afterDeath: null, saved: true, current: 'Bản máy chủ 2' });
  });

  it('a lock from another machine counts until its heartbeat is stale', async () => {
    const remote = world.host('instance', 'may-2');
    const local = world.host();
    remote.service.grant(file);
    local.service.grant(file);
    await remote.service.open({ path: file }, 'wc:1');
    const fresh = await local.service.open({ path: file }, 'page');
    world.time += STALE_MS + 1000;
    const stale = await local.service.open({ path: file }, 'page');
    const holder = (r: typeof fresh): unknown => (r.ok && r.value ? r.value.heldBy?.hostname ?? null : r);
    expect({ fresh: holder(fresh), stale: holder(stale) }).toEqual({ fresh: 'may-2', stale: null });
  });

  it('an unknown version (a recovered draft from an old launch) stops the save over an existing file', async () => {
    const { service } = world.host();
    service.grant(file);
    const result = await service.save(save(file, 'Bản khôi phục', { expectedVersion: null }), 'tab');
    expect({ code: result.ok ? result.value : result.error.code, current: await summaryOf(file) }).toEqual({ code: 'file/conflict', current: 'Bản gốc' });
  });

  it('a window keeps the lock of the file it has open only, and its locks go when it closes', async () => {
    const { service, presence } = world.host();
    presence.touch('tab');
    const other = join(dir, 'khac.kehoach');
    await writeFile(other, serializePlan(samplePlan('Khác')));
    service.grant(file);
    service.grant(other);
    await service.open({ path: file }, 'tab');
    const locks = async (): Promise<string[]> => (await readdir(dir)).filter((f) => f.endsWith('.lock')).sort();
    const first = await locks();
    await service.open({ path: other }, 'tab');
    const second = await locks();
    await service.holdOnly('tab', null);
    const none = await locks();
    await service.holdOnly('tab', other);
    const again = await locks();
    await service.releaseClient('tab');
    expect({ first, second, none, again, closed: await locks() }).toEqual({
      first: ['.ke-hoach.kehoach.lock'],
      second: ['.khac.kehoach.lock'],
      none: [],
      again: ['.khac.kehoach.lock'],
      closed: [],
    });
    expect(lockPathOf(file)).toBe(join(dir, '.ke-hoach.kehoach.lock'));
  });
});
