/**
 * Deciding before leaving unsaved work (issue 10, point 7): the in-page question offers Lưu, Không lưu
 * and Hủy; Lưu writes the plan under a name made from its kind and trích yếu before leaving it, and
 * the exported .docx is named the same way. Vietnamese is typed through IME composition.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { typeWithIme } from './areas/ime';
import type { SheetArea } from './areas/sheet';
import { startHost } from './host-process';

function question(page: Page) {
  return page.getByRole('dialog', { name: 'Thay đổi chưa lưu' });
}

async function savedPlans(dataDir: string): Promise<string[]> {
  try {
    return (await readdir(join(dataDir, 'documents'))).filter((f) => f.endsWith('.kehoach')).sort();
  } catch {
    return [];
  }
}

/** Types the trích yếu (IME composition, as a Vietnamese keyboard does) and commits it with Enter. */
async function typeSummary(sheet: SheetArea, page: Page, text: string): Promise<void> {
  await sheet.root().getByRole('button', { name: 'Sửa trích yếu' }).click();
  const box = sheet.root().getByLabel('Trích yếu', { exact: true });
  await box.press('Control+a');
  await typeWithIme(page, text);
  await page.keyboard.press('Enter');
}

test('Hủy (and Escape) keeps the unsaved plan open', async ({ host, gallery, sheet, topbar, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await sheet.typeField('Địa danh', 'Cao Bằng');
  await topbar.button('Mới').click();
  await expect(question(page).getByRole('button')).toHaveText(['Lưu', 'Không lưu', 'Hủy']);
  await question(page).getByRole('button', { name: 'Hủy' }).click();
  await expect(question(page)).toHaveCount(0);
  await expect(sheet.dateLine()).toContainText('Cao Bằng');
  await topbar.button('Mới').click();
  await expect(question(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question(page)).toHaveCount(0);
  await expect(sheet.dateLine()).toContainText('Cao Bằng');
  await expect(topbar.fileName()).toHaveText('Kế hoạch mới •');
  expect(await savedPlans(host.dataDir)).toEqual([]);
});

test('Không lưu leaves the plan without writing it', async ({ host, gallery, sheet, topbar, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await sheet.typeField('Địa danh', 'Hà Giang');
  await topbar.button('Mới').click();
  await question(page).getByRole('button', { name: 'Không lưu' }).click();
  await gallery.cards().first().waitFor();
  await expect(topbar.fileName()).toHaveCount(0);
  expect(await savedPlans(host.dataDir)).toEqual([]);
});

test('Lưu writes the plan under its kind and trích yếu, then leaves it', async ({ host, gallery, sheet, topbar, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await typeSummary(sheet, page, 'Triển khai Chỉ thị số 25');
  await sheet.typeField('Địa danh', 'Lạng Sơn');
  await topbar.button('Mới').click();
  await question(page).getByRole('button', { name: 'Lưu', exact: true }).click();
  await gallery.cards().first().waitFor();
  expect(await savedPlans(host.dataDir)).toEqual(['Ke-hoach-Trien-khai-Chi-thi-so-25.kehoach']);
  await expect(topbar.notice()).toContainText('Đã lưu "Ke-hoach-Trien-khai-Chi-thi-so-25.kehoach"');
});

test('the notices of the plan left behind are cleared when another plan opens', async ({ host, gallery, topbar, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await page.getByLabel('Ban hành bởi', { exact: true }).selectOption({ label: 'Chủ tịch (cá nhân)' });
  await expect(topbar.notice()).toContainText('Ban hành bởi');
  await topbar.button('Mới').click();
  await question(page).getByRole('button', { name: 'Không lưu' }).click();
  await gallery.newFromTemplate('cong-van');
  await expect(topbar.fileName()).toBeVisible();
  await expect(topbar.notice()).toHaveCount(0);
});

test('the exported .docx of a new plan is named after its kind and trích yếu', async ({ host, gallery, sheet, topbar, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await typeSummary(sheet, page, 'Triển khai Chỉ thị số 25');
  const download = await topbar.exportDocx();
  expect(download.suggestedFilename()).toBe('Ke-hoach-Trien-khai-Chi-thi-so-25.docx');
});

test('a new công văn is exported as a công văn, not "Kế hoạch mới"', async ({ host, gallery, topbar }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('cong-van');
  const download = await topbar.exportDocx();
  expect(download.suggestedFilename()).toMatch(/^Cong-van(-[A-Za-z0-9]+)*\.docx$/u);
});

test('after recovering a draft of a saved plan, Ctrl+S saves over the file it came from', async ({ host, dataDir, gallery, sheet, topbar, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await topbar.save();
  const before = await savedPlans(dataDir);
  expect(before).toHaveLength(1);
  await sheet.typeField('Địa danh', 'Tân Tiến');
  await page.waitForResponse((r) => r.url().endsWith('/host/autosave') && r.ok(), { timeout: 10_000 });
  await host.kill();

  const again = await startHost(dataDir);
  try {
    await page.goto(again.url);
    await gallery.restoreFirst();
    await expect(sheet.dateLine()).toContainText('Tân Tiến');
    await topbar.save();
    expect(await savedPlans(dataDir)).toEqual(before);
    const saved = await readFile(join(dataDir, 'documents', before[0] ?? ''), 'utf8');
    expect(saved).toContain('Tân Tiến');
    await expect(topbar.fileName()).toHaveText(before[0] ?? '');
  } finally {
    await again.stop();
  }
});

test('exporting with errors still open lists them and asks once', async ({ host, gallery, sheet, topbar, checks, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await sheet.fillRecipients(['Thường trực Huyện ủy', 'Các phòng, ban chuyên môn']);
  await expect(checks.finding('recipients.archive')).toHaveCount(1);
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await topbar.button('Xuất .docx').click();
  const question = topbar.exportQuestion();
  await expect(question.getByRole('listitem').first()).toBeVisible();
  await expect(question).toContainText('Lưu');
  await question.getByRole('button', { name: 'Hủy, để sửa' }).click();
  await expect(question).toHaveCount(0);
  expect(downloads).toBe(0);

  const first = page.waitForEvent('download');
  await topbar.button('Xuất .docx').click();
  await question.getByRole('button', { name: 'Vẫn xuất' }).click();
  await topbar.fileNameQuestion().getByRole('button', { name: 'Xuất', exact: true }).click();
  await first;
  // The same errors again: no second question, only the file name.
  const second = page.waitForEvent('download');
  await topbar.button('Xuất .docx').click();
  await topbar.fileNameQuestion().getByRole('button', { name: 'Xuất', exact: true }).click();
  await second;
  await expect(question).toHaveCount(0);
  expect(downloads).toBe(2);
});

test('"Lưu thành…" asks the file name in the page, offering the kind and trích yếu', async ({ host, gallery, sheet, topbar, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await typeSummary(sheet, page, 'Phòng chống thiên tai năm 2026');
  await topbar.button('Lưu thành…').click();
  const field = topbar.fileNameQuestion().getByLabel('Tên tệp');
  await expect(field).toHaveValue('Ke-hoach-Phong-chong-thien-tai-nam-2026.kehoach');
  await page.keyboard.press('Escape');
  expect(await savedPlans(host.dataDir)).toEqual([]);
  await topbar.button('Lưu thành…').click();
  await field.press('Control+a');
  await page.keyboard.type('thien-tai-2026');
  await page.keyboard.press('Enter');
  await expect(topbar.notice()).toContainText('Đã lưu');
  expect(await savedPlans(host.dataDir)).toEqual(['thien-tai-2026.kehoach']);
  await expect(topbar.fileName()).toHaveText('thien-tai-2026.kehoach');
});

test('the exported .docx takes the name typed in the page', async ({ host, gallery, topbar, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-nam');
  const download = page.waitForEvent('download');
  await topbar.button('Xuất .docx').click();
  const errors = topbar.exportQuestion();
  const name = topbar.fileNameQuestion();
  await expect(errors.or(name)).toBeVisible();
  if (await errors.isVisible()) {
    await errors.getByRole('button', { name: 'Vẫn xuất' }).click();
  }
  await name.getByLabel('Tên tệp').fill('ke-hoach-cong-tac-2026');
  await name.getByRole('button', { name: 'Xuất', exact: true }).click();
  expect((await download).suggestedFilename()).toBe('ke-hoach-cong-tac-2026.docx');
});
