/**
 * Nothing lost: the host is killed (SIGKILL) mid-edit; on restart over the same data folder the start
 * screen asks "Khôi phục bản nháp chưa lưu?" and restoring brings the edit back.
 */
import { expect, test } from './fixtures';
import { startHost } from './host-process';

test('an autosaved draft is offered and restored after the host process is killed', async ({ host, dataDir, gallery, sheet, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await sheet.editField('Cơ quan ban hành', 'Ủy ban nhân dân\nxã Tân Tiến');
  // Autosave runs about 2 s after the last change; wait for the request to reach the host.
  await page.waitForResponse((r) => r.url().endsWith('/host/autosave') && r.ok(), { timeout: 10_000 });
  await host.kill();

  const again = await startHost(dataDir);
  try {
    await page.goto(again.url);
    await expect(gallery.recoveryQuestion()).toBeVisible();
    await gallery.restoreFirst();
    await expect(sheet.field('agency')).toHaveText('ỦY BAN NHÂN DÂN\nXÃ TÂN TIẾN', { useInnerText: true });
  } finally {
    await again.stop();
  }
});

test('declining recovery forgets the draft', async ({ host, dataDir, gallery, sheet, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-nam');
  await sheet.editField('Địa danh', 'Hải Phòng');
  await page.waitForResponse((r) => r.url().endsWith('/host/autosave') && r.ok(), { timeout: 10_000 });
  await host.kill();

  const again = await startHost(dataDir);
  try {
    await page.goto(again.url);
    await gallery.recoveryQuestion().getByRole('button', { name: 'Bỏ qua' }).click();
    await expect(gallery.recoveryQuestion()).toBeHidden();
    await page.reload();
    await gallery.cards().first().waitFor();
    await expect(gallery.recoveryQuestion()).toBeHidden();
  } finally {
    await again.stop();
  }
});
