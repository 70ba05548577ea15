/**
 * Screens of provincial laptops (issue 10, point 6): the sheet zooms with Ctrl+plus/minus/0 and fits the
 * desk's width, the zoom and the collapsed panels are remembered across a reload, and at 1093×614 and
 * 1024×600 every toolbar button is on screen and typing (Vietnamese through IME composition) still works
 * at 75 %. Screenshots go to docs/screenshots (layout-*.png, zoom-fit-1093x614.png).
 */
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { typeWithIme } from './areas/ime';
import { readDocx } from './docx-check';
import { expect, test } from './fixtures';

const OUT = 'docs/screenshots';
/** 210 mm in CSS px. */
const SHEET_PX = (210 / 25.4) * 96;

function zoomLevel(page: Page): Locator {
  return page.getByRole('group', { name: 'Thu phóng trang' }).getByLabel('Tỉ lệ thu phóng');
}

async function width(locator: Locator): Promise<number> {
  return locator.evaluate((el) => el.getBoundingClientRect().width);
}

/** Screen offsets of the page boundaries from the top of the sheet. */
async function markerOffsets(page: Page): Promise<number[]> {
  return page.locator('.sheet').first().evaluate((sheet) => {
    const top = sheet.getBoundingClientRect().top;
    return [...sheet.querySelectorAll('.page-break')].map((m) => m.getBoundingClientRect().top - top);
  });
}

/** For each page boundary, its screen distance to the top of the block it was drawn in or at (the page's first line). */
async function markerToBlock(page: Page): Promise<number[]> {
  return page.locator('.sheet').first().evaluate((sheet) => {
    const blocks = [...sheet.querySelectorAll('[data-block-id], .foot, .letterhead')].map((b) => b.getBoundingClientRect());
    return [...sheet.querySelectorAll('.page-break')].map((m) => {
      const y = m.getBoundingClientRect().top;
      // The last block starting at or above the marker (a page may start inside a paragraph).
      const above = blocks.filter((b) => b.top <= y + 0.5).reduce((best, b) => (b.top > best.top ? b : best), { top: -Infinity } as DOMRect);
      return y - above.top;
    });
  });
}

test('Ctrl+plus and Ctrl+minus scale the sheet, Ctrl+0 restores it; the zoom and the page boundaries survive a reload', async ({ host, gallery, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  const sheet = page.locator('.sheet').first();
  await expect(zoomLevel(page)).toHaveValue('100');
  const base = await width(sheet);
  expect(Math.abs(base - SHEET_PX)).toBeLessThan(2);
  await expect(page.locator('.sheet .page-break').first()).toBeAttached();
  // Markers are placed again once the sheet stops growing (fonts, late layout): read them when settled.
  await page.waitForTimeout(1000);
  const markersAt100 = await markerOffsets(page);
  const linesAt100 = await markerToBlock(page);
  expect(markersAt100.length).toBeGreaterThan(0);

  await page.locator('.sheet__body').first().click();
  await page.keyboard.press('Control+=');
  await expect(zoomLevel(page)).toHaveValue('110');
  expect((await width(sheet)) / base).toBeCloseTo(1.1, 2);
  await page.keyboard.press('Control+=');
  await expect(zoomLevel(page)).toHaveValue('125');
  expect((await width(sheet)) / base).toBeCloseTo(1.25, 2);
  await page.keyboard.press('Control+-');
  await page.keyboard.press('Control+-');
  await page.keyboard.press('Control+-');
  await expect(zoomLevel(page)).toHaveValue('90');
  expect((await width(sheet)) / base).toBeCloseTo(0.9, 2);
  await page.keyboard.press('Control+0');
  await expect(zoomLevel(page)).toHaveValue('100');
  expect((await width(sheet)) / base).toBeCloseTo(1, 2);
  // Ctrl+wheel over the sheet zooms it one step per notch (the browser's page zoom refused).
  await sheet.hover();
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await expect(zoomLevel(page)).toHaveValue('110');
  await page.keyboard.press('Control+0');
  await expect(zoomLevel(page)).toHaveValue('100');
  // The chrome is not zoomed: only the sheet is (one zoom, not the browser's as well).
  expect(await page.evaluate(() => window.devicePixelRatio)).toBe(1);

  // 75 % from the control, then a reload: the settings bring it back; boundaries drawn under the zoom line up.
  await zoomLevel(page).selectOption('75');
  expect((await width(sheet)) / base).toBeCloseTo(0.75, 2);
  await page.waitForTimeout(600);
  await page.reload();
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await expect(zoomLevel(page)).toHaveValue('75');
  expect((await width(page.locator('.sheet').first())) / base).toBeCloseTo(0.75, 2);
  await expect(page.locator('.sheet .page-break').first()).toBeAttached();
  // Drawn again under the zoom (the continuous view off and on places every boundary anew).
  const continuous = page.getByTestId('page-status').getByLabel('Xem liên tục');
  await continuous.check();
  await expect(page.locator('.sheet .page-break')).toHaveCount(0);
  await continuous.uncheck();
  await expect(page.locator('.sheet .page-break')).toHaveCount(markersAt100.length);
  const scaled = async (): Promise<boolean[]> => {
    const markers = await markerOffsets(page);
    const lines = await markerToBlock(page);
    // Each boundary at three quarters of its distance from the top, on the same line of the same block.
    return [...markers.map((m, i) => Math.abs(m - 0.75 * (markersAt100[i] ?? 0)) <= 1), ...lines.map((d, i) => Math.abs(d - 0.75 * (linesAt100[i] ?? 0)) <= 1)];
  };
  await expect.poll(scaled).toEqual([...markersAt100, ...linesAt100].map(() => true));
});

test('at 1093×614 the panels start collapsed and "Vừa chiều rộng" fits the whole sheet in the desk, no sideways scrolling', async ({ host, gallery, page }) => {
  await page.setViewportSize({ width: 1093, height: 614 });
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await expect(page.getByRole('navigation', { name: 'Dàn ý' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mở dàn ý (Ctrl+Shift+1)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mở kiểm tra thể thức (Ctrl+Shift+2)' })).toBeVisible();
  // The collapsed checks still say how many errors are open (a new plan has its placeholders to fill).
  await expect(page.getByRole('complementary', { name: 'Kiểm tra' })).toContainText(/\d+ lỗi/u);
  await page.screenshot({ path: join(OUT, 'layout-1093x614.png') });

  await zoomLevel(page).selectOption('fit');
  const desk = page.getByRole('main', { name: 'Trang văn bản' });
  const sheet = page.locator('.sheet').first();
  const fit = await page.evaluate(() => {
    const d = document.querySelector('.desk') as HTMLElement;
    const s = document.querySelector('.sheet') as HTMLElement;
    const dr = d.getBoundingClientRect();
    const sr = s.getBoundingClientRect();
    return { room: d.clientWidth, left: sr.left - dr.left, right: dr.left + d.clientWidth - sr.right, sheet: sr.width, sideways: d.scrollWidth - d.clientWidth, page: document.documentElement.scrollWidth - document.documentElement.clientWidth };
  });
  // The sheet fills the desk's width (between its paddings) and nothing scrolls sideways.
  expect(fit.left).toBeGreaterThanOrEqual(0);
  expect(fit.right).toBeGreaterThanOrEqual(0);
  expect(fit.sheet / fit.room).toBeGreaterThan(0.9);
  expect([fit.sideways, fit.page]).toEqual([0, 0]);
  await expect(zoomLevel(page).locator('option:checked')).toHaveText(`Vừa chiều rộng (${Math.floor((fit.sheet / SHEET_PX) * 100 + 0.5)} %)`);
  await expect(desk).toBeVisible();
  await expect(sheet).toBeInViewport();
  await page.screenshot({ path: join(OUT, 'zoom-fit-1093x614.png') });

  // Opening the outline leaves less room: the sheet follows, still whole.
  await page.getByRole('button', { name: 'Mở dàn ý (Ctrl+Shift+1)' }).click();
  await expect(page.getByRole('navigation', { name: 'Dàn ý' })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (document.querySelector('.desk') as HTMLElement).scrollWidth - (document.querySelector('.desk') as HTMLElement).clientWidth))
    .toBe(0);
  expect(await width(sheet)).toBeLessThan(fit.sheet);

  // A landscape appendix (297 mm wide) is scaled into the same room at this zoom: still no sideways scrolling.
  await page.getByLabel('Thêm phụ lục', { exact: true }).selectOption('landscape');
  const landscape = page.locator('.appendix--landscape .appendix-sheet').first();
  await expect(landscape).toBeVisible();
  const wide = await page.evaluate(() => {
    const d = document.querySelector('.desk') as HTMLElement;
    const a = document.querySelector('.appendix--landscape .appendix-sheet') as HTMLElement;
    return { room: d.clientWidth, appendix: a.getBoundingClientRect().width, sideways: d.scrollWidth - d.clientWidth };
  });
  expect(wide.appendix).toBeLessThanOrEqual(wide.room);
  expect(wide.appendix).toBeGreaterThan(0.8 * (await width(sheet)));
  expect(wide.sideways).toBe(0);
});

test('the outline and checks panels collapse and open again, by button and by shortcut, and stay so after a reload', async ({ host, gallery, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await page.locator('.checks__counts').waitFor();
  await page.screenshot({ path: join(OUT, 'layout-1440x900.png') });
  const outline = page.getByRole('navigation', { name: 'Dàn ý' });
  const checks = page.getByRole('region', { name: 'Kiểm tra thể thức' });
  const sheet = page.locator('.sheet').first();
  await expect(outline).toBeVisible();
  await expect(checks).toBeVisible();
  const deskBefore = await width(page.locator('.desk'));

  await outline.getByRole('button', { name: 'Thu gọn dàn ý (Ctrl+Shift+1)' }).click();
  await expect(outline).toHaveCount(0);
  await page.locator('.sheet__body').first().click();
  await page.keyboard.press('Control+Shift+Digit2');
  await expect(checks).toHaveCount(0);
  // The rails keep the panels one click away; the checks rail still counts the errors.
  await expect(page.getByRole('complementary', { name: 'Dàn ý' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Kiểm tra' })).toBeVisible();
  expect(await width(page.locator('.desk'))).toBeGreaterThan(deskBefore + 400);
  await expect(sheet).toBeVisible();

  await page.waitForTimeout(600);
  await page.reload();
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await expect(page.getByRole('complementary', { name: 'Dàn ý' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Kiểm tra thể thức' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Mở kiểm tra thể thức (Ctrl+Shift+2)' }).click();
  await expect(page.getByRole('region', { name: 'Kiểm tra thể thức' })).toBeVisible();
  await page.locator('.sheet__body').first().click();
  await page.keyboard.press('Control+Shift+Digit1');
  await expect(page.getByRole('navigation', { name: 'Dàn ý' })).toBeVisible();
});

test('at 1024×600 every toolbar button is on screen, and typing in the body at 75 % reaches the outline and the export', async ({ host, gallery, editor, checks, topbar, page }, testInfo) => {
  await page.setViewportSize({ width: 1024, height: 600 });
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await expect(page.getByRole('complementary', { name: 'Kiểm tra' })).toContainText(/\d+ lỗi/u);
  await page.screenshot({ path: join(OUT, 'layout-1024x600.png') });
  const controls = page.locator('.topbar, .desk__bar').locator('button, select');
  const count = await controls.count();
  expect(count).toBeGreaterThan(12);
  const off: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const control = controls.nth(i);
    const box = await control.boundingBox();
    const name = (await control.getAttribute('aria-label')) ?? (await control.textContent()) ?? `#${i}`;
    if (!box || !(await control.isVisible()) || box.x < 0 || box.y < 0 || box.x + box.width > 1024 || box.y + box.height > 600) {
      off.push(name);
    }
  }
  expect(off).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);

  await zoomLevel(page).selectOption('75');
  await expect(page.locator('.desk__zoom')).toHaveAttribute('data-zoom', '75');
  await editor.caretAtEnd('Yêu cầu');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await typeWithIme(page, 'Tổ chức triển khai đồng bộ');
  // "3. " typed at its start makes it the next numbered item ("3."), which the outline lists.
  await page.keyboard.press('Home');
  await typeWithIme(page, '3. ');
  await expect(editor.block('Tổ chức triển khai đồng bộ')).toHaveAttribute('data-label', '3.');
  // The mouse hits the word it points at on the zoomed sheet: a double-click selects "triển", typing replaces it.
  const word = await editor.block('Tổ chức triển khai đồng bộ').evaluate((block) => {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? '').indexOf('triển');
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'triển'.length);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    }
    return null;
  });
  expect(word).not.toBeNull();
  await page.mouse.dblclick(word?.x ?? 0, word?.y ?? 0);
  await typeWithIme(page, 'thực hiện');
  await expect(editor.block('Tổ chức thực hiện khai đồng bộ')).toHaveAttribute('data-label', '3.');
  await page.getByRole('button', { name: 'Mở dàn ý (Ctrl+Shift+1)' }).click();
  await expect(checks.outline()).toContainText('Tổ chức thực hiện khai đồng bộ');

  const download = await topbar.exportDocx();
  const file = join(testInfo.outputDir, 'zoomed.docx');
  await download.saveAs(file);
  const texts = (await readDocx(file)).texts.map((t) => t.normalize('NFC'));
  expect(texts.filter((t) => t.includes('Tổ chức thực hiện khai đồng bộ'))).toHaveLength(1);
});
