/**
 * How the bin starts (packages/kehoach-cli/launch.cjs, kehoach.cjs): the bundle when it is newer than
 * every file it was built from, the sources through tsx with one line on stderr when it is stale or
 * missing. The end-to-end cases run a copy of the bin in a temporary project whose sources are links
 * to this one, with a real bundle built there; the repository's own files are never touched.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the bin, without type declarations
import { bundleFor, bundleState, isOneDocument } from '../../../packages/kehoach-cli/launch.cjs';
import { runCli, type CliRun } from '../../helpers/cli-run';

type BuildInfo = { builtAt: number; verbs: string[]; inputs: Record<string, string[]> };
type State = { fresh: true; info: BuildInfo; bundle: string } | { fresh: false; note: string };
const state = bundleState as (root: string, dist: string, argv: readonly string[]) => State;
const pick = bundleFor as (info: BuildInfo, argv: readonly string[]) => string;
const oneDocument = isOneDocument as (argv: readonly string[], cwd?: string) => boolean;

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const run = promisify(execFile);

/** Sets a file's modification time to `ms`. */
async function touch(path: string, ms: number): Promise<void> {
  await utimes(path, new Date(ms), new Date(ms));
}

describe('bundleState', () => {
  let root: string;
  const builtAt = Date.now() - 60_000;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'kehoach-launch-'));
    await mkdir(join(root, 'src', 'sub'), { recursive: true });
    await mkdir(join(root, 'cli'));
    await writeFile(join(root, 'cli', 'main.ts'), '');
    await mkdir(join(root, 'dist'));
    await writeFile(join(root, 'src', 'a.ts'), 'a');
    await writeFile(join(root, 'src', 'sub', 'b.ts'), 'b');
    await writeFile(join(root, 'dist', 'build-info.json'), JSON.stringify({ builtAt, verbs: ['check', 'templates'], inputs: { check: ['src/a.ts', 'src/sub/b.ts'], templates: ['src/sub/b.ts'] } }));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('is fresh when every input of the verb is older than the build, stale when one is newer or gone, missing without a build', async () => {
    const check = ['check', 'a.txt'];
    await touch(join(root, 'src', 'a.ts'), builtAt - 5000);
    await touch(join(root, 'src', 'sub', 'b.ts'), builtAt - 5000);
    const fresh = state(root, join(root, 'dist'), check);
    await touch(join(root, 'src', 'sub', 'b.ts'), builtAt + 1000);
    const newer = state(root, join(root, 'dist'), check);
    await touch(join(root, 'src', 'sub', 'b.ts'), builtAt - 5000);
    await touch(join(root, 'src', 'a.ts'), builtAt + 1000);
    // src/a.ts is in the check bundle only: templates still runs its bundle.
    const [checkAfter, templatesAfter] = [state(root, join(root, 'dist'), check), state(root, join(root, 'dist'), ['templates'])];
    await rm(join(root, 'src', 'a.ts'));
    const gone = state(root, join(root, 'dist'), check);
    const missing = state(root, join(root, 'khong-co'), check);
    const note = (s: State): string => (s.fresh ? `fresh: ${s.bundle}` : s.note);
    expect([fresh, newer, checkAfter, templatesAfter, gone, missing].map(note)).toEqual([
      'fresh: check',
      'bản dựng của lệnh đã cũ (src/sub/b.ts mới hơn bản dựng) nên chạy thẳng mã nguồn qua tsx, chậm hơn; dựng lại bằng "npm run build:cli".',
      'bản dựng của lệnh đã cũ (src/a.ts mới hơn bản dựng) nên chạy thẳng mã nguồn qua tsx, chậm hơn; dựng lại bằng "npm run build:cli".',
      'fresh: templates',
      'bản dựng của lệnh đã cũ (không còn src/a.ts) nên chạy thẳng mã nguồn qua tsx, chậm hơn; dựng lại bằng "npm run build:cli".',
      'chưa có bản dựng của lệnh (packages/kehoach-cli/dist) nên chạy thẳng mã nguồn qua tsx, chậm hơn; dựng bằng "npm run build:cli".',
    ]);
  });

  it('runs the bundle of an install without the sources (no cli/main.ts), where no input can be found', async () => {
    const bare = await mkdtemp(join(tmpdir(), 'kehoach-launch-bare-'));
    try {
      await mkdir(join(bare, 'dist'));
      await writeFile(join(bare, 'dist', 'build-info.json'), JSON.stringify({ builtAt, verbs: ['check'], inputs: { check: ['cli/main.ts', 'core/x.ts'] } }));
      const withoutSources = state(bare, join(bare, 'dist'), ['check']);
      await mkdir(join(bare, 'cli'));
      await writeFile(join(bare, 'cli', 'main.ts'), '');
      await touch(join(bare, 'cli', 'main.ts'), builtAt - 5000);
      const sourcesButOneGone = state(bare, join(bare, 'dist'), ['check']);
      expect([withoutSources.fresh, sourcesButOneGone.fresh ? '' : sourcesButOneGone.note.split(')')[0]]).toEqual([true, 'bản dựng của lệnh đã cũ (không còn core/x.ts']);
    } finally {
      await rm(bare, { recursive: true, force: true });
    }
  });

  it('runs a verb with its own bundle, and anything else with the usage-only one', () => {
    const info: BuildInfo = { builtAt, verbs: ['templates', 'check'], inputs: {} };
    expect([['check', 'a.txt'], ['templates'], [], ['--help'], ['xoa']].map((argv) => pick(info, argv))).toEqual(['check', 'templates', 'help', 'help', 'help']);
  });
});

describe('the bin in a copy of the project', () => {
  let root: string;
  let work: string;
  let dist: string;
  let bin: string;

  /** Runs the copied bin with node in the work folder. */
  async function runCopy(argv: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
    try {
      const { stdout, stderr } = await run(process.execPath, [bin, ...argv], { cwd: work, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
      return { code: 0, out: stdout, err: stderr };
    } catch (error) {
      const e = error as { code?: number; stdout?: string; stderr?: string };
      return { code: typeof e.code === 'number' ? e.code : -1, out: e.stdout ?? '', err: e.stderr ?? '' };
    }
  }

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'kehoach-bin-copy-'));
    const pkg = join(root, 'packages', 'kehoach-cli');
    await mkdir(pkg, { recursive: true });
    for (const file of ['kehoach.cjs', 'launch.cjs', 'dev-worker.mjs', 'package.json']) {
      await copyFile(join(REPO, 'packages', 'kehoach-cli', file), join(pkg, file));
    }
    for (const entry of ['cli', 'core', 'electron', 'templates', 'node_modules', 'tsconfig.node.json', 'tsconfig.base.json']) {
      await symlink(join(REPO, entry), join(root, entry));
    }
    bin = join(pkg, 'kehoach.cjs');
    dist = join(pkg, 'dist');
    await run(process.execPath, [join(REPO, 'scripts', 'build-cli.mjs'), '--outdir', dist, '--no-cache', '--quiet'], { timeout: 120_000 });
    // Freshness is judged on a file of this test only, so an edit elsewhere in the checkout cannot change it.
    const infoPath = join(dist, 'build-info.json');
    const info = JSON.parse(await readFile(infoPath, 'utf8')) as BuildInfo;
    await writeFile(join(root, 'stamp.ts'), '');
    await touch(join(root, 'stamp.ts'), info.builtAt - 5000);
    await writeFile(infoPath, JSON.stringify({ ...info, inputs: Object.fromEntries(Object.keys(info.inputs).map((bundle) => [bundle, ['stamp.ts']])) }));
    work = join(root, 'work');
    await mkdir(join(work, 'lo'), { recursive: true });
    const text = 'ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: 12/KH-UBND\nBắc Giang, ngày 15 tháng 3 năm 2026\n\nKẾ HOẠCH\nTriển khai công tác năm 2026\n\nI. MỤC ĐÍCH\nNội dung.\n';
    await writeFile(join(work, 'kh.txt'), text);
    for (const name of ['a.txt', 'b.txt', 'c.txt']) {
      await writeFile(join(work, 'lo', name), text.replace('năm 2026', `năm 2026 (${name})`));
    }
  }, 180_000);

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('runs the bundle when it is fresh: the same report as the sources, silently, and it leaves its code cache', async () => {
    const [bundled, sources] = [await runCopy(['check', 'kh.txt', '--json']), await runCli(['check', 'kh.txt', '--json'], work)];
    const caches = existsSync(join(dist, 'cache')) ? await readdir(join(dist, 'cache')) : [];
    expect([bundled.code, bundled.err, bundled.out, caches.some((f) => f.startsWith('check-'))]).toEqual([sources.code, '', sources.out, true]);
  });

  it('keeps the contract from the bundle: usage on --help, an unknown verb, and one line with exit 2 for a missing file', async () => {
    const [help, unknown, missing] = [await runCopy(['--help']), await runCopy(['xoa']), await runCopy(['check', 'khong-co.txt'])];
    expect([help.code, help.out.startsWith('Cách dùng: kehoach'), help.err, unknown.code, unknown.err.split('\n')[0], missing.code, missing.out, missing.err]).toEqual([
      0,
      true,
      '',
      2,
      'kehoach: không có lệnh "xoa".',
      2,
      '',
      `kehoach: Không tìm thấy tệp "${join(work, 'khong-co.txt')}".\n`,
    ]);
  });

  it('checks a folder with the bundled worker threads, as the sources do', async () => {
    const [bundled, sources] = [await runCopy(['check', 'lo', '--json', '--jobs', '2']), await runCli(['check', 'lo', '--json', '--jobs', '2'], work)];
    expect([bundled.code, bundled.err, (JSON.parse(bundled.out) as unknown[]).length, bundled.out]).toEqual([sources.code, '', 3, sources.out]);
  });

  it('finds the templates from the bundle', async () => {
    const listed = await runCopy(['templates']);
    expect([listed.code, listed.err, listed.out.split('\n').some((l) => l.startsWith('ke-hoach-trien-khai '))]).toEqual([0, '', true]);
  });

  it('remembers the validated templates beside the bundle, and reads them again when a template.json changes', async () => {
    const templates = join(root, 'mau');
    await cp(join(REPO, 'templates'), templates, { recursive: true });
    const env = { KEHOACH_TEMPLATES_DIR: templates };
    const first = await runCopy(['templates'], env);
    const cached = existsSync(join(dist, 'cache', 'templates.json'));
    const file = join(templates, 'cong-van', 'template.json');
    const json = JSON.parse(await readFile(file, 'utf8')) as { name: string };
    await writeFile(file, JSON.stringify({ ...json, name: 'Công văn đã đổi tên' }));
    const second = await runCopy(['templates'], env);
    const line = (r: CliRun): string | undefined => r.out.split('\n').find((l) => l.startsWith('cong-van '));
    expect([first.code, cached, line(first)?.includes(json.name), second.code, line(second)?.endsWith('Công văn đã đổi tên')]).toEqual([0, true, true, 0, true]);
  });

  it('builds each verb with only what it needs: no .docx writer in check, no reader in templates, docx only in export', async () => {
    const contents = JSON.parse(await readFile(join(dist, 'contents.json'), 'utf8')) as Record<string, string[]>;
    const has = (bundle: string, prefix: string): boolean => (contents[bundle] ?? []).some((input) => input === prefix || input.startsWith(`${prefix}/`));
    const withDocx = Object.keys(contents).filter((bundle) => has(bundle, 'docx'));
    // The writer's pure layout description (core/docx/writer/describe.ts and what it uses) is shared with the
    // layout rules; the modules that build the file are those that import the docx library.
    const writerDir = fileURLToPath(new URL('../../../core/docx/writer/', import.meta.url));
    const builders: string[] = [];
    for (const name of await readdir(writerDir)) {
      if (name.endsWith('.ts') && /from 'docx'/u.test(await readFile(join(writerDir, name), 'utf8'))) {
        builders.push(`core/docx/writer/${name}`);
      }
    }
    const buildsDocx = (bundle: string): boolean => builders.some((file) => has(bundle, file));
    expect(builders).toContain('core/docx/writer/write-docx.ts');
    expect([
      buildsDocx('check'),
      // The batch worker thread runs the check bundle itself (dist/check-worker.cjs loads it with its code cache).
      'check-worker' in contents,
      has('check', 'cli/batch/check-worker.ts'),
      has('check', 'core/docx/reader'),
      has('templates', 'core/docx/reader'),
      has('templates', 'core/import'),
      has('templates', 'jszip'),
      has('help', 'zod'),
      withDocx,
    ]).toEqual([false, false, true, true, false, false, false, false, ['export', 'report-docx', 'document-worker']]);
  });

  it('writes the .docx phiếu from the bundle through its own report-docx bundle', async () => {
    const bundled = await runCopy(['check', 'kh.txt', '--format', 'docx', '-o', 'phieu.docx']);
    const sources = await runCli(['check', 'kh.txt', '--json'], work);
    const head = existsSync(join(work, 'phieu.docx')) ? (await readFile(join(work, 'phieu.docx'))).subarray(0, 2).toString('latin1') : '';
    expect([bundled.code, bundled.err, head]).toEqual([sources.code, '', 'PK']);
  });

  it('runs the sources through tsx, saying so in one line, when a source is newer than the bundle or the bundle is gone', async () => {
    await touch(join(root, 'stamp.ts'), Date.now() + 60_000);
    const stale = await runCopy(['--help']);
    await rm(dist, { recursive: true, force: true });
    const missing = await runCopy(['templates']);
    expect([
      stale.code,
      stale.err,
      stale.out.startsWith('Cách dùng: kehoach'),
      missing.code,
      missing.err.split('\n')[0],
      missing.err.split('\n').length,
      missing.out.includes('ke-hoach-trien-khai'),
    ]).toEqual([
      0,
      'kehoach: bản dựng của lệnh đã cũ (stamp.ts mới hơn bản dựng) nên chạy thẳng mã nguồn qua tsx, chậm hơn; dựng lại bằng "npm run build:cli".\n',
      true,
      0,
      'kehoach: chưa có bản dựng của lệnh (packages/kehoach-cli/dist) nên chạy thẳng mã nguồn qua tsx, chậm hơn; dựng bằng "npm run build:cli".',
      2,
      true,
    ]);
  });
});

describe('V8 settings of a run (isOneDocument)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kehoach-launch-one-'));
    await writeFile(join(dir, 'a.txt'), 'KẾ HOẠCH');
    await writeFile(join(dir, 'b.txt'), 'KẾ HOẠCH');
    await mkdir(join(dir, 'folder'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('treats export, import, new and a check of one file as one document', () => {
    expect(oneDocument(['export', 'a.txt', '-o', 'a.docx'], dir)).toBe(true);
    expect(oneDocument(['import', 'a.docx', '-o', 'a.kehoach'], dir)).toBe(true);
    expect(oneDocument(['new', '--template', 'x', '-o', 'x.kehoach'], dir)).toBe(true);
    expect(oneDocument(['check', 'a.txt'], dir)).toBe(true);
    expect(oneDocument(['check', '--format', 'html', '-o', 'report.html', join(dir, 'a.txt')], dir)).toBe(true);
    expect(oneDocument(['check', '--json', '--profile', 'ke-hoach-trien-khai', 'a.txt'], dir)).toBe(true);
  });

  it('keeps a batch, a folder, a missing file, serve and templates as long runs', () => {
    expect(oneDocument(['check', 'a.txt', 'b.txt'], dir)).toBe(false);
    expect(oneDocument(['check', 'folder'], dir)).toBe(false);
    expect(oneDocument(['check', '--jobs', '2', 'folder'], dir)).toBe(false);
    expect(oneDocument(['check', 'missing.txt'], dir)).toBe(false);
    expect(oneDocument(['check', 'a.txt/inside'], dir)).toBe(false);
    expect(oneDocument(['check', '--format', 'csv'], dir)).toBe(false);
    expect(oneDocument(['serve', '--port', '0'], dir)).toBe(false);
    expect(oneDocument(['templates'], dir)).toBe(false);
  });
});
