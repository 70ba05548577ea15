/**
 * Save (.kehoach in the web host's documents folder), then reopen from recent files and by upload.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('a saved plan reopens from recent files with everything typed into it', async ({ host, gallery, sheet, topbar, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await sheet.editField('Cơ quan ban hành', 'Ủy ban nhân dân\ntỉnh Bắc Giang');
  await sheet.editField('Địa danh', 'Bắc Giang');
  await sheet.fillSigner({ name: 'Lê Ánh Dương' });
  await topbar.save();
  await expect(topbar.fileName()).toHaveText(/\.kehoach$/);
  const saved = await readdir(join(host.dataDir, 'documents'));
  expect(saved.filter((f) => f.endsWith('.kehoach'))).toHaveLength(1);

  await topbar.button('Mới').click();
  await expect(gallery.recentFiles()).toHaveCount(1);
  await gallery.recentFiles().first().click();
  await expect(sheet.field('agency')).toHaveText('ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG', { useInnerText: true });
  await expect(sheet.dateLine()).toContainText('Bắc Giang, ngày');
  await expect(sheet.signer().locator('.signer__name')).toHaveText('Lê Ánh Dương');
  await expect(topbar.fileName()).not.toContainText('•');

  await page.reload();
  await gallery.openFile(join(host.dataDir, 'documents', saved.find((f) => f.endsWith('.kehoach')) ?? ''));
  await expect(sheet.signer().locator('.signer__name')).toHaveText('Lê Ánh Dương');
});

test('Save as keeps the first file and writes a second one', async ({ host, gallery, topbar, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-nam');
  await topbar.save();
  await page.keyboard.press('Control+Shift+S');
  // The web host asks the name in the page; Enter keeps the one offered.
  await topbar.fileNameQuestion().getByLabel('Tên tệp').press('Enter');
  await expect(page.getByRole('status')).toContainText('Đã lưu');
  await expect.poll(async () => (await readdir(join(host.dataDir, 'documents'))).filter((f) => f.endsWith('.kehoach')).length).toBe(2);
});
