/**
 * Reviewer mode shows the Word file as it is (issue 11 point 4): its own fonts and sizes, the date and
 * number as written, lines only where the file draws them, its appendix table; a click on a finding marks
 * exactly the paragraph it is about; "Nhập thành kế hoạch mới" then shows the plan the app would write.
 * Three corpus files (a plan with an appendix table, a công văn whose letterhead lines are typed
 * characters, a notice set in Calibri Light) are screenshotted beside LibreOffice's render of the same file
 * (docs/screenshots/review-asis-<n>.png and review-asis-<n>-libreoffice.png).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { hasSoffice } from '../helpers/docx-render';
import { expect, test } from './fixtures';

const OUT = 'docs/screenshots';
const CORPUS = 'test/fixtures/corpus';
const FILES = {
  appendix: '101_laocai-sct-kh-3024-sinquyen.docx',
  typedLines: '109_laocai-sct-cv-capnhat-hoachat.docx',
  calibri: '147_laocai-vp-tb-ketluan-ccn.docx',
} as const;

/** LibreOffice's page 1 of a file at 60 dpi, copied to `target`; false when soffice is missing. */
function libreOfficePage(file: string, dir: string, target: string): boolean {
  if (!hasSoffice) {
    return false;
  }
  const profile = `file://${join(dir, 'lo-profile')}`;
  spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 120_000 });
  const pdf = join(dir, file.replace(/^.*\//u, '').replace(/\.docx$/u, '.pdf'));
  spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'lo-page-1')]);
  const png = join(dir, 'lo-page-1.png');
  if (!existsSync(png)) {
    return false;
  }
  copyFileSync(png, target);
  return true;
}

/** Opens a corpus file for review and waits for the file's own sheet. */
async function openForReview(page: Page, gallery: { open(url: string): Promise<void>; openFile(path: string): Promise<void> }, url: string, name: string): Promise<void> {
  await gallery.open(url);
  await gallery.openFile(join(CORPUS, name));
  await expect(page.getByText('Chế độ kiểm tra (chỉ đọc)')).toBeVisible();
  await expect(page.locator('.sheet--file').first()).toBeVisible();
}

/** Screenshot of the first page's height of the file's first sheet, and LibreOffice's page 1 beside it. */
async function screenshots(page: Page, n: number, name: string, dir: string): Promise<void> {
  const sheet = page.locator('.sheet--file').first();
  // The page's proportions from the file's own page size (CSS px of the unzoomed sheet).
  const ratio = await sheet.evaluate((el) => parseFloat(getComputedStyle(el).minHeight) / parseFloat(getComputedStyle(el).width));
  await page.setViewportSize({ width: 1440, height: 2200 });
  await sheet.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const box = await sheet.boundingBox();
  if (box) {
    await page.screenshot({ path: join(OUT, `review-asis-${n}.png`), clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, box.width * ratio) } });
  }
  libreOfficePage(join(CORPUS, name), dir, join(OUT, `review-asis-${n}-libreoffice.png`));
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('a plan with an appendix table: the date and number as written, the appendix table as read, a finding marks its one paragraph', async ({
  host,
  gallery,
  page,
}, testInfo) => {
  await mkdir(testInfo.outputDir, { recursive: true });
  await openForReview(page, gallery, host.url, FILES.appendix);
  const sheet = page.locator('.sheet--file').first();
  // The header lines as the file writes them: the văn thư's blanks kept, no "Số:" or date the app would write.
  await expect(sheet.locator('[data-field="date"]')).toHaveText(/^ *Lào Cai, +ngày {3,}tháng 5 năm 2026$/u);
  await expect(sheet.locator('[data-field="number"]')).toHaveText(/^ *Số: {3,}\/KH-SCT$/u);
  // No sheet of the app's own: no letterhead grid, no title rule, no model appendix sheet shown.
  await expect(page.locator('.sheet .letterhead, .sheet .rule')).toHaveCount(0);
  await expect(page.locator('.appendix-sheet:visible')).toHaveCount(0);
  // The appendix table is there as read, in the file's own section.
  await expect(page.locator('.sheet--file .file-table .doc-table').first()).toBeVisible();
  await expect(page.locator('.sheet--file', { hasText: 'PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC KIỂM TRA' })).toHaveCount(1);

  await screenshots(page, 1, FILES.appendix, testInfo.outputDir);

  // A finding with a source line: the click marks exactly one paragraph, the one of that line, in view.
  const findings = page.getByRole('region', { name: 'Kiểm tra thể thức' }).locator('li.finding', { hasText: /dòng \d+/u });
  await expect(findings.first()).toBeVisible();
  const item = findings.last();
  const line = /dòng (\d+)/u.exec((await item.locator('.finding__basis').textContent()) ?? '')?.[1] ?? '';
  await item.locator('.finding__main').click();
  const marked = page.locator('.revealed');
  await expect(marked).toHaveCount(1);
  await expect(marked).toHaveAttribute('data-line', line);
  await expect(marked).toBeInViewport();
  expect(await marked.evaluate((el) => el.tagName)).toBe('P');
  // A finding about one paragraph's format names it by its first words, and marks that paragraph only.
  const named = page.locator('li.finding', { has: page.locator('.finding__where') }).first();
  const words = /“(.*?)…?”/u.exec((await named.locator('.finding__where').textContent()) ?? '')?.[1] ?? '';
  expect(words.length).toBeGreaterThan(3);
  await named.locator('.finding__main').click();
  await expect(page.locator('.revealed')).toHaveCount(1);
  expect(((await page.locator('.revealed').textContent()) ?? '').replace(/\s+/gu, ' ').trim().startsWith(words.replace(/\s+/gu, ' '))).toBe(true);

  // The outline's appendix entry goes to the appendix among the file's own paragraphs.
  await page.getByRole('navigation', { name: 'Dàn ý' }).getByRole('button', { name: /^Phụ lục/iu }).first().click();
  await expect(page.locator('.revealed')).toHaveCount(1);
  await expect(page.locator('.revealed')).toBeInViewport();
  // (this file's appendix has no "Phụ lục" line: its first paragraph is the title)
  await expect(page.locator('.revealed')).toContainText('PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC KIỂM TRA');

  // "Nhập thành kế hoạch mới": the plan as the app writes it, letterhead and all, to edit.
  await page.getByRole('button', { name: 'Nhập thành kế hoạch mới' }).click();
  await expect(page.locator('.sheet--file')).toHaveCount(0);
  await expect(page.locator('.sheet .letterhead')).toBeVisible();
  await expect(page.getByText('Chế độ kiểm tra (chỉ đọc)')).toHaveCount(0);
});

test('a công văn whose letterhead lines are typed characters: no drawn line the file does not have; its phiếu as .docx', async ({ host, gallery, page }, testInfo) => {
  await mkdir(testInfo.outputDir, { recursive: true });
  await openForReview(page, gallery, host.url, FILES.typedLines);
  const sheet = page.locator('.sheet--file').first();
  await expect(sheet.locator('.file-drawn-line')).toHaveCount(0);
  await expect(sheet.locator('.file-p').filter({ hasText: /^[_-]{5,}$/u }).first()).toBeVisible();
  await screenshots(page, 2, FILES.typedLines, testInfo.outputDir);

  // The phiếu as .docx, next to "In phiếu kiểm tra": a Word file (a zip) named after the file.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải phiếu (.docx)' }).click();
  const saved = await download;
  const bytes = readFileSync((await saved.path()) ?? '');
  expect([saved.suggestedFilename(), bytes.subarray(0, 2).toString('latin1'), bytes.includes(Buffer.from('word/document.xml'))]).toEqual([
    'phieu-kiem-tra-109_laocai-sct-cv-capnhat-hoachat.docx',
    'PK',
    true,
  ]);
});

test('a notice set in Calibri Light: the page shows the file’s own font family and size', async ({ host, gallery, page }, testInfo) => {
  await mkdir(testInfo.outputDir, { recursive: true });
  await openForReview(page, gallery, host.url, FILES.calibri);
  // A body paragraph of the file: Calibri Light 14 pt (18.67 px) as computed by the browser.
  const para = page.locator('.sheet--file .file-p', { hasText: /^.{80,}$/u }).first();
  const style = await para.locator('span').first().evaluate((el) => {
    const s = getComputedStyle(el);
    return { family: s.fontFamily, size: Math.round(parseFloat(s.fontSize) * 100) / 100 };
  });
  expect([style.family.startsWith('"Calibri Light"'), style.size]).toEqual([true, 18.67]);
  // The editor's own page font is not used for that paragraph.
  const sheetFont = await page.locator('.sheet--file').first().evaluate((el) => getComputedStyle(el).fontFamily);
  expect(sheetFont.includes('Calibri')).toBe(false);
  // Its letterhead table is wider than the text (w:tblInd -993, grid 10490 twips): it reaches 993 twips (66.2 px)
  // into the left margin and 425 twips (28.3 px) into the right one, inside the page as in Word.
  const edges = await page.locator('.sheet--file').first().evaluate((sheet) => {
    const box = sheet.getBoundingClientRect();
    const pad = parseFloat(getComputedStyle(sheet).paddingLeft);
    const padRight = parseFloat(getComputedStyle(sheet).paddingRight);
    const head = sheet.querySelector('.file-layout')?.getBoundingClientRect();
    return head ? [Math.round(box.left + pad - head.left), Math.round(head.right - (box.right - padRight))] : null;
  });
  expect(edges).toEqual([66, 28]);
  await screenshots(page, 3, FILES.calibri, testInfo.outputDir);
});

test('Word 2010 files (compatibilityMode 11 and 14): each letterhead’s border stands where Word and LibreOffice put it, a cell margin left of its w:tblInd', async ({
  host,
  gallery,
  page,
}, testInfo) => {
  // Left border's distance into the left margin (CSS px): w:tblInd to the text, minus the 108-twip cell margin.
  const cases = [
    ['111_laocai-sct-cv-kiemtra-thucte.docx', 9], // w:tblInd -34: 142 twips into the margin (9.5 px)
    ['135_lamdong-snv-ttr-bc-cchc.docx', 0], // w:tblInd 108: the border on the margin
    ['121_lamdong-cv-cainghien.docx', 7], // floating, no w:tblpX: 108 twips into the margin (7.2 px)
  ] as const;
  await mkdir(testInfo.outputDir, { recursive: true });
  for (const [name, into] of cases) {
    await openForReview(page, gallery, host.url, name);
    const sheet = page.locator('.sheet--file').first();
    const edge = await sheet.evaluate((el) => {
      const head = el.querySelector('.file-layout')?.getBoundingClientRect();
      return head ? Math.round(el.getBoundingClientRect().left + parseFloat(getComputedStyle(el).paddingLeft) - head.left) : null;
    });
    expect([name, edge]).toEqual([name, into]);
    await sheet.screenshot({ path: join(testInfo.outputDir, name.replace(/\.docx$/u, '.png')) });
  }
});
