/**
 * Benchmark (issue 5): import and check of a 100-page .docx, side by side with python-docx opening the
 * same file. Files: the project's own export of a generated 100-page plan, and the same file re-saved
 * by LibreOffice (richer XML, as real files are) when soffice is present. Reports in-process medians
 * (10 warm-up runs, median of 15) and whole-process wall times, and their ratios.
 * Run: npx tsx bench/docx-import.ts [pages]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { writeDocx } from '../core/docx/index';
import { readDocxFacts } from '../core/docx/reader/index';
import { importDocx } from '../core/import/index';
import { checkDocument } from '../core/rules/index';
import { generatePlan } from './generate-plan';
import { measure, ms } from './timing';

const PYTHON = '/usr/bin/python3';
const root = fileURLToPath(new URL('..', import.meta.url));

function wall(command: string, args: readonly string[], runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(command, args, { cwd: root, stdio: 'ignore' });
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`${command} ${args.join(' ')} failed with ${result.status}`);
    }
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

function resaveWithLibreOffice(file: string): string | null {
  const out = join(dirname(file), 'lo');
  const result = spawnSync('soffice', [`-env:UserInstallation=file://${join(dirname(file), 'profile')}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, file], { stdio: 'ignore' });
  const saved = join(out, basename(file));
  return result.status === 0 && existsSync(saved) ? saved : null;
}

async function benchFile(label: string, file: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(file));
  const read = await importDocx(bytes);
  if (!read.ok || !read.value[0]) {
    throw new Error(read.ok ? 'no document' : read.error.message);
  }
  const doc = read.value[0];
  const findings = checkDocument(doc, { profiles: [] }).findings;
  const facts = await measure(() => readDocxFacts(bytes), 10, 15);
  const importCheck = await measure(async () => {
    const r = await importDocx(bytes);
    if (r.ok && r.value[0]) {
      checkDocument(r.value[0], { profiles: [] });
    }
  }, 10, 15);
  const pyScript = 'import docx,sys,time,io\nd=open(sys.argv[1],"rb").read()\nt=[]\nfor i in range(25):\n s=time.perf_counter(); docx.Document(io.BytesIO(d)); t.append((time.perf_counter()-s)*1000)\nt=sorted(t[10:]); print(t[len(t)//2])';
  const py = Number(execFileSync(PYTHON, ['-c', pyScript, file]).toString().trim());
  const python = wall(PYTHON, ['-c', 'import docx,sys; docx.Document(sys.argv[1])', file]);
  const ours = wall(process.execPath, [join(root, 'packages/kehoach-cli/kehoach.cjs'), 'check', file, '--json']);
  console.log(`\n${label}: ${(bytes.length / 1024).toFixed(0)} KB, ${doc.formatting?.paragraphs.length ?? 0} paragraphs, ${findings.length} findings`);
  console.log(`  in-process     read facts ${ms(facts.median)} | import + check ${ms(importCheck.median)} | python-docx Document() ${ms(py)} | ratio ${(importCheck.median / py).toFixed(1)}`);
  console.log(`  whole process  kehoach check --json ${ms(ours)} | python3 -c "docx.Document(f)" ${ms(python)} | ratio ${(ours / python).toFixed(1)}`);
}

async function main(): Promise<void> {
  const pages = Number(process.argv[2] ?? 100);
  const file = join(mkdtempSync(join(tmpdir(), 'kehoach-bench-')), `plan-${pages}.docx`);
  writeFileSync(file, await writeDocx(generatePlan(pages)));
  console.log(`${pages}-page plan; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  await benchFile('writeDocx export', file);
  const resaved = resaveWithLibreOffice(file);
  if (resaved) {
    await benchFile('same file re-saved by LibreOffice', resaved);
  }
}

await main();
