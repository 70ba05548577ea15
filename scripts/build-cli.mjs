#!/usr/bin/env node
/**
 * Builds the `kehoach` command into packages/kehoach-cli/dist. Runs at install (`prepare`), in
 * `npm run build` and in `npm run build:cli`.
 *
 * - One CommonJS bundle per verb (cli/entries/<verb>.ts → dist/<verb>.cjs), so a verb carries only
 *   what it needs: `check` has no .docx writer, `templates` no reader, only `export` has the docx
 *   library. dist/help.cjs prints the usage. dist/check-worker.cjs, a batch worker thread, is a few
 *   lines written here: it loads the check bundle with its code cache and calls its startWorker().
 * - CommonJS, because Node 20 can give V8 a code cache for a script (vm.Script cachedData) but not for
 *   an ES module. After building, each bundle is run once on sample documents in this process and its
 *   code cache (the bytecode of every function that run compiled) written to dist/cache.
 * - dist/build-info.json lists the project files that went into the bundles and when the build
 *   started: the bin runs the bundle only when none of them is newer (packages/kehoach-cli/launch.cjs).
 *
 * The bundle is written to a temporary folder and swapped in with renames, so a command started during
 * a rebuild never runs a half-written bundle.
 *
 * Usage: node scripts/build-cli.mjs [--outdir <dir>] [--no-cache] [--quiet] [--no-minify]
 * (--no-minify keeps the names, for reading a `node --cpu-prof` profile of the bundle)
 */
import { mkdir, mkdtemp, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { zodEnglishOnlyEsbuild } from './zod-english-only.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { outdir: { type: 'string' }, quiet: { type: 'boolean' }, 'no-cache': { type: 'boolean' }, 'no-minify': { type: 'boolean' } },
});
const outdir = resolve(values.outdir ?? join(root, 'packages', 'kehoach-cli', 'dist'));

/** The verbs, each with its entry in cli/entries; "help" is the usage alone. */
const VERBS = ['help', 'templates', 'new', 'check', 'export', 'import', 'serve'];
const ENTRIES = {
  ...Object.fromEntries(VERBS.map((verb) => [verb, join(root, 'cli', 'entries', `${verb}.ts`)])),
  // `check --format docx` loads it beside the check bundle: the docx library stays out of `check`.
  'report-docx': join(root, 'cli', 'entries', 'report-docx.ts'),
  // The web host reads, checks and exports in worker threads (electron/services/worker/worker-script.ts).
  'document-worker': join(root, 'electron', 'services', 'worker', 'document-worker.ts'),
};

/** A short plan as pasted text, to warm the text reader. */
const SAMPLE_TEXT = `ỦY BAN NHÂN DÂN
TỈNH BẮC GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND
Bắc Giang, ngày 15 tháng 3 năm 2026

KẾ HOẠCH
Triển khai công tác văn hóa đối ngoại năm 2026

Thực hiện Chỉ thị số 25/CT-TTg ngày 10/9/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao hiệu quả công tác văn hóa đối ngoại của tỉnh.
2. Yêu cầu
Bảo đảm thiết thực, hiệu quả, đúng quy định.

II. NỘI DUNG
1. Tuyên truyền, quảng bá hình ảnh của tỉnh.
2. Tổ chức các hoạt động giao lưu văn hóa.

III. TỔ CHỨC THỰC HIỆN
Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp các cơ quan liên quan triển khai Kế hoạch này.

Nơi nhận:
- Bộ Ngoại giao;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn A
`;

// import.meta.url has no CommonJS meaning: each bundle computes it from its own file name.
const BANNER = "var __kehoachImportMetaUrl = require('node:url').pathToFileURL(__filename).href;";

const started = Date.now();
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.error('build-cli: không tìm thấy esbuild (cài kèm tsx và vite); hãy chạy "npm ci".');
  process.exit(1);
}

/**
 * zod is initialized at its first use, not at start: every `import { z } from 'zod'` of the project gets a
 * stand-in whose properties are zod's own, read from zod the first time one is asked for (the project uses
 * zod only through `z.<name>`, and builds its schemas on first use). zod stays in the bundle, wrapped by
 * esbuild to run its module code on the first require, so the code cache still covers it; a check of a
 * .docx or .txt, or an export of a .txt, never runs it (about 4 ms of a fresh process).
 */
const zodOnFirstUse = {
  name: 'zod-on-first-use',
  setup(build) {
    build.onResolve({ filter: /^zod$/ }, (args) =>
      args.pluginData === 'itself' || /[\\/]node_modules[\\/]/.test(args.importer) ? undefined : { path: 'zod', namespace: 'zod-on-first-use' },
    );
    build.onResolve({ filter: /^zod-itself$/ }, async () => {
      const real = await build.resolve('zod', { kind: 'import-statement', resolveDir: root, pluginData: 'itself' });
      return { path: real.path, namespace: real.namespace };
    });
    build.onLoad({ filter: /.*/, namespace: 'zod-on-first-use' }, () => ({
      contents: `let zod;\nexport const z = new Proxy({}, { get: (_, key) => (zod ??= require('zod-itself').z)[key] });\n`,
      resolveDir: root,
    }));
  },
};

// Beside the bundle (renames stay on one disk), in a folder git ignores (.tmp/).
const scratch = join(dirname(outdir), '.tmp');
const staging = join(scratch, `dist-${process.pid}`);
await rm(staging, { recursive: true, force: true });
await mkdir(staging, { recursive: true });
let result;
try {
  result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir: staging,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    outExtension: { '.js': '.cjs' },
    tsconfig: join(root, 'tsconfig.node.json'),
    define: { __KEHOACH_BUNDLE__: 'true', 'import.meta.url': '__kehoachImportMetaUrl' },
    banner: { js: BANNER },
    legalComments: 'none',
    // Short names too: the bundle is ~30% smaller, and parsing and compiling what the code cache lacks ~5%
    // cheaper (kehoach check of a .txt: 126 → 120 ms of CPU after Node's own start).
    minify: !values['no-minify'],
    metafile: true,
    plugins: [zodEnglishOnlyEsbuild, zodOnFirstUse],
    logLevel: 'error',
  });
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(`build-cli: không dựng được lệnh kehoach (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`);
  process.exit(1);
}

// What each bundle holds (project files and package names), for tests and for a look: `check` has no
// .docx writer, `templates` no reader, only `export` the docx library.
const toPosix = (path) => relative(root, resolve(root, path)).split(sep).join('/');
const PACKAGE = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/;
const bundles = Object.entries(result.metafile.outputs).map(([file, output]) => {
  // Modules a plugin made (namespace:path, not files) are not inputs the bin could find changed.
  const paths = Object.keys(output.inputs).filter((path) => !/^[a-z][a-z-]+:/.test(path));
  return {
    name: file.split(/[\\/]/).pop().replace(/\.cjs$/, ''),
    files: [...new Set(paths.filter((path) => !PACKAGE.test(path)).map(toPosix))].sort(),
    packages: [...new Set(paths.map((path) => PACKAGE.exec(path)?.[1]).filter((name) => name !== undefined))].sort(),
  };
});
const contents = Object.fromEntries(bundles.map((b) => [b.name, [...b.files, ...b.packages].sort()]));
await writeFile(join(staging, 'contents.json'), `${JSON.stringify(contents, null, 1)}\n`);

// The batch worker thread (cli/paths.ts checkWorkerUrl): the check bundle, loaded with its code cache.
const CHECK_WORKER = `'use strict';
// Written by scripts/build-cli.mjs. A batch worker thread of \`kehoach check\` (and of the web host's batch
// review): loads the check bundle with its code cache (packages/kehoach-cli/launch.cjs) and starts its worker.
const { loadBundle } = require('../launch.cjs');
loadBundle(__dirname, 'check').exports.startWorker();
`;
await writeFile(join(staging, 'check-worker.cjs'), CHECK_WORKER);

// For each bundle the bin runs, the project files it was built from (a check also runs the worker's),
// plus this script and the launcher. Packages under node_modules change only through npm ci or
// npm install, which run `prepare` and so rebuild. The bin stats only the files of the verb it runs.
const own = (name) => bundles.find((b) => b.name === name)?.files ?? [];
const always = [toPosix(fileURLToPath(import.meta.url)), toPosix(join(root, 'scripts', 'zod-english-only.mjs')), toPosix(join(root, 'packages', 'kehoach-cli', 'launch.cjs'))];
const inputs = Object.fromEntries(
  VERBS.map((verb) => [verb, [...new Set([...own(verb), ...(verb === 'check' ? own('report-docx') : []), ...(verb === 'serve' ? [...own('document-worker'), ...own('check')] : []), ...always])].sort()]),
);
const info = { builtAt: started, node: process.versions.node, verbs: VERBS.filter((v) => v !== 'help'), inputs };
await writeFile(join(staging, 'build-info.json'), `${JSON.stringify(info, null, 1)}\n`);
const sources = new Set(Object.values(inputs).flat()).size;

if (!values['no-cache']) {
  await warmCaches(staging);
}

// Swap the new bundle in: the old one is moved aside first, then the new one takes its place.
const old = join(scratch, `old-${process.pid}`);
let hadOld = true;
try {
  await rename(outdir, old);
} catch {
  hadOld = false;
}
await rename(staging, outdir);
if (hadOld) {
  await rm(old, { recursive: true, force: true });
}
await rmdir(scratch).catch(() => undefined); // only when no other build is staging there

if (!values.quiet) {
  const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
  const shown = relative(process.cwd(), outdir) || '.';
  console.log(`build-cli: ${shown} (${Object.keys(result.metafile.outputs).length} tệp, ${Math.round(bytes / 1024)} KB, ${sources} tệp nguồn) trong ${Date.now() - started} ms.`);
}

/**
 * Runs each verb's bundle on sample documents (a plan from a template, its .docx, a short text), then
 * writes its code cache. Quiet: the runs write into a temporary folder and print nothing.
 */
async function warmCaches(dist) {
  const { loadBundle } = await import('../packages/kehoach-cli/launch.cjs');
  const work = await mkdtemp(join(tmpdir(), 'kehoach-build-'));
  const io = { out: () => undefined, err: () => undefined, cwd: work, errIsTTY: false };
  await writeFile(join(work, 'mau.txt'), SAMPLE_TEXT);
  const runs = {
    help: [['--help']],
    templates: [['templates']],
    new: [['new', '--template', 'ke-hoach-trien-khai', '-o', 'mau.kehoach', '--agency', 'ỦY BAN NHÂN DÂN TỈNH BẮC GIANG', '--place', 'Bắc Giang']],
    export: [['export', 'mau.kehoach', '-o', 'mau.docx'], ['export', 'mau.txt', '-o', 'mau-txt.docx']],
    import: [['import', 'mau.docx', '-o', 'mau-docx.kehoach'], ['import', 'mau.txt', '-o', 'mau-txt.kehoach']],
    check: [['check', 'mau.docx'], ['check', 'mau.txt', '--json'], ['check', 'mau.kehoach', '--format', 'html']],
  };
  // The staging folder is not where the bundle will live: name the templates folder outright.
  const templatesBefore = process.env.KEHOACH_TEMPLATES_DIR;
  process.env.KEHOACH_TEMPLATES_DIR ??= join(root, 'templates');
  const failed = [];
  try {
    for (const [verb, argvs] of Object.entries(runs)) {
      const bundle = loadBundle(dist, verb);
      for (const argv of argvs) {
        if ((await bundle.main(argv, io)) > 1) {
          failed.push(argv.join(' '));
        }
      }
      bundle.saveCache(true);
    }
    if (failed.length > 0) {
      console.error(`build-cli: lượt chạy làm nóng không thành: ${failed.join('; ')}.`);
    }
    // The web host is only loaded (starting it would open a port): its cache holds the top level.
    loadBundle(dist, 'serve').saveCache(true);
  } catch (error) {
    console.error(`build-cli: bỏ qua bộ nhớ đệm mã (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`);
  } finally {
    if (templatesBefore === undefined) {
      delete process.env.KEHOACH_TEMPLATES_DIR;
    }
    await rm(work, { recursive: true, force: true });
  }
}
