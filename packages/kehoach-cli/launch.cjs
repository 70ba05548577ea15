// How the `kehoach` bin starts: is the bundle in dist/ there and newer than every project file it was
// built from, and how to run one verb's bundle with V8's code cache. Shared by the bin
// (kehoach.cjs) and the build (scripts/build-cli.mjs), which warms the caches.
'use strict';
const { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join, resolve } = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');

/** The file beside the bundle that says what it was built from and when. */
const BUILD_INFO = 'build-info.json';

/**
 * Whether the bundle that runs argv (see bundleFor) can be run for the project at `root`: the build must
 * be there and every project file that bundle was built from must be older than the build's start (a
 * file gone counts as changed, unless the sources are not there at all). Cheap: one small read and one
 * stat per file of that verb.
 * @returns {{ fresh: true, info: BuildInfo, bundle: string } | { fresh: false, note: string }}
 * @typedef {{ builtAt: number, verbs: string[], inputs: Record<string, string[]> }} BuildInfo
 */
function bundleState(root, dist, argv) {
  let info;
  try {
    info = JSON.parse(readFileSync(join(dist, BUILD_INFO), 'utf8'));
  } catch {
    return { fresh: false, note: 'chưa có bản dựng của lệnh (packages/kehoach-cli/dist) nên chạy thẳng mã nguồn qua tsx, chậm hơn; dựng bằng "npm run build:cli".' };
  }
  const bundle = bundleFor(info, argv);
  for (const input of info.inputs[bundle] ?? []) {
    const stats = statSync(join(root, input), { throwIfNoEntry: false });
    if (stats === undefined && !hasSources(root)) {
      // An install without the TypeScript sources: there is nothing the bundle could be older than.
      return { fresh: true, info, bundle };
    }
    if (stats === undefined || stats.mtimeMs > info.builtAt) {
      const why = stats === undefined ? `không còn ${input}` : `${input} mới hơn bản dựng`;
      return { fresh: false, note: `bản dựng của lệnh đã cũ (${why}) nên chạy thẳng mã nguồn qua tsx, chậm hơn; dựng lại bằng "npm run build:cli".` };
    }
  }
  return { fresh: true, info, bundle };
}

/** Whether this is a checkout with the command's sources (the fallback needs them). */
function hasSources(root) {
  return statSync(join(root, 'cli', 'main.ts'), { throwIfNoEntry: false }) !== undefined;
}

/** The bundle that runs argv: its verb's, or the usage-only one for --help, no verb or an unknown verb. */
function bundleFor(info, argv) {
  const verb = argv[0];
  return verb !== undefined && info.verbs.includes(verb) ? verb : 'help';
}

function cacheFile(dist, name) {
  return join(dist, 'cache', `${name}-${process.versions.v8}-${process.arch}.bin`);
}

/**
 * Loads dist/<name>.cjs as a CommonJS module compiled with V8's code cache (dist/cache): the bytecode of
 * every function the last cached run compiled, so a run skips most parsing and compiling. A missing or
 * rejected cache (another Node, other V8 flags) only means a normal compile.
 * `saveCache()` writes a new cache after a run when there was no usable one.
 */
function loadBundle(dist, name) {
  const file = join(dist, `${name}.cjs`);
  const source = readFileSync(file, 'utf8');
  const cachePath = cacheFile(dist, name);
  let cachedData;
  try {
    cachedData = readFileSync(cachePath);
  } catch {
    cachedData = undefined;
  }
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapper, {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  const usable = cachedData !== undefined && !script.cachedDataRejected;
  return {
    main: module.exports.main,
    /** Everything the bundle exports (the check bundle's startWorker, for dist/check-worker.cjs). */
    exports: module.exports,
    cacheUsed: usable,
    saveCache(always = false) {
      if (usable && !always) {
        return;
      }
      try {
        const data = script.createCachedData();
        mkdirSync(dirname(cachePath), { recursive: true });
        const temporary = `${cachePath}.${process.pid}.tmp`;
        writeFileSync(temporary, data);
        renameSync(temporary, cachePath);
      } catch {
        // a read-only install: the command still runs, only without the cache
      }
    },
  };
}

/**
 * V8 settings for a run of the command, set after the bundle is loaded (so its code cache, made with V8's
 * defaults, is still accepted) and put back before a new cache is written (so the cache keeps matching).
 * - Regular expressions compiled straight to machine code (--no-regexp-tier-up): by default each one is
 *   first compiled to bytecode and then, at its second use, compiled again; the checker's Unicode patterns
 *   (\p{L}, case-insensitive Vietnamese) cost much to compile, and a run uses most of them more than once.
 * - For one document (export, import, new, check of one file): no optimizing compiler (--no-opt). Such a
 *   run is over before most optimized code would pay for its compilation, which takes a second thread's
 *   time (on 2 busy cores, the run's too). A batch check and the web host keep it: they run for long.
 * Measured on 2 shared cores (medians of 9-21 interleaved runs): export of seed 000 228 → 162 ms wall,
 * export of 100 pages 553 → 382 ms, check of a 100-page .docx 251 → 200 ms; a batch check of 64 corpus
 * files with --no-opt would be 7% slower (1.81 → 1.93 s), hence only for one document.
 */
const FLAGS = { regexp: ['--no-regexp-tier-up', '--regexp-tier-up'], opt: ['--no-opt', '--opt'] };

/** Options of `check` that take a value (cli/commands/check-command.ts OPTIONS), to find its files. */
const CHECK_VALUE_OPTIONS = new Set(['--profile', '--format', '--output', '-o', '--jobs', '-j', '--reviewer', '--unit']);

/** Whether argv works on one document and ends soon (see FLAGS). */
function isOneDocument(argv, cwd = process.cwd()) {
  const verb = argv[0];
  if (verb === 'export' || verb === 'import' || verb === 'new') {
    return true;
  }
  if (verb !== 'check') {
    return false;
  }
  const files = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('-')) {
      i += CHECK_VALUE_OPTIONS.has(arg) ? 1 : 0;
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) {
    return false;
  }
  try {
    return statSync(resolve(cwd, files[0]), { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    // not a path we can look at (ENOTDIR, EACCES): the command itself says why
    return false;
  }
}

function setFlags(names, on) {
  for (const name of names) {
    v8.setFlagsFromString(FLAGS[name][on ? 0 : 1]);
  }
}

/** Resolves once everything written to the stream so far has been handed to the system. */
function flushed(stream) {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) {
      resolve();
      return;
    }
    stream.write('', () => resolve());
  });
}

/**
 * Runs argv with the named bundle in dist (bundleState's); resolves with the exit status.
 * A run on one document ends the process as soon as its output is out: letting Node tear down the heap and
 * the environment as at a natural end took 5-7 ms after a check of a 100-page .docx (whole-process wall,
 * medians of 6 interleaved runs, 116 → 109 ms). Standard output and error are flushed first, since on
 * pipes outside Linux their writes are asynchronous; files were written and closed before main resolved.
 */
async function runBundle(dist, name, argv) {
  const bundle = loadBundle(dist, name);
  const oneDocument = name !== 'serve' && isOneDocument(argv);
  const flags = name === 'serve' ? [] : oneDocument ? ['regexp', 'opt'] : ['regexp'];
  setFlags(flags, true);
  const code = await bundle.main(argv);
  if (code === 0 || code === 1) {
    setFlags(flags, false);
    bundle.saveCache();
  }
  if (oneDocument) {
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    process.exit(code);
  }
  return code;
}

module.exports = { BUILD_INFO, bundleState, bundleFor, loadBundle, isOneDocument, runBundle };
