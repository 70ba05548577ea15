/**
 * Page view and print preview (issue 11): the sheet shows where the exported .docx starts each page and how many
 * pages it has; the print preview draws those pages (numbers from page 2, appendices on their own pages) and has
 * as many pages as LibreOffice's PDF of the export. Screenshots go to docs/screenshots.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializePlan } from '../../core/model/serialize';
import type { PlanDocument } from '../../core/model/plan-document';
import { tablePlan } from '../helpers/docx-plans';
import { hasSoffice } from '../helpers/docx-render';
import { expect, test } from './fixtures';
import { TopBarArea } from './areas/topbar';

const SEEDS = 'test/fixtures/seeds';
const OUT = 'docs/screenshots';
const seed004 = readdirSync(SEEDS).find((f) => f.startsWith('004_'));

/** Renders a .docx with LibreOffice and returns its page count and the PNG of page 1 (null when soffice is missing). */
function render(docx: string, dir: string): { pages: number; png: string } | null {
  if (!hasSoffice) {
    return null;
  }
  const profile = `file://${join(dir, 'lo-profile')}`;
  spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 120_000 });
  const pdf = docx.replace(/\.docx$/u, '.pdf');
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
  spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, join(dir, 'lo')]);
  return { pages: Number(/Pages:\s+(\d+)/u.exec(info)?.[1] ?? '0'), png: join(dir, 'lo') };
}

test('a four-page seed: page boundaries on the sheet, the count under it, and a preview with the PDF’s pages', async ({ host, gallery, page }, testInfo) => {
  expect(seed004, 'seed 004 in test/fixtures/seeds').toBeDefined();
  await mkdir(OUT, { recursive: true });
  await gallery.open(host.url);
  await gallery.openFile(join(SEEDS, seed004 ?? ''));
  const status = page.getByTestId('page-status');
  await expect(status).toContainText(/^\d+ trang/);
  const count = Number(/^(\d+)/u.exec((await status.textContent()) ?? '')?.[1] ?? '0');
  expect(count).toBeGreaterThanOrEqual(3);
  // One boundary per page after the first, each naming the page it starts.
  await expect(page.locator('.sheet .page-break')).toHaveCount(count - 1);
  await expect(page.locator('.sheet .page-break').first()).toContainText('Trang 2');
  await page.locator('.sheet .page-break').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUT, 'page-view.png') });

  // Continuous view hides the boundaries and keeps the count.
  await status.getByLabel('Xem liên tục').check();
  await expect(page.locator('.sheet .page-break')).toHaveCount(0);
  await status.getByLabel('Xem liên tục').uncheck();
  await expect(page.locator('.sheet .page-break')).toHaveCount(count - 1);

  // The export, rendered by LibreOffice, has as many pages as the preview.
  const asked = page.waitForEvent('download');
  await page.keyboard.press('Control+e');
  const download = await new TopBarArea(page).answerExport(asked);
  await mkdir(testInfo.outputDir, { recursive: true });
  const docx = join(testInfo.outputDir, 'seed-004.docx');
  await download.saveAs(docx);

  await page.keyboard.press('Control+p');
  const preview = page.getByRole('dialog', { name: 'Xem trước bản in' });
  await expect(preview.locator('.pp-page')).toHaveCount(count);
  await expect(preview.getByTestId('preview-page-count')).toHaveText(`${count} trang`);
  // No number on page 1; "2" at the top of page 2; the Quốc hiệu on page 1.
  await expect(preview.locator('.pp-page').first().locator('.pp-number')).toHaveCount(0);
  await expect(preview.locator('.pp-page').nth(1).locator('.pp-number')).toHaveText('2');
  await expect(preview.locator('.pp-page').first()).toContainText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  const width = await preview.locator('.pp-page').first().evaluate((el) => el.getBoundingClientRect().width);
  expect(Math.round(width)).toBe(Math.round((11906 / 1440) * 96));
  // Printing prints these pages: Chromium's PDF of the page in print media has as many pages as the preview.
  await page.emulateMedia({ media: 'print' });
  const pdfBytes = await page.pdf({ preferCSSPageSize: true, path: join(testInfo.outputDir, 'printed.pdf') });
  const printed = pdfBytes.toString('latin1').match(/\/Type\s*\/Page(?!s)/gu) ?? [];
  expect(printed.length).toBe(count);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1440, height: 1300 });
  await preview.locator('.pp-page').first().screenshot({ path: join(OUT, 'preview-page-1.png') });
  await preview.locator('.pp-page').nth(1).screenshot({ path: join(OUT, 'preview-page-2.png') });

  const rendered = render(docx, testInfo.outputDir);
  if (rendered) {
    expect(rendered.pages).toBe(count);
    // Side by side: the preview's page and LibreOffice's render of the exported file.
    const side = await page.context().newPage();
    for (const n of [1, 2]) {
      const lo = readdirSync(testInfo.outputDir).find((f) => f === `lo-${n}.png` || f === `lo-0${n}.png`);
      if (lo) {
        const img = (path: string): string => `data:image/png;base64,${readFileSync(path).toString('base64')}`;
        await side.setContent(
          `<body style="margin:0;display:flex;gap:12px;background:#777;padding:12px;font:14px sans-serif;color:#fff">` +
            `<figure style="margin:0"><figcaption>Xem trước (trang ${n})</figcaption><img style="height:842px;background:#fff" src="${img(join(OUT, `preview-page-${n}.png`))}"></figure>` +
            `<figure style="margin:0"><figcaption>LibreOffice, tệp .docx xuất ra (trang ${n})</figcaption><img style="height:842px;background:#fff" src="${img(join(testInfo.outputDir, lo))}"></figure></body>`,
        );
        await side.screenshot({ path: join(OUT, `preview-vs-libreoffice-page-${n}.png`), fullPage: true });
      }
    }
    await side.close();
  }
});

test('a plan with tables and a landscape appendix: appendix pages in the preview, numbered again from 1', async ({ host, gallery, page }, testInfo) => {
  await mkdir(testInfo.outputDir, { recursive: true });
  const file = join(testInfo.outputDir, 'bang-phu-luc.kehoach');
  const doc: PlanDocument = tablePlan(40);
  await writeFile(file, serializePlan(doc));
  await gallery.open(host.url);
  await gallery.openFile(file);
  await expect(page.getByTestId('page-status')).toContainText('trang phụ lục');
  await page.keyboard.press('Control+p');
  const preview = page.getByRole('dialog', { name: 'Xem trước bản in' });
  await expect(preview.locator('.pp-page--landscape').first()).toBeVisible();
  await expect(preview.locator('.pp-table').first()).toBeVisible();
  // Each appendix starts a section: its first page carries no number, its second page "2".
  const first = preview.locator('.pp-page', { hasText: 'Phụ lục II' }).first();
  await expect(first.locator('.pp-number')).toHaveCount(0);
  await first.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUT, 'preview-landscape-appendix.png') });
  expect(readFileSync(file, 'utf8').length).toBeGreaterThan(0);
});


test('reviewer mode: "Kiểm tra bằng bản in" renders the Word file itself and shows its pages', async ({ host, gallery, page }) => {
  test.skip(!hasSoffice, 'LibreOffice is not installed');
  const file = 'test/fixtures/corpus/101_laocai-sct-kh-3024-sinquyen.docx';
  await gallery.open(host.url);
  await gallery.openFile(file);
  await expect(page.getByText('Chế độ kiểm tra (chỉ đọc)')).toBeVisible();
  // The page shows the file's own header lines: the blank day and number as the file leaves them.
  await expect(page.locator('.sheet--file [data-field="date"]')).toHaveText(/^ *Lào Cai, +ngày {3,}tháng 5 năm 2026$/u);
  await expect(page.locator('.sheet--file [data-field="number"]')).toHaveText(/^ *Số: {3,}\/KH-SCT$/u);
  await page.getByRole('button', { name: 'Kiểm tra bằng bản in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kiểm tra bằng bản in' });
  await dialog.getByLabel('Tệp .docx cần dàn trang').setInputFiles(file);
  await expect(dialog.locator('.render-check__summary')).toContainText(/^\d+ trang/, { timeout: 60_000 });
  const pages = Number(/^(\d+)/u.exec((await dialog.locator('.render-check__summary').textContent()) ?? '')?.[1] ?? '0');
  expect(pages).toBeGreaterThan(1);
  await expect(dialog.locator('.render-check__page img')).toHaveCount(pages);
  await page.screenshot({ path: join(OUT, 'render-check.png') });
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await expect(dialog).toBeHidden();
});
