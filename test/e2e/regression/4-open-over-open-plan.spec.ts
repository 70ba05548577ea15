/**
 * Regression (#4): opening a second file while one was shown kept the first body in the editor (the
 * editor reloads on a new revision, and every load started at revision 1); and a file just opened
 * was marked unsaved because the editor reports the body it was given.
 */
import { expect, test } from '../fixtures';

test('opening another text file replaces the body in the editor and leaves the plan unmarked', async ({ host, gallery, editor, topbar }) => {
  await gallery.open(host.url);
  await gallery.openFile('test/fixtures/seeds/000_98d291e9b77cf172.txt');
  await expect(editor.body()).toContainText('MỤC ĐÍCH - YÊU CẦU');
  await gallery.openFile('test/fixtures/seeds/004_4703a2ed9937ac38.txt');
  await expect(editor.body()).toContainText('NỘI DUNG THỰC HIỆN');
  await expect(editor.body()).not.toContainText('MỤC ĐÍCH - YÊU CẦU');
  await expect(topbar.fileName()).toHaveText('004_4703a2ed9937ac38');
});
