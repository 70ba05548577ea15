/**
 * A plan from each template; the letterhead, date and signer filled in place.
 */
import { expect, test } from './fixtures';

const TEMPLATES = ['ke-hoach-trien-khai', 'ke-hoach-chien-luoc', 'ke-hoach-nam', 'cong-van'] as const;

for (const id of TEMPLATES) {
  test(`a new plan from the ${id} template shows its letterhead, sections and signer`, async ({ host, gallery, sheet, checks, topbar }) => {
    await gallery.open(host.url);
    await gallery.newFromTemplate(id);
    await expect(sheet.root().locator('.letterhead__national')).toHaveText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    await expect(sheet.root().locator('.letterhead__motto')).toHaveText('Độc lập - Tự do - Hạnh phúc');
    await expect(sheet.signer()).not.toBeEmpty();
    await expect(checks.outline().getByRole('button').nth(1)).toBeVisible();
    await expect(topbar.fileName()).toHaveText('Kế hoạch mới');
    await expect(sheet.recipients().last()).toContainText('Lưu: VT');
  });
}

test('the header and the signer are filled in place on the page', async ({ host, gallery, sheet, topbar }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await sheet.editField('Cơ quan ban hành', 'Ủy ban nhân dân\nhuyện Yên Dũng');
  await sheet.editField('Số văn bản', '05');
  await sheet.editField('Địa danh', 'Yên Dũng');
  await sheet.pickDate('2026-01-07');
  await sheet.fillSigner({ preset: 'TM. UBND — Phó Chủ tịch ký thay', name: 'Nguyễn Thị Hằng' });
  await sheet.fillRecipients(['Thường trực Huyện ủy', 'Các phòng, ban chuyên môn', 'Lưu: VT, VP']);
  await expect(sheet.field('agency')).toHaveText('ỦY BAN NHÂN DÂN\nHUYỆN YÊN DŨNG', { useInnerText: true });
  await expect(sheet.dateLine()).toHaveText('Yên Dũng, ngày 07 tháng 01 năm 2026');
  await expect(sheet.root().locator('.letterhead__number')).toHaveText(/^Số: 05\/KH-/);
  await expect(sheet.signer().locator('.signer__line')).toHaveText(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  await expect(sheet.signer().locator('.signer__name')).toHaveText('Nguyễn Thị Hằng');
  await expect(sheet.recipients()).toHaveText(['- Thường trực Huyện ủy;', '- Các phòng, ban chuyên môn;', '- Lưu: VT, VP.']);
  await expect(topbar.fileName()).toHaveText('Kế hoạch mới •');
});

test('the trích yếu is edited in place and Enter commits it as one paragraph', async ({ host, gallery, sheet, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await sheet.root().getByRole('button', { name: 'Sửa trích yếu' }).click();
  const box = sheet.root().getByLabel('Trích yếu', { exact: true });
  await box.fill('Triển khai thực hiện Chỉ thị số 25/CT-TTg ngày 10/9/2021 của Thủ tướng Chính phủ');
  await page.keyboard.press('Enter');
  await expect(sheet.root().locator('.title-block__summary')).toHaveText('Triển khai thực hiện Chỉ thị số 25/CT-TTg ngày 10/9/2021 của Thủ tướng Chính phủ');
});
