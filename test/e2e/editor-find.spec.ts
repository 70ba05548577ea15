/**
 * Find and replace (Ctrl+F, Ctrl+H) across the whole plan, F2 to the next "{…}" placeholder and the
 * closing paragraph edited in place, as a drafter acts: keyboard and mouse, Vietnamese through IME
 * composition; the exported .docx (python-docx) checked afterwards.
 */
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { readDocx } from './docx-check';
import { expect, test } from './fixtures';

/** Telex composition as the OS IME sends it: each step replaces the composed text, then the word is committed. */
async function composeTelex(cdp: CDPSession, steps: readonly string[]): Promise<void> {
  for (const step of steps) {
    await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  }
  await cdp.send('Input.insertText', { text: steps[steps.length - 1] ?? '' });
}

function findBar(page: Page) {
  return page.getByRole('search', { name: 'Tìm và thay thế' });
}

test('Ctrl+H replaces a placeholder everywhere (opening, body, closing) as one step that Ctrl+Z takes back; the export has it', async ({ host, gallery, sheet, topbar, page }, testInfo) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  const cdp = await page.context().newCDPSession(page);
  const closing = sheet.root().locator('[data-part="closing"]');
  await expect(closing).toContainText('{văn bản cấp trên}');

  await page.keyboard.press('Control+h');
  const bar = findBar(page);
  await expect(bar).toBeVisible();
  await bar.getByLabel('Tìm', { exact: true }).fill('{văn bản cấp trên}');
  const count = bar.getByTestId('find-count');
  await expect(count).toHaveText(/^1\/\d+$/);
  const total = Number((await count.textContent())?.split('/')[1]);
  // Letterhead to Nơi nhận: the body's two, the closing's one at least.
  expect(total).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: 'docs/screenshots/find-replace-1440.png' });

  await bar.getByLabel('Thay bằng', { exact: true }).click();
  await composeTelex(cdp, ['C', 'Ch', 'Chi', 'Chỉ']);
  await page.keyboard.type(' thị số 25/CT-TTg');
  await bar.getByRole('button', { name: 'Thay tất cả' }).click();
  await expect(count).toHaveText('Không thấy');
  await expect(closing).toContainText('Chỉ thị số 25/CT-TTg trên địa bàn tỉnh');
  await expect(page.locator('.sheet__body')).not.toContainText('{văn bản cấp trên}');
  await expect(page.locator('.sheet__body')).toContainText('hiệu quả Chỉ thị số 25/CT-TTg trên địa bàn');

  await page.setViewportSize({ width: 1093, height: 614 });
  await page.screenshot({ path: 'docs/screenshots/find-replace-1093.png' });
  await page.setViewportSize({ width: 1440, height: 900 });

  // One step back: every replaced place at once.
  await page.keyboard.press('Control+z');
  await expect(count).toHaveText(`1/${total}`);
  await expect(closing).toContainText('{văn bản cấp trên}');
  await bar.getByRole('button', { name: 'Thay tất cả' }).click();
  await expect(count).toHaveText('Không thấy');

  // Match case and whole word narrow the search; diacritics are exact.
  await bar.getByLabel('Tìm', { exact: true }).fill('tỉnh');
  const any = Number((await count.textContent())?.split('/')[1]);
  await bar.getByLabel('Phân biệt hoa thường').check();
  await bar.getByLabel('Tìm', { exact: true }).fill('Tỉnh');
  await expect(count).not.toHaveText(`1/${any}`);
  const cased = Number((await count.textContent())?.split('/')[1] ?? 0);
  expect(cased).toBeLessThan(any);
  await bar.getByLabel('Phân biệt hoa thường').uncheck();
  await bar.getByLabel('Tìm', { exact: true }).fill('tinh');
  await expect(count).toHaveText('Không thấy');
  await bar.getByLabel('Tìm', { exact: true }).fill('cơ quan');
  const loose = Number((await count.textContent())?.split('/')[1]);
  await bar.getByLabel('Nguyên từ').check();
  await bar.getByLabel('Tìm', { exact: true }).fill('cơ qua');
  await expect(count).toHaveText('Không thấy');
  expect(loose).toBeGreaterThan(0);
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();

  const download = await topbar.exportDocx();
  const file = join(testInfo.outputDir, 'replaced.docx');
  await download.saveAs(file);
  const docx = await readDocx(file);
  const texts = docx.texts.map((t) => t.normalize('NFC'));
  expect({
    placeholderLeft: texts.some((t) => t.includes('{văn bản cấp trên}')),
    closing: texts.some((t) => t.startsWith('Trên đây là Kế hoạch triển khai thực hiện Chỉ thị số 25/CT-TTg trên địa bàn tỉnh')),
    body: texts.some((t) => t.includes('hiệu quả Chỉ thị số 25/CT-TTg trên địa bàn tỉnh')),
  }).toEqual({ placeholderLeft: false, closing: true, body: true });
});

test('F2 selects the next {…} placeholder (opening field, then the body); typing fills it; the closing edits in place', async ({ host, gallery, sheet, checks, topbar, page }, testInfo) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  const cdp = await page.context().newCDPSession(page);
  await page.locator('.sheet__body [contenteditable="true"]').first().click();
  await page.keyboard.press('Control+Home');

  // The first placeholder in print order is in the trích yếu: F2 opens it with the placeholder selected.
  await page.keyboard.press('F2');
  const summary = sheet.root().getByLabel('Trích yếu', { exact: true });
  await expect(summary).toBeFocused();
  const selectedIn = (el: HTMLTextAreaElement | HTMLInputElement): string => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0);
  expect(await summary.evaluate(selectedIn)).toMatch(/^\{tên văn bản cấp trên, ví dụ/);
  await expect(page.getByRole('status').filter({ hasText: 'Chỗ cần điền' })).toContainText('{tên văn bản cấp trên');
  await composeTelex(cdp, ['C', 'Ch', 'Chi', 'Chỉ']);
  await page.keyboard.type(' thị số 25/CT-TTg');
  await page.keyboard.press('Enter');
  await expect(sheet.field('summary')).toHaveText('Triển khai thực hiện Chỉ thị số 25/CT-TTg trên địa bàn tỉnh');

  // Next: the opening's first placeholder.
  await page.keyboard.press('F2');
  const opening = sheet.root().getByLabel('Phần mở đầu (căn cứ, thực hiện)', { exact: true });
  await expect(opening).toBeFocused();
  expect(await opening.evaluate(selectedIn)).toBe('{số, ngày ban hành}');
  await composeTelex(cdp, ['n', 'ng', 'nga', 'ngaf', 'ngày']);
  await page.keyboard.type(' 19/02/2025');
  await page.keyboard.press('Control+Enter');
  await expect(sheet.root().locator('[data-part="opening"]')).toContainText('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/02/2025;');

  // F2 again: the next placeholder; the toolbar button does the same.
  await page.keyboard.press('F2');
  await expect.poll(() => page.evaluate(() => {
    const el = document.activeElement;
    return el instanceof HTMLTextAreaElement ? el.value.slice(el.selectionStart, el.selectionEnd) : '';
  })).toMatch(/^\{văn bản cấp trên: loại/);
  await page.keyboard.press('Escape');
  // Through the opening to the body: its selection is the placeholder, typed over like a form field.
  await page.getByRole('button', { name: 'Chỗ {…} tiếp theo (F2)' }).click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('{văn bản cấp trên}');
  await composeTelex(cdp, ['C', 'Ch', 'Chi', 'Chỉ']);
  await page.keyboard.type(' thị 25');
  await expect(page.locator('.sheet__body')).toContainText('đồng bộ, hiệu quả Chỉ thị 25 trên địa bàn tỉnh.');

  // The closing paragraph of the template is editable in place.
  await sheet.root().getByRole('button', { name: 'Sửa phần kết' }).click();
  const closingBox = sheet.root().getByLabel('Phần kết', { exact: true });
  await closingBox.fill('Trên đây là Kế hoạch triển khai thực hiện Chỉ thị 25 trên địa bàn tỉnh; các cơ quan báo cáo qua Sở Nội vụ');
  await closingBox.blur();
  await expect(sheet.root().locator('[data-part="closing"]')).toContainText('báo cáo qua Sở Nội vụ');

  // The placeholder finding says which placeholders it counts.
  await expect(checks.finding('body.placeholder').filter({ hasText: /Còn \d+ chỗ hướng dẫn chưa điền trong .*: "\{/ }).first()).toBeVisible();

  const download = await topbar.exportDocx();
  const file = join(testInfo.outputDir, 'filled.docx');
  await download.saveAs(file);
  const texts = (await readDocx(file)).texts.map((t) => t.normalize('NFC'));
  expect({
    opening: texts.some((t) => t === 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/02/2025;'),
    closing: texts.some((t) => t.startsWith('Trên đây là Kế hoạch triển khai thực hiện Chỉ thị 25 trên địa bàn tỉnh; các cơ quan báo cáo qua Sở Nội vụ')),
    closingPlaceholder: texts.some((t) => t.includes('{Sở, ngành đầu mối}')),
  }).toEqual({ opening: true, closing: true, closingPlaceholder: false });
});
