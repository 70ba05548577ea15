/**
 * Hồ sơ cơ quan: the office profile fills every new plan (agency, place, ký hiệu, signer, recipients).
 */
import { SettingsArea } from './areas/settings';
import { expect, test } from './fixtures';

test('a new plan is filled from the agency profile saved in settings', async ({ host, gallery, sheet, page }) => {
  await gallery.open(host.url);
  await new SettingsArea(page).fill({
    agency: 'Ủy ban nhân dân\nhuyện Lục Ngạn',
    agencyCode: 'UBND',
    place: 'Lục Ngạn',
    signers: 'Hoàng Văn Tú | Chủ tịch',
    recipients: 'Thường trực Huyện ủy\nCác xã, thị trấn',
    archiveCode: 'VP',
  });
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await expect(sheet.field('agency')).toHaveText('ỦY BAN NHÂN DÂN\nHUYỆN LỤC NGẠN', { useInnerText: true });
  await expect(sheet.dateLine()).toContainText('Lục Ngạn, ngày');
  await expect(sheet.signer().locator('.signer__name')).toHaveText('Hoàng Văn Tú');
  await expect(sheet.recipients()).toContainText(['- Thường trực Huyện ủy;', '- Các xã, thị trấn;']);
  await expect(sheet.recipients().last()).toHaveText('- Lưu: VT, VP.');
});
