/**
 * Benchmark (issue 13): the `kehoach` command as a whole process, side by side with pandoc and with
 * python-docx's bare read, and a batch check of the real documents of ../shared/corpus repeated to 200
 * files with 1 and 2 worker threads.
 *
 * - export and check of seed 000 (.txt) and of a generated 100-page .docx, through the bin
 *   (node packages/kehoach-cli/kehoach.cjs, the bundle), interleaved round by round with
 *   `pandoc x.md -o y.docx` of the same text and `python3 -c "import docx,sys; docx.Document(sys.argv[1])"`;
 *   medians of wall and CPU time (user + system, less sensitive to a busy machine), and their ratios.
 * - the same export through the TypeScript sources (tsx), as the bin ran before the bundle.
 * - the batch: wall time, CPU time, peak memory (GNU time's maximum resident set) and files per second.
 *
 * The bundle is rebuilt first when it is stale, and a run that fell back to the sources (another edit
 * landed meanwhile) is rebuilt and repeated, so every kehoach number is the bundle's.
 * Run: npm run bench:cli   (BENCH_RUNS=n for more or fewer rounds; default 11; BENCH_HEAD=1 to measure a
 * copy of the last commit, as a shared checkout being edited needs)
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeDocx } from '../core/docx/index';
import { generatePlan } from './generate-plan';
import { planText } from './plan-text';

const repo = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'kehoach-bench-cli-'));
/**
 * BENCH_HEAD=1 measures the last commit rather than the working tree: a copy of HEAD (git archive, with
 * this checkout's node_modules linked) built and run in the temporary folder, so that files others are
 * editing in a shared checkout neither make the bundle stale nor break it mid-run.
 */
const root = process.env['BENCH_HEAD'] === '1' ? copyOfHead() : repo;
const BIN = join(root, 'packages', 'kehoach-cli', 'kehoach.cjs');
const PYTHON = '/usr/bin/python3';
const TIME = '/usr/bin/time';
const SHARED = join(repo, '..', 'shared');
const RUNS = Math.max(3, Number(process.env['BENCH_RUNS'] ?? 11));
const BATCH_FILES = 200;
const BATCH_RUNS = Math.max(1, Number(process.env['BENCH_BATCH_RUNS'] ?? 3));

type Sample = { readonly wall: number; readonly cpu: number; readonly rssKb: number };
type Command = { readonly name: string; readonly file: string; readonly args: readonly string[]; readonly kehoach: boolean; readonly env?: NodeJS.ProcessEnv };

const hasTime = existsSync(TIME);

function copyOfHead(): string {
  const dir = join(work, 'head');
  mkdirSync(dir);
  const copied = spawnSync('sh', ['-c', 'git archive HEAD | tar -x -C "$1"', 'sh', dir], { cwd: repo, stdio: 'inherit' });
  if (copied.status !== 0) {
    throw new Error('git archive HEAD failed');
  }
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function rebuild(): void {
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs'), '--quiet'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) {
    throw new Error('npm run build:cli failed');
  }
}

/** One whole-process run: wall time here, CPU time and peak memory from GNU time when present. */
function runOnce(command: Command): Sample & { readonly fellBack: boolean } {
  const timeFile = join(work, 'time.txt');
  const [file, args] = hasTime ? [TIME, ['-o', timeFile, '-f', '%U %S %M', command.file, ...command.args]] : [command.file, command.args];
  const start = performance.now();
  const result = spawnSync(file, args, { cwd: work, env: command.env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${command.name} failed (${result.status}): ${result.stderr.slice(0, 300)}`);
  }
  let cpu = Number.NaN;
  let rssKb = Number.NaN;
  if (hasTime) {
    const [user, system, rss] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()?.split(' ').map(Number) ?? [];
    cpu = ((user ?? 0) + (system ?? 0)) * 1000;
    rssKb = rss ?? Number.NaN;
  }
  const fellBack = command.kehoach && /^kehoach: (chưa có bản dựng|bản dựng của lệnh đã cũ)/.test(result.stderr);
  return { wall, cpu, rssKb, fellBack };
}

/** A run of the bundle: rebuilt and repeated when the bin had to fall back to the sources. */
function sample(command: Command): Sample {
  for (let attempt = 0; attempt < 5; attempt++) {
    const s = runOnce(command);
    if (!s.fellBack) {
      return s;
    }
    rebuild();
  }
  throw new Error('the bundle keeps going stale (sources are being edited); try again later');
}

/** Interleaved rounds: each command once per round, after one warm-up round. */
function interleave(commands: readonly Command[], runs: number): Map<string, Sample[]> {
  const samples = new Map<string, Sample[]>(commands.map((c) => [c.name, []]));
  for (const command of commands) {
    sample(command);
  }
  for (let round = 0; round < runs; round++) {
    for (const command of commands) {
      samples.get(command.name)?.push(sample(command));
    }
  }
  return samples;
}

function kehoach(name: string, ...args: string[]): Command {
  return { name, file: process.execPath, args: [BIN, ...args], kehoach: true };
}

function other(name: string, file: string, ...args: string[]): Command {
  return { name, file, args, kehoach: false };
}

/**
 * NODE_EXTRA_CA_CERTS, when the environment sets it, makes every Node process load the system's root
 * certificates at start, before any script runs (~30 ms on 2 shared cores: node -e 0 54 → 23 ms); python
 * pays nothing of the kind. The rows "without NODE_EXTRA_CA_CERTS" show what a machine without it sees.
 */
const EXTRA_CA = process.env['NODE_EXTRA_CA_CERTS'] !== undefined;

function withoutExtraCa(command: Command): Command {
  const env = { ...process.env };
  delete env['NODE_EXTRA_CA_CERTS'];
  return { ...command, name: `${command.name}, no NODE_EXTRA_CA_CERTS`, env };
}

/** The TypeScript sources through tsx, as the bin ran them before the bundle. */
function sources(name: string, ...args: string[]): Command {
  const script = [
    "import { register } from 'tsx/esm/api';",
    `register({ tsconfig: ${JSON.stringify(join(root, 'tsconfig.node.json'))} });`,
    `const { main } = await import(${JSON.stringify(pathToFileURL(join(root, 'cli', 'main.ts')).href)});`,
    'process.exitCode = await main(process.argv.slice(2));',
  ].join('\n');
  const runner = join(root, 'packages', 'kehoach-cli', '.bench-sources.mjs');
  writeFileSync(runner, script);
  return { name, file: process.execPath, args: [runner, ...args], kehoach: false };
}

function ms(value: number): string {
  return Number.isNaN(value) ? '   —   ' : `${value.toFixed(0).padStart(5)} ms`;
}

function ratio(a: number, b: number): string {
  return Number.isNaN(a) || Number.isNaN(b) || b === 0 ? '—' : (a / b).toFixed(2);
}

function tool(name: string, args: readonly string[]): boolean {
  return spawnSync(name, args, { stdio: 'ignore' }).status === 0;
}

async function prepareInputs(): Promise<{ seedTxt: string; seedMd: string; bigDocx: string; bigMd: string; realDocx: string | null }> {
  const seeds = join(SHARED, 'seeds');
  const seedName = existsSync(seeds) ? readdirSync(seeds).find((f) => f.startsWith('000_') && f.endsWith('.txt')) : undefined;
  const seedText = seedName ? readFileSync(join(seeds, seedName), 'utf8') : planText(generatePlan(8));
  writeFileSync(join(work, 'seed-000.txt'), seedText);
  writeFileSync(join(work, 'seed-000.md'), seedText);
  const big = generatePlan(100);
  writeFileSync(join(work, 'plan-100.docx'), await writeDocx(big));
  writeFileSync(join(work, 'plan-100.md'), planText(big));
  const real = join(SHARED, 'corpus', '105_lamdong-kh-cchc-2026-2030.docx');
  return {
    seedTxt: 'seed-000.txt',
    seedMd: 'seed-000.md',
    bigDocx: 'plan-100.docx',
    bigMd: 'plan-100.md',
    realDocx: existsSync(real) ? real : null,
  };
}

function row(label: string, s: readonly Sample[] | undefined): string {
  const list = s ?? [];
  return `${label.padEnd(50)} ${ms(median(list.map((x) => x.wall)))}  ${ms(median(list.map((x) => x.cpu)))}`;
}

function section(title: string): void {
  console.log(`\n${title}`);
}

async function wholeProcess(): Promise<void> {
  const inputs = await prepareInputs();
  const pandoc = tool('pandoc', ['--version']);
  const pythonDocx = tool(PYTHON, ['-c', 'import docx']);
  const READ = 'import docx,sys; docx.Document(sys.argv[1])';
  const commands: Command[] = [
    other('node -e 0 (bare Node start)', process.execPath, '-e', '0'),
    kehoach('kehoach export seed 000 .txt', 'export', inputs.seedTxt, '-o', 'seed-out.docx', '--force'),
    kehoach('kehoach check seed 000 .txt', 'check', inputs.seedTxt),
    kehoach('kehoach export 100-page .docx', 'export', inputs.bigDocx, '-o', 'big-out.docx', '--force'),
    kehoach('kehoach check 100-page .docx', 'check', inputs.bigDocx),
    kehoach('kehoach templates', 'templates'),
    ...(inputs.realDocx ? [kehoach('kehoach check corpus 105 .docx', 'check', inputs.realDocx)] : []),
    ...(EXTRA_CA
      ? [
          withoutExtraCa(other('node -e 0', process.execPath, '-e', '0')),
          withoutExtraCa(kehoach('kehoach export seed 000', 'export', inputs.seedTxt, '-o', 'seed-out2.docx', '--force')),
          withoutExtraCa(kehoach('kehoach check 100-page .docx', 'check', inputs.bigDocx)),
          ...(inputs.realDocx ? [withoutExtraCa(kehoach('kehoach check corpus 105', 'check', inputs.realDocx))] : []),
        ]
      : []),
    ...(pandoc
      ? [other('pandoc seed 000 .md -o .docx', 'pandoc', inputs.seedMd, '-o', 'seed-pandoc.docx'), other('pandoc 100-page .md -o .docx', 'pandoc', inputs.bigMd, '-o', 'big-pandoc.docx')]
      : []),
    ...(pythonDocx
      ? [
          other('python-docx read 100-page .docx', PYTHON, '-c', READ, inputs.bigDocx),
          ...(inputs.realDocx ? [other('python-docx read corpus 105 .docx', PYTHON, '-c', READ, inputs.realDocx)] : []),
        ]
      : []),
    sources('sources (tsx) export seed 000 .txt', 'export', inputs.seedTxt, '-o', 'seed-src.docx', '--force'),
  ];
  const samples = interleave(commands, RUNS);
  const med = (name: string, key: 'wall' | 'cpu'): number => median((samples.get(name) ?? []).map((x) => x[key]));

  section(`Whole process, median of ${RUNS} interleaved rounds (after one warm-up round)            wall      CPU`);
  for (const command of commands) {
    console.log(row(command.name, samples.get(command.name)));
  }
  section('Ratios (wall; CPU in brackets)                                       target');
  const ratios: [string, string, string, string][] = [
    ['export seed 000 / pandoc seed 000', 'kehoach export seed 000 .txt', 'pandoc seed 000 .md -o .docx', '≤ 1.0'],
    ['export 100 pages / pandoc 100 pages', 'kehoach export 100-page .docx', 'pandoc 100-page .md -o .docx', '≤ 1.0'],
    ['check seed 000 / pandoc seed 000', 'kehoach check seed 000 .txt', 'pandoc seed 000 .md -o .docx', ''],
    ['check 100-page .docx / python-docx read', 'kehoach check 100-page .docx', 'python-docx read 100-page .docx', '≤ 2.0'],
    ['check corpus 105 / python-docx read', 'kehoach check corpus 105 .docx', 'python-docx read corpus 105 .docx', '≤ 2.0'],
    ['sources (tsx) / bundle, export seed 000', 'sources (tsx) export seed 000 .txt', 'kehoach export seed 000 .txt', ''],
    ['export seed 000 / pandoc, no extra CA', 'kehoach export seed 000, no NODE_EXTRA_CA_CERTS', 'pandoc seed 000 .md -o .docx', '≤ 1.0'],
    ['check 100-page .docx / python-docx, no extra CA', 'kehoach check 100-page .docx, no NODE_EXTRA_CA_CERTS', 'python-docx read 100-page .docx', '≤ 2.0'],
    ['check corpus 105 / python-docx, no extra CA', 'kehoach check corpus 105, no NODE_EXTRA_CA_CERTS', 'python-docx read corpus 105 .docx', '≤ 2.0'],
  ];
  for (const [label, a, b, target] of ratios) {
    if (samples.has(a) && samples.has(b)) {
      console.log(`${label.padEnd(50)} ${ratio(med(a, 'wall'), med(b, 'wall')).padStart(6)}  (${ratio(med(a, 'cpu'), med(b, 'cpu'))})   ${target}`);
    }
  }
}

function batch(): void {
  const corpus = join(SHARED, 'corpus');
  if (!existsSync(corpus)) {
    console.log(`\nBatch: skipped (${corpus} not found).`);
    return;
  }
  const sourcesList = readdirSync(corpus)
    .filter((f) => /\.(docx|txt)$/i.test(f))
    .sort();
  const dir = join(work, 'batch');
  mkdirSync(dir);
  for (let i = 0; i < BATCH_FILES; i++) {
    const name = sourcesList[i % sourcesList.length] as string;
    copyFileSync(join(corpus, name), join(dir, `${String(i).padStart(3, '0')}-${name}`));
  }
  const commands = [1, 2].map((jobs) => kehoach(`check ${BATCH_FILES} files, ${jobs} worker${jobs > 1 ? 's' : ''}`, 'check', dir, '--format', 'csv', '--jobs', String(jobs)));
  const READ_ALL = `import docx,sys,os\nd=sys.argv[1]\nfor f in sorted(os.listdir(d)):\n  docx.Document(os.path.join(d,f)) if f.endswith('.docx') else open(os.path.join(d,f),'rb').read()`;
  const reference = tool(PYTHON, ['-c', 'import docx']) ? [other(`python-docx read ${BATCH_FILES} files, 1 process`, PYTHON, '-c', READ_ALL, dir)] : [];
  const samples = interleave([...commands, ...reference], BATCH_RUNS);
  section(`Batch over ${sourcesList.length} corpus files repeated to ${BATCH_FILES}, median of ${BATCH_RUNS} (after one warm-up)`);
  console.log(`${''.padEnd(50)}     wall       CPU   peak memory   files/s`);
  for (const command of [...commands, ...reference]) {
    const list = samples.get(command.name) ?? [];
    const wall = median(list.map((x) => x.wall));
    const rss = median(list.map((x) => x.rssKb));
    console.log(
      `${command.name.padEnd(50)} ${ms(wall)}  ${ms(median(list.map((x) => x.cpu)))}  ${Number.isNaN(rss) ? '—' : `${(rss / 1024).toFixed(0)} MB`.padStart(8)}   ${(BATCH_FILES / (wall / 1000)).toFixed(1).padStart(7)}`,
    );
  }
}

console.log(`kehoach bench:cli — ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}, Node ${process.versions.node}`);
console.log('The machine may be shared: compare numbers taken in one run, side by side, not across runs.');
try {
  rebuild();
  await wholeProcess();
  batch();
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(join(root, 'packages', 'kehoach-cli', '.bench-sources.mjs'), { force: true });
  console.log(`\nload average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
}
