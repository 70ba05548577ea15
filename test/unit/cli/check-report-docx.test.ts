/**
 * `kehoach check --format docx -o phieu.docx`: the phiếu kiểm tra thể thức as a Word file, with the same
 * verdict and findings as the HTML report, the reviewer's block as named, and the misuses refused.
 */
import { copyFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasSoffice, pageSizes, renderPdf } from '../../helpers/docx-render';
import { runCli } from '../../helpers/cli-run';

const FIXTURE = new URL('../../fixtures/corpus/01_lamdong-kh-cchc-2026.docx', import.meta.url);
const TEXT_FIXTURE = new URL('../../fixtures/corpus/16_bentre-kh-7822-2021-excerpt.txt', import.meta.url);

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-phieu-docx-'));
  await copyFile(FIXTURE, join(dir, 'kh.docx'));
  await copyFile(TEXT_FIXTURE, join(dir, 'kh.txt'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The text of each paragraph of word/document.xml (runs joined), in order. */
async function paragraphs(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/gu)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)]
      .map((t) => t[1] ?? '')
      .join('')
      .replace(/&quot;/gu, '"')
      .replace(/&apos;/gu, "'")
      .replace(/&lt;/gu, '<')
      .replace(/&gt;/gu, '>')
      .replace(/&amp;/gu, '&'),
  );
}

/** The text of an HTML report, tags dropped and spaces folded. */
function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/gu, ' ')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/&nbsp;/gu, ' ')
    .replace(/\s+/gu, ' ');
}

describe('kehoach check --format docx', () => {
  it('writes a Word phiếu with the verdict and counts of the HTML report and the reviewer named', async () => {
    const docxRun = await runCli(['check', 'kh.docx', '--format', 'docx', '-o', 'phieu.docx', '--reviewer', 'Trần Thị Bình', '--unit', 'Phòng Hành chính'], dir);
    const htmlRun = await runCli(['check', 'kh.docx', '--format', 'html'], dir);
    const json = JSON.parse((await runCli(['check', 'kh.docx', '--json'], dir)).out) as { documents: { findings: { message: string; severity: string }[] }[] };
    const findings = json.documents.flatMap((d) => d.findings);
    const errors = findings.filter((f) => f.severity === 'error').length;
    const lines = await paragraphs(join(dir, 'phieu.docx'));
    const verdictLine = lines.find((l) => l.startsWith('Kết luận: ')) ?? '';
    const html = htmlText(htmlRun.out);
    // The verdict word and its counts are those of the HTML phiếu.
    const counts = /\(([^)]*)\)$/u.exec(verdictLine)?.[1] ?? '';
    expect([docxRun.code, docxRun.err, docxRun.out, htmlRun.code]).toEqual([errors > 0 ? 1 : 0, '', '', docxRun.code]);
    expect(verdictLine).toMatch(errors > 0 ? /^Kết luận: CẦN SỬA \(.+\)$/u : /^Kết luận: ĐẠT \(.+\)$/u);
    expect([counts.length > 0, html.includes(counts)]).toEqual([true, true]);
    // Every finding's message is in the table, once per finding.
    const text = lines.join('\n');
    expect(findings.filter((f) => !text.includes(f.message.normalize('NFC'))).map((f) => f.message)).toEqual([]);
    // The reviewer's block: title, name (twice: the left field and under the signature), unit.
    expect([
      lines.includes('PHIẾU KIỂM TRA THỂ THỨC VĂN BẢN'),
      lines.includes('NGƯỜI KIỂM TRA'),
      lines.filter((l) => l === 'Trần Thị Bình').length,
      lines.includes('Phòng Hành chính'),
      lines.includes('Họ và tên người kiểm tra:'),
    ]).toEqual([true, true, 2, true, true]);
  });

  it('leaves dotted lines to sign by hand when no reviewer is named, and reads a .txt too', async () => {
    const run = await runCli(['check', 'kh.txt', '--format', 'docx', '-o', 'phieu-txt.docx'], dir);
    const lines = await paragraphs(join(dir, 'phieu-txt.docx'));
    const after = (label: string): string => lines[lines.indexOf(label) + 1] ?? '';
    expect([run.err, after('Họ và tên người kiểm tra:').startsWith('……'), after('Đơn vị:').startsWith('……'), lines.some((l) => l.startsWith('Kết luận: '))]).toEqual([
      '',
      true,
      true,
      true,
    ]);
  });

  it('refuses a .docx phiếu without -o, for several files, and over an existing file without --force', async () => {
    const noOutput = await runCli(['check', 'kh.docx', '--format', 'docx'], dir);
    const several = await runCli(['check', 'kh.docx', 'kh.txt', '--format', 'docx', '-o', 'x.docx'], dir);
    await runCli(['check', 'kh.docx', '--format', 'docx', '-o', 'twice.docx'], dir);
    const before = (await stat(join(dir, 'twice.docx'))).size;
    const again = await runCli(['check', 'kh.docx', '--format', 'docx', '-o', 'twice.docx'], dir);
    expect([noOutput.code, noOutput.err.split('\n')[0], several.code, several.err.split('\n')[0], again.code, again.err.trim()]).toEqual([
      2,
      'kehoach: phiếu .docx cần tên tệp để ghi: thêm -o <tệp.docx>.',
      2,
      'kehoach: phiếu .docx được ghi cho từng tệp một; nhiều tệp hãy dùng --format html hoặc csv.',
      2,
      'kehoach: Tệp "twice.docx" đã có; thêm --force để ghi đè.',
    ]);
    expect((await stat(join(dir, 'twice.docx'))).size).toBe(before);
  });

  it.skipIf(!hasSoffice)('opens in LibreOffice: an A4 phiếu with "Trang 1/N" at the foot', async () => {
    await runCli(['check', 'kh.docx', '--format', 'docx', '-o', 'render.docx', '--force'], dir);
    const rendered = renderPdf(join(dir, 'render.docx'));
    const total = rendered.pages.length;
    const a4 = pageSizes(rendered.path).every((p) => Math.abs(p.width - 595) < 2 && Math.abs(p.height - 842) < 2);
    expect([total > 0, a4, rendered.pages[0]?.includes('PHIẾU KIỂM TRA THỂ THỨC VĂN BẢN'), rendered.pages[0]?.includes(`Trang 1/${total}`), rendered.pages.at(-1)?.includes('NGƯỜI KIỂM TRA')]).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });
});
