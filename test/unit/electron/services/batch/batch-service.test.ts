/**
 * The app's batch review service: a folder of good, bad and unreadable files gives the command's rows
 * (same model, same CSV), uploads are checked like files on disk, a batch can be stopped, and the
 * bounds (files per batch, bytes per upload and per batch) are refused with a reason.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../../../core/model/plan-document';
import { serializePlan } from '../../../../../core/model/serialize';
import { formatCsvSummary, type SummaryRow } from '../../../../../core/report/batch-summary';
import { profileFromTemplate } from '../../../../../core/templates/profile';
import { instantiateTemplate } from '../../../../../core/templates/instantiate';
import { checkWorkerUrl, templatesDir } from '../../../../../cli/paths';
import { BatchService, type BatchServiceOptions } from '../../../../../electron/services/batch/batch-service';
import { findTemplate, loadTemplateCatalogue } from '../../../../../electron/services/templates/template-catalogue';
import type { BatchStatus } from '../../../../../electron/common/batch';
import { pooledWork } from '../../../../../electron/services/worker/document-work';
import { WorkPool } from '../../../../../electron/services/worker/work-pool';
import { documentWorkerUrl } from '../../../../../electron/services/worker/worker-script';
import { runCli } from '../../../../helpers/cli-run';
import { FILLED_HEADER } from '../../../../helpers/templates-builders';

const catalogue = await loadTemplateCatalogue();
const template = findTemplate(catalogue, 'ke-hoach-trien-khai');
if (!template.ok) {
  throw new Error(template.error.message);
}
const good: PlanDocument = instantiateTemplate(template.value, FILLED_HEADER);
/** The same plan dated a day that does not exist: one error (date.valid). */
const bad: PlanDocument = { ...good, header: { ...good.header, date: { day: 31, month: 4, year: 2026 } } };
const profiles = async (): Promise<readonly ReturnType<typeof profileFromTemplate>[]> => catalogue.templates.map(profileFromTemplate);

let dir: string;
let temp: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-batch-svc-'));
  temp = join(dir, 'uploads');
  await mkdir(join(dir, 'lo', 'con'), { recursive: true });
  await writeFile(join(dir, 'lo', 'dat.kehoach'), serializePlan(good));
  await writeFile(join(dir, 'lo', 'sai.kehoach'), serializePlan(bad));
  await writeFile(join(dir, 'lo', 'con', 'trong.txt'), '');
  await writeFile(join(dir, 'lo', 'con', 'hong.docx'), 'không phải tệp Word');
  await writeFile(join(dir, 'lo', '~$dat.docx'), 'khóa của Word');
  await writeFile(join(dir, 'lo', 'ghi-chu.md'), '# ghi chú');
  await mkdir(join(dir, 'nhieu'));
  for (let i = 0; i < 40; i++) {
    await writeFile(join(dir, 'nhieu', `${String(i).padStart(2, '0')}.kehoach`), serializePlan(i % 2 === 0 ? good : bad));
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function service(extra: Partial<BatchServiceOptions> = {}): BatchService {
  return new BatchService({ profiles, templatesDir: templatesDir(), workerScript: null, tempDir: temp, ...extra });
}

async function finished(svc: BatchService, started: BatchStatus): Promise<BatchStatus> {
  await svc.settled(started.id);
  const status = svc.status(started.id);
  if (!status.ok) {
    throw new Error(status.error.message);
  }
  return status.value;
}

function byFile(rows: readonly (SummaryRow | null)[]): Record<string, { errors: number; warnings: number; kinds: string; unreadable: boolean }> {
  return Object.fromEntries(
    rows.map((r) => {
      if (r === null) {
        throw new Error('a row is missing');
      }
      return [r.file.replace(/\\/g, '/'), { errors: r.errors, warnings: r.warnings, kinds: r.kinds.join(','), unreadable: r.reason !== null }];
    }),
  );
}

describe('BatchService', () => {
  it.each([
    ['in this thread', 'thread'],
    ['in the command\'s worker threads', 'cli'],
    ['through the hosts\' document workers (the app)', 'work'],
  ] as const)('checks a folder %s: good, bad and unreadable files, each a row, as the command gives them', async (_how, mode) => {
    const work = mode === 'work' ? pooledWork(new WorkPool({ script: documentWorkerUrl(), maxWorkers: 2 })) : undefined;
    const svc = service({ workerScript: mode === 'cli' ? checkWorkerUrl() : null, jobs: 2, ...(work ? { work } : {}) });
    const started = await svc.start({ folder: join(dir, 'lo') });
    expect(started.ok).toBe(true);
    if (!started.ok) {return;}
    expect(started.value.total).toBe(4);
    const status = await finished(svc, started.value);
    expect(status.finished).toBe(true);
    expect(status.cancelled).toBe(false);
    expect(status.done).toBe(4);
    const rows = byFile(status.rows);
    expect(Object.keys(rows)).toEqual(['lo/con/hong.docx', 'lo/con/trong.txt', 'lo/dat.kehoach', 'lo/sai.kehoach']);
    expect(rows['lo/dat.kehoach']).toMatchObject({ errors: 0, unreadable: false, kinds: 'ke-hoach' });
    expect(rows['lo/sai.kehoach']?.errors).toBeGreaterThan(0);
    expect(rows['lo/sai.kehoach']?.unreadable).toBe(false);
    expect(rows['lo/con/hong.docx']?.unreadable).toBe(true);
    expect((status.rows[0] as SummaryRow).reason).toMatch(/hong\.docx|Word|đọc/);

    // The same rows as `kehoach check <folder> --format csv`, from the folder's parent.
    const cli = await runCli(['check', 'lo', '--format', 'csv'], dir);
    expect(formatCsvSummary(status.rows as SummaryRow[]).replace(/\\/g, '/')).toBe(cli.out.replace(/\\/g, '/'));
    await svc.dispose();
    await work?.dispose();
  });

  it('checks uploaded files like files on disk, keeps their names, and removes them with the batch', async () => {
    const svc = service();
    const enc = new TextEncoder();
    const started = await svc.start({
      uploads: [
        { name: 'hồ sơ/dat.kehoach', bytes: enc.encode(serializePlan(good)) },
        { name: 'sai.kehoach', bytes: enc.encode(serializePlan(bad)) },
        { name: '../../hong.docx', bytes: enc.encode('không phải tệp Word') },
      ],
    });
    if (!started.ok) {throw new Error(started.error.message);}
    const status = await finished(svc, started.value);
    const rows = byFile(status.rows);
    expect(Object.keys(rows)).toEqual(['hồ sơ/dat.kehoach', 'sai.kehoach', '../../hong.docx']);
    expect(rows['hồ sơ/dat.kehoach']?.errors).toBe(0);
    expect(rows['sai.kehoach']?.errors).toBeGreaterThan(0);
    expect(rows['../../hong.docx']?.unreadable).toBe(true);
    // Stored inside the batch's own folder whatever the name says.
    const folders = await readdir(temp);
    expect(folders).toHaveLength(1);
    expect(await readdir(join(temp, folders[0] as string))).toHaveLength(3);

    const report = await svc.report(started.value.id, 1);
    if (!report.ok) {throw new Error(report.error.message);}
    expect(report.value.file).toBe('sai.kehoach');
    expect(report.value.path).toBeNull();
    expect(report.value.html).toContain('<!DOCTYPE html>');
    expect(report.value.html).toContain('sai.kehoach');
    await svc.dispose();
    expect(await readdir(temp)).toHaveLength(0);
  });

  it('a folder file report carries its path (to open it in the reviewer view)', async () => {
    const svc = service();
    const started = await svc.start({ folder: join(dir, 'lo') });
    if (!started.ok) {throw new Error(started.error.message);}
    await svc.settled(started.value.id);
    const report = await svc.report(started.value.id, 2);
    expect(report.ok && report.value.path).toBe(join(dir, 'lo', 'dat.kehoach'));
    expect((await svc.report(started.value.id, 99)).ok).toBe(false);
    expect((await svc.report('nope', 0)).ok).toBe(false);
    await svc.dispose();
  });

  it('files picked one by one show their names, in the order picked', async () => {
    const svc = service();
    const started = await svc.start({ paths: [join(dir, 'lo', 'sai.kehoach'), join(dir, 'lo', 'dat.kehoach')] });
    if (!started.ok) {
      throw new Error(started.error.message);
    }
    expect(started.value.files).toEqual(['sai.kehoach', 'dat.kehoach']);
    const status = await finished(svc, started.value);
    expect(status.rows.map((r) => (r?.errors ?? 0) > 0)).toEqual([true, false]);
    await svc.dispose();
  });

  it('stops when cancelled: files not yet checked keep no row, and the status says cancelled', async () => {
    const svc = service();
    const started = await svc.start({ folder: join(dir, 'nhieu') });
    if (!started.ok) {throw new Error(started.error.message);}
    expect(started.value.total).toBe(40);
    const cancelled = svc.cancel(started.value.id);
    expect(cancelled.ok && cancelled.value.cancelled).toBe(true);
    const status = await finished(svc, started.value);
    expect(status.finished).toBe(true);
    expect(status.cancelled).toBe(true);
    expect(status.done).toBeLessThan(40);
    expect(status.rows.filter((r) => r !== null)).toHaveLength(status.done);
    await svc.dispose();
  });

  it('stops worker threads when cancelled', async () => {
    const svc = service({ workerScript: checkWorkerUrl(), jobs: 1 });
    const started = await svc.start({ folder: join(dir, 'nhieu') });
    if (!started.ok) {throw new Error(started.error.message);}
    svc.cancel(started.value.id);
    const status = await finished(svc, started.value);
    expect(status.cancelled).toBe(true);
    expect(status.done).toBeLessThan(40);
    await svc.dispose();
  });

  it('refuses more files than allowed, an upload too large, and uploads too large together, saying why', async () => {
    const svc = service({ limits: { maxFiles: 10, maxUploadBytes: 1000, maxUploadTotalBytes: 1500 } });
    const many = await svc.start({ folder: join(dir, 'nhieu') });
    expect(many.ok).toBe(false);
    expect(!many.ok && many.error.code).toBe('batch/too-many');
    expect(!many.ok && many.error.message).toContain('40');
    const big = await svc.start({ uploads: [{ name: 'lon.txt', bytes: new Uint8Array(1001) }] });
    expect(!big.ok && big.error.code).toBe('batch/too-large');
    expect(!big.ok && big.error.message).toContain('lon.txt');
    const together = await svc.start({
      uploads: [
        { name: 'a.txt', bytes: new Uint8Array(800) },
        { name: 'b.txt', bytes: new Uint8Array(800) },
      ],
    });
    expect(!together.ok && together.error.code).toBe('batch/too-large');
    const fine = await svc.start({ uploads: [{ name: 'a.txt', bytes: new TextEncoder().encode('KẾ HOẠCH\nTriển khai\n') }] });
    expect(fine.ok).toBe(true);
    await svc.dispose();
  });

  it('an empty folder is refused with a reason; an unknown batch is not found', async () => {
    await mkdir(join(dir, 'rong'), { recursive: true });
    const svc = service();
    const empty = await svc.start({ folder: join(dir, 'rong') });
    // An empty folder is one row saying there is nothing to check (as the command says).
    expect(empty.ok).toBe(true);
    if (empty.ok) {
      const status = await finished(svc, empty.value);
      expect(status.rows[0]?.reason).toMatch(/không có tệp/);
    }
    expect(svc.status('b-none').ok).toBe(false);
    expect(svc.cancel('b-none').ok).toBe(false);
    await svc.dispose();
  });
});
