/**
 * The web host's session is bound to the page: "/" without the launch address shows only a notice; a
 * page whose host stopped, or restarted on the same address, says it can no longer save and offers the
 * text, instead of answering "Đã lưu" to nothing.
 */
import { expect, test } from './fixtures';
import { startHost } from './host-process';

test('the bare address, without the launch address, shows only the notice to open the printed address', async ({ host, page }) => {
  await page.goto(host.origin);
  await expect(page.getByRole('heading', { name: 'Hãy mở địa chỉ mà lệnh "kehoach serve" in ra' })).toBeVisible();
  await expect(page.locator('.card')).toHaveCount(0);
});

test('the page says so when its host stopped, and when it restarted on the same address', async ({ host, dataDir, gallery, sheet, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await sheet.editField('Địa danh', 'Cao Bằng');
  const notice = page.getByRole('alert', { name: 'Kết nối với máy chủ cục bộ' });
  await expect(notice).toBeHidden();
  const port = Number(new URL(host.origin).port);
  await host.kill();
  // The next autosave (a few seconds after a change) finds nobody.
  await sheet.editField('Địa danh', 'Hà Giang');
  await expect(notice).toContainText('Mất kết nối với máy chủ cục bộ', { timeout: 15_000 });

  const again = await startHost(dataDir, port);
  try {
    await sheet.editField('Địa danh', 'Tuyên Quang');
    await expect(notice).toContainText('đã khởi động lại', { timeout: 15_000 });
    await expect(notice.getByRole('button', { name: 'Sao chép văn bản' })).toBeVisible();
  } finally {
    await again.stop();
  }
});
