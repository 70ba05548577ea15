/**
 * The body editor on the page: Vietnamese typed with diacritics stays as typed through save, reopen
 * and export; Enter after a heading starts body text, AutoFormat and Tab give it a level with the
 * numbering computed.
 */
import { join } from 'node:path';
import { readDocx } from './docx-check';
import { expect, test } from './fixtures';

const PHRASE = 'Tổ chức thực hiện nghiêm túc';

test('Vietnamese typed into the body survives save, reopen and export', async ({ host, gallery, editor, topbar, page }, testInfo) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await editor.caretAtEnd('Mục đích');
  await page.keyboard.press('Enter');
  await editor.type(PHRASE);
  await expect(editor.body()).toContainText(PHRASE);
  await topbar.save();

  await topbar.button('Mới').click();
  await page.getByRole('region', { name: 'Tệp mở gần đây' }).getByRole('button').first().click();
  await expect(editor.block(PHRASE)).toHaveText(PHRASE);

  const download = await topbar.exportDocx();
  const file = join(testInfo.outputDir, 'typed.docx');
  await download.saveAs(file);
  const docx = await readDocx(file);
  expect(docx.texts.filter((t) => t.includes(PHRASE)).map((t) => t.normalize('NFC'))).toEqual([expect.stringContaining(PHRASE)]);
});

test('Enter after a heading starts body text under it; "3. " typed there makes the next item, and Tab turns it into point a)', async ({ host, gallery, editor, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await editor.caretAtEnd('Yêu cầu');
  await page.keyboard.press('Enter');
  await editor.type('Nhiệm vụ mới');
  const block = editor.block('Nhiệm vụ mới');
  // Word: the paragraph after a heading is body text, not another heading.
  await expect(block).toHaveAttribute('data-style', 'paragraph');
  await page.keyboard.press('Home');
  await editor.type('3. ');
  await expect(block).toHaveAttribute('data-style', 'item');
  await expect(block).toHaveAttribute('data-label', '3.');
  await page.keyboard.press('Tab');
  await expect(block).toHaveAttribute('data-label', 'a)');
});
