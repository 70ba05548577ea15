/**
 * Print preview (Ctrl+P) shows the pages as exported, without editing affordances; shortcuts reach
 * the same commands as the top bar.
 */
import { expect, test } from './fixtures';

test('Ctrl+P opens the print preview of the page, without edit buttons or guidance, and Escape closes it', async ({ host, gallery, sheet, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await sheet.editField('Địa danh', 'Tuyên Quang');
  await page.keyboard.press('Control+p');
  const preview = page.getByRole('dialog', { name: 'Xem trước bản in' });
  await expect(preview).toBeVisible();
  await expect(preview.locator('.pp-page').first()).toContainText('Tuyên Quang, ngày');
  await expect(preview.getByRole('button', { name: /^Sửa / })).toHaveCount(0);
  // Guidance is never exported, so the pages (drawn from the export's layout) do not show it.
  await expect(preview.locator('.pp-page').last()).toContainText('./.');
  const width = await preview.locator('.pp-page').first().evaluate((el) => el.getBoundingClientRect().width);
  expect(Math.round(width)).toBe(Math.round((210 / 25.4) * 96));
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
});

test('Ctrl+E exports and Ctrl+S saves, as the top bar buttons do', async ({ host, gallery, topbar, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-nam');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+e');
  // Errors still open are asked about, then the web host asks the name: keep going with the defaults.
  await expect(topbar.exportQuestion().or(topbar.fileNameQuestion())).toBeVisible();
  if (await topbar.exportQuestion().isVisible()) {
    await topbar.exportQuestion().getByRole('button', { name: 'Vẫn xuất' }).click();
  }
  await topbar.fileNameQuestion().getByRole('button', { name: 'Xuất', exact: true }).click();
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);
  await topbar.save();
  await expect(topbar.fileName()).toHaveText(/\.kehoach$/);
});
