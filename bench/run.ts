/**
 * `npm run bench`: times import (from the plan's text and from its exported .docx), check and .docx export of
 * generated plans of 10, 50 and 100 pages with one data table per 5 pages (20 at 100 pages, two of them in the
 * appendices) and two appendices (Phụ lục II landscape), in-process (3 warm-up runs, then the median of 9), and
 * prints a table. Targets: export of 100 pages under 300 ms, check under 20 ms. A plan that does not read back
 * stops the run with an error.
 */
import { cpus, loadavg } from 'node:os';
import { writeDocx } from '../core/docx/index';
import { importDocx, importText } from '../core/import/index';
import type { PlanDocument } from '../core/model/plan-document';
import { allTables, flattenBlocks } from '../core/model/walk';
import { checkDocument } from '../core/rules/index';
import { loadTemplateCatalogue } from '../electron/services/templates/template-catalogue';
import { generatePlan } from './generate-plan';
import { planText } from './plan-text';
import { measure, ms, type Timing } from './timing';

const PAGES = [10, 50, 100] as const;
const TARGET_EXPORT_MS = 300;
const TARGET_CHECK_MS = 20;

type Row = {
  readonly pages: number;
  readonly textKb: number;
  readonly chars: number;
  readonly blocks: number;
  /** Tables and appendices of the generated plan, and as read back from its text and its .docx ("20+2"). */
  readonly parts: string;
  readonly importMs: Timing;
  readonly importDocxMs: Timing;
  readonly checkMs: Timing;
  readonly checkDocxMs: Timing;
  readonly findings: number;
  readonly exportMs: Timing;
  readonly docxKb: number;
};

function partsOf(doc: PlanDocument): string {
  return `${allTables(doc).length}+${doc.appendices.length}`;
}

async function benchSize(pages: number, profiles: Parameters<typeof checkDocument>[1]['profiles']): Promise<Row> {
  const generated = generatePlan(pages, { tables: Math.round(pages / 5), appendices: true });
  const text = planText(generated);
  const importMs = await measure(() => importText(text));
  const imported = importText(text);
  if (!imported.ok || imported.value[0] === undefined) {
    throw new Error(`the generated ${pages}-page plan does not read back from its text: ${imported.ok ? 'no document' : imported.error.code}`);
  }
  // Check what a reviewer would check: the plan as read from its text.
  const doc = imported.value[0];
  const checkMs = await measure(() => checkDocument(doc, { profiles }));
  const findings = checkDocument(doc, { profiles }).findings.length;
  const exportMs = await measure(() => writeDocx(generated));
  const bytes = await writeDocx(generated);
  const importDocxMs = await measure(() => importDocx(bytes));
  const fromDocx = await importDocx(bytes);
  if (!fromDocx.ok || fromDocx.value[0] === undefined) {
    throw new Error(`the exported ${pages}-page plan does not read back: ${fromDocx.ok ? 'no document' : fromDocx.error.code}`);
  }
  const docxDoc = fromDocx.value[0];
  // The .docx brings formatting facts, so every format rule runs: the heavier check.
  const checkDocxMs = await measure(() => checkDocument(docxDoc, { profiles }));
  return {
    pages,
    textKb: Buffer.byteLength(text, 'utf8') / 1024,
    chars: text.length,
    blocks: flattenBlocks(generated.body).length,
    parts: `${partsOf(generated)} → ${partsOf(doc)} / ${partsOf(docxDoc)}`,
    importMs,
    importDocxMs,
    checkMs,
    checkDocxMs,
    findings,
    exportMs,
    docxKb: bytes.length / 1024,
  };
}

function cell(t: Timing): string {
  return `${ms(t.median)} (min ${t.min.toFixed(1)}, CPU ${t.cpuMedian.toFixed(1)})`;
}

function printTable(rows: readonly Row[]): void {
  const header = [
    'trang',
    'văn bản (UTF-8)',
    'ký tự/trang',
    'khối',
    'bảng+phụ lục (mẫu → đọc .txt / .docx)',
    'nhập .txt: trung vị (min, CPU)',
    'nhập .docx',
    'kiểm tra (.txt)',
    'kiểm tra (.docx)',
    'phát hiện',
    'xuất .docx',
    '.docx',
  ];
  const body = rows.map((r) => [
    String(r.pages),
    `${r.textKb.toFixed(0)} KB`,
    String(Math.round(r.chars / r.pages)),
    String(r.blocks),
    r.parts,
    cell(r.importMs),
    cell(r.importDocxMs),
    cell(r.checkMs),
    cell(r.checkDocxMs),
    String(r.findings),
    cell(r.exportMs),
    `${r.docxKb.toFixed(0)} KB`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cols: readonly string[]): string => `| ${cols.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of body) {
    console.log(line(row));
  }
}

function verdict(rows: readonly Row[]): void {
  const largest = rows.find((r) => r.pages === 100);
  const say = (name: string, t: Timing | undefined, target: number): string =>
    t
      ? `${name} 100 trang: trung vị ${ms(t.median)}, min ${ms(t.min)}, CPU ${ms(t.cpuMedian)} (mục tiêu < ${target} ms: ${t.median < target ? 'đạt' : t.cpuMedian < target ? 'đạt theo thời gian CPU, máy đang bận' : 'CHƯA ĐẠT'})`
      : `${name}: chưa đo được`;
  console.log(say('Xuất', largest?.exportMs, TARGET_EXPORT_MS));
  console.log(say('Kiểm tra', largest?.checkMs, TARGET_CHECK_MS));
  console.log(say('Kiểm tra (.docx)', largest?.checkDocxMs, TARGET_CHECK_MS));
}

async function run(): Promise<void> {
  const catalogue = await loadTemplateCatalogue();
  const load = loadavg()[0] ?? 0;
  console.log(`Node ${process.version}, ${cpus().length} nhân ${cpus()[0]?.model ?? ''}, tải máy ${load.toFixed(1)}; 3 lần khởi động, trung vị của 9 lần đo.`);
  if (load > cpus().length) {
    console.log('Máy đang bận (tải lớn hơn số nhân): kết quả dao động, xem thêm giá trị min.');
  }
  const rows: Row[] = [];
  for (const pages of PAGES) {
    rows.push(await benchSize(pages, catalogue.profiles));
  }
  printTable(rows);
  verdict(rows);
}

await run();
