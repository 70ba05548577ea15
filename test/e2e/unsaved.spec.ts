/**
 * The question before leaving unsaved work (beforeunload in the web host), and none when saved.
 */
import { expect, test } from './fixtures';

test('leaving the page with unsaved changes asks first', async ({ host, gallery, sheet, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await sheet.editField('Địa danh', 'Lạng Sơn');
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.accept();
});

test('leaving after saving does not ask', async ({ host, gallery, sheet, topbar, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await sheet.editField('Địa danh', 'Lạng Sơn');
  await topbar.save();
  let asked = false;
  page.on('dialog', (d) => {
    asked = true;
    void d.dismiss();
  });
  await page.reload();
  await gallery.cards().first().waitFor();
  expect(asked).toBe(false);
});

test('starting a new plan over unsaved work asks, and cancelling keeps the work', async ({ host, gallery, sheet, topbar, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await sheet.editField('Địa danh', 'Cao Bằng');
  await topbar.button('Mới').click();
  // The question is asked in the page (Lưu / Không lưu / Hủy, see leaving.spec.ts), not by window.confirm.
  const question = page.getByRole('dialog', { name: 'Thay đổi chưa lưu' });
  await expect(question).toContainText('chưa lưu');
  await question.getByRole('button', { name: 'Hủy' }).click();
  await expect(sheet.dateLine()).toContainText('Cao Bằng');
});
