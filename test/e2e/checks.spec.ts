/**
 * Live checks: findings appear when a mistake is made on the page and disappear when it is fixed;
 * a quick fix changes the page; the outline carries a dot for the part in question.
 */
import { expect, test } from './fixtures';

test('a finding appears when the archive line is removed from Nơi nhận and disappears when it is back', async ({ host, gallery, sheet, checks }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await expect(checks.counts()).toBeVisible();
  await expect(checks.finding('recipients.archive')).toHaveCount(0);

  await sheet.fillRecipients(['Thường trực Tỉnh ủy', 'Các sở, ban, ngành tỉnh']);
  await expect(checks.finding('recipients.archive')).toHaveCount(1);
  await expect(checks.outline().getByRole('button', { name: /Chữ ký/ }).locator('.dot--error')).toHaveCount(1);

  await sheet.fillRecipients(['Thường trực Tỉnh ủy', 'Các sở, ban, ngành tỉnh', 'Lưu: VT, KGVX']);
  await expect(checks.finding('recipients.archive')).toHaveCount(0);
});

test('a deputy signing without "KT." is flagged, and the usual signer block clears it', async ({ host, gallery, sheet, checks }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await sheet.fillSigner({ preset: 'TM. UBND — Chủ tịch ký', signerTitle: 'PHÓ CHỦ TỊCH' });
  await expect(checks.finding('signature.authority')).not.toHaveCount(0);
  await sheet.fillSigner({ preset: 'TM. UBND — Phó Chủ tịch ký thay' });
  await expect(checks.finding('signature.authority')).toHaveCount(0);
});

test('the date written with a leading zero in month 5 is an error until corrected in the date picker', async ({ host, gallery, sheet, checks }) => {
  await gallery.open(host.url);
  // A plan whose date line reads "ngày 31 tháng 05 năm 2026": months 3–12 take no leading zero (PL I, khoản 4).
  await gallery.openFile('test/fixtures/txt/ngay-thang-so-khong.txt');
  // The page prints the date as the app formats it; the finding quotes the line as the file wrote it.
  await expect(checks.finding('date.leading-zero')).toHaveCount(1);
  await expect(checks.finding('date.leading-zero')).toContainText('"tháng 05"');

  await sheet.pickDate('2026-05-31');
  await expect(sheet.dateLine()).toContainText('ngày 31 tháng 5 năm 2026');
  await expect(checks.finding('date.leading-zero')).toHaveCount(0);
  await expect(checks.finding('date.valid')).toHaveCount(0);
});

test('a quick fix writes the missing Quốc hiệu into a plan opened from text', async ({ host, gallery, sheet, checks }) => {
  await gallery.open(host.url);
  await gallery.openFile('test/fixtures/seeds/000_98d291e9b77cf172.txt');
  const missing = checks.finding('header.national-motto');
  await expect(missing.first()).toBeVisible();
  const before = await missing.count();
  await checks.applyFix('header.national-motto');
  await expect(missing).toHaveCount(before - 1);
  await expect(sheet.root().locator('.letterhead__national')).toHaveText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
});

test('clicking a finding reveals its place on the page', async ({ host, gallery, checks, page }) => {
  await gallery.open(host.url);
  await gallery.openFile('test/fixtures/seeds/000_98d291e9b77cf172.txt');
  await checks.finding('header.agency').locator('.finding__main').click();
  await expect(page.locator('.sheet .flash')).toHaveCount(1);
});

test('clicking a section in the outline puts the caret there, and the outline follows the caret', async ({ host, gallery, checks, editor, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await checks.outline().getByRole('button', { name: /^III\. KINH PHÍ/ }).click();
  await expect(checks.outline().locator('[aria-current="location"]')).toHaveAccessibleName(/^III\. KINH PHÍ/);
  await editor.caretAtEnd('Yêu cầu');
  await expect(checks.outline().locator('[aria-current="location"]')).toHaveAccessibleName(/^2\. Yêu cầu/);
  await expect(page.locator('.sheet__body [contenteditable="true"]')).toBeFocused();
});

test('typing a placeholder into a part brings its finding and deleting it clears it, checked in a Web Worker', async ({ host, gallery, editor, checks, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await expect(checks.counts()).toBeVisible();
  const typed = checks.finding('body.placeholder').filter({ hasText: '{nguồn vốn}' });
  await expect(typed).toHaveCount(0);
  await editor.caretAtEnd('KINH PHÍ THỰC HIỆN');
  await editor.type(' {nguồn vốn}');
  await expect(typed).toHaveCount(1);
  for (let i = 0; i < ' {nguồn vốn}'.length; i++) {
    await page.keyboard.press('Backspace');
  }
  await expect(typed).toHaveCount(0);
  // The checks ran off the page's main thread.
  expect(page.workers().map((w) => w.url()).some((url) => /checks\.worker[-.\w]*\.js/.test(url))).toBe(true);
});
