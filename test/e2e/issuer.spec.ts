/**
 * The issuer switch acts (issue 10, point 8): choosing "Ban hành bởi: Chủ tịch" drops the TM. line of
 * the signer block and makes the opening say "Chủ tịch Ủy ban nhân dân … ban hành Kế hoạch"; the
 * exported .docx says the same; choosing the committee again puts both back, and "Hoàn tác" in the
 * notice gives back the document exactly as it was. Vietnamese is typed through IME composition.
 */
import { join } from 'node:path';
import { readDocx } from './docx-check';
import { expect, test } from './fixtures';

test('switching the issuer to the Chủ tịch and back rewrites the signer block and the opening', async ({ host, gallery, sheet, topbar, page }, testInfo) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await sheet.typeSigner({ preset: 'TM. UBND — Phó Chủ tịch ký thay', name: 'Nguyễn Thị Hằng' });
  const lines = sheet.signer().locator('.signer__line');
  await expect(lines).toHaveText(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  const issuer = page.getByLabel('Ban hành bởi', { exact: true });

  await issuer.selectOption({ label: 'Chủ tịch (cá nhân)' });
  await expect(lines).toHaveText(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  await expect(sheet.root()).toContainText('Chủ tịch Ủy ban nhân dân tỉnh ban hành Kế hoạch');
  await expect(topbar.notice()).toContainText('dòng TM.');
  const download = await topbar.exportDocx();
  const file = join(testInfo.outputDir, download.suggestedFilename());
  await download.saveAs(file);
  const texts = (await readDocx(file)).texts;
  expect({
    tm: texts.some((t) => t.includes('TM. ỦY BAN NHÂN DÂN')),
    opening: texts.some((t) => t.includes('Chủ tịch Ủy ban nhân dân tỉnh ban hành Kế hoạch')),
    signer: texts.some((t) => t.trim() === 'KT. CHỦ TỊCH'),
  }).toEqual({ tm: false, opening: true, signer: true });

  await issuer.selectOption({ label: 'Ủy ban nhân dân (tập thể)' });
  await expect(lines).toHaveText(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  await expect(sheet.root()).not.toContainText('Chủ tịch Ủy ban nhân dân tỉnh ban hành');
  await expect(sheet.root()).toContainText('Ủy ban nhân dân tỉnh ban hành Kế hoạch');
  await expect(sheet.signer().locator('.signer__name')).toHaveText('Nguyễn Thị Hằng');
});

test('"Hoàn tác" in the switch\'s notice gives back the document exactly as it was, in the page and in the export', async ({ host, gallery, sheet, topbar, page }, testInfo) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await sheet.typeField('Địa danh', 'Lạng Sơn');
  await sheet.typeSigner({ preset: 'TM. UBND — Phó Chủ tịch ký thay', name: 'Hoàng Văn Đức' });
  const issuer = page.getByLabel('Ban hành bởi', { exact: true });
  // The page's text as the DOM holds it (innerText would depend on what is scrolled into view).
  const pageText = async (): Promise<string> => ((await sheet.root().textContent()) ?? '').replace(/\s+/gu, ' ');
  const before = { issuer: await issuer.inputValue(), text: await pageText() };
  const exportTexts = async (name: string): Promise<readonly string[]> => {
    const download = await topbar.exportDocx();
    const file = join(testInfo.outputDir, name);
    await download.saveAs(file);
    return (await readDocx(file)).texts;
  };
  const exportedBefore = await exportTexts('before.docx');

  await issuer.selectOption({ label: 'Chủ tịch (cá nhân)' });
  await expect(sheet.root()).toContainText('Chủ tịch Ủy ban nhân dân tỉnh ban hành Kế hoạch');
  expect(await pageText()).not.toBe(before.text);
  await topbar.notice().getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(topbar.notice()).toContainText('Đã hoàn tác');
  await expect(sheet.signer().locator('.signer__line')).toHaveText(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  expect({ issuer: await issuer.inputValue(), text: await pageText() }).toEqual(before);
  expect(await exportTexts('after.docx')).toEqual(exportedBefore);
});

test('a Sở is offered Giám đốc signer blocks, not Chủ tịch', async ({ host, gallery, sheet, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await sheet.typeField('Cơ quan ban hành', 'Ủy ban nhân dân tỉnh Bắc Giang\nSở Tài chính');
  await sheet.root().getByRole('button', { name: 'Sửa khối chữ ký' }).click();
  const presets = page.getByRole('group', { name: 'Thẩm quyền ký và người ký' }).getByLabel('Mẫu khối chữ ký');
  const labels = await presets.locator('option').allTextContents();
  expect(labels.filter((l) => /Chủ tịch/iu.test(l))).toEqual([]);
  expect(labels).toContain('Giám đốc ký');
  await page.keyboard.press('Escape');
  await sheet.typeSigner({ preset: 'KT. Giám đốc — Phó giám đốc ký', name: 'Trần Văn Bình' });
  await expect(sheet.signer().locator('.signer__line')).toHaveText(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
});

test.describe('in a browser set to American English', () => {
  test.use({ locale: 'en-US' });

  test('the date picker reads and shows dd/mm/yyyy', async ({ host, gallery, sheet, page }) => {
    await gallery.open(host.url);
    await gallery.newFromTemplate('ke-hoach-trien-khai');
    await sheet.typeField('Địa danh', 'Bắc Giang');
    await sheet.root().getByRole('button', { name: 'Chọn ngày ban hành' }).click();
    const field = page.getByLabel('Ngày ban hành', { exact: true });
    await field.press('Control+a');
    await page.keyboard.type('7/1/2026');
    await page.getByRole('dialog', { name: 'Chọn ngày ban hành' }).getByRole('button', { name: 'Xong' }).click();
    // Day first: 7 January, not July 1st as an en-US date input would read it.
    await expect(sheet.dateLine()).toHaveText('Bắc Giang, ngày 07 tháng 01 năm 2026');
    await sheet.root().getByRole('button', { name: 'Chọn ngày ban hành' }).click();
    await expect(field).toHaveValue('07/01/2026');
  });
});
