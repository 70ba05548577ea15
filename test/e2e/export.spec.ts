/**
 * Export .docx: the web host turns the save into a browser download; the file opens in python-docx
 * (or unzips to valid XML) and carries what was typed on the page.
 */
import { join } from 'node:path';
import { readDocx } from './docx-check';
import { expect, test } from './fixtures';

test('an exported plan is a Word file with the letterhead, body and signer typed on the page, written in a Web Worker', async ({ host, gallery, sheet, topbar, page }, testInfo) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await sheet.editField('Cơ quan ban hành', 'Ủy ban nhân dân\ntỉnh Thái Nguyên');
  await sheet.editField('Địa danh', 'Thái Nguyên');
  await sheet.pickDate('2026-02-09');
  await sheet.fillSigner({ preset: 'TM. UBND — Chủ tịch ký', name: 'Phạm Quốc Việt' });
  const download = await topbar.exportDocx();
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const file = join(testInfo.outputDir, download.suggestedFilename());
  await download.saveAs(file);
  const docx = await readDocx(file);
  const all = docx.texts.join('\n');
  expect({
    agency: all.includes('ỦY BAN NHÂN DÂN') && all.includes('TỈNH THÁI NGUYÊN'),
    nationalTitle: all.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
    date: all.includes('Thái Nguyên, ngày 09 tháng 02 năm 2026'),
    type: docx.texts.some((t) => t.trim() === 'KẾ HOẠCH'),
    section: docx.texts.some((t) => t.startsWith('I. MỤC ĐÍCH')),
    signer: all.includes('TM. ỦY BAN NHÂN DÂN') && all.includes('Phạm Quốc Việt'),
    archive: all.includes('Lưu: VT'),
    a4: Math.round(docx.page[0] ?? 0) === 210 && Math.round(docx.page[1] ?? 0) === 297,
  }).toEqual({ agency: true, nationalTitle: true, date: true, type: true, section: true, signer: true, archive: true, a4: true });
  await expect(topbar.notice()).toContainText('Đã xuất');
  // The .docx was written off the page's thread (renderer/app/services/export.worker.ts).
  expect(page.workers().map((w) => w.url()).some((url) => /export\.worker[-.\w]*\.js/.test(url))).toBe(true);
});
