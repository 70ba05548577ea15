/**
 * Nothing overwritten: a plan saved from two tabs, from two hosts over one data folder, or changed on
 * disk by someone else is never silently replaced. The second opener is told the file is in use; the
 * save that would overwrite unseen work stops with a choice (save a copy, reload, overwrite after
 * confirming), and whatever the choice, both versions survive (the copy, the disk, or the backup).
 * A live draft is never offered as a leftover to another tab or host.
 */
import { chmod, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { GalleryArea } from './areas/gallery';
import { SheetArea } from './areas/sheet';
import { TopBarArea } from './areas/topbar';
import { expect, test } from './fixtures';
import { startHost } from './host-process';

/** The page objects of a second tab or window. */
function areasOf(page: Page): { gallery: GalleryArea; sheet: SheetArea; topbar: TopBarArea } {
  return { gallery: new GalleryArea(page), sheet: new SheetArea(page), topbar: new TopBarArea(page) };
}

function conflictDialog(page: Page): ReturnType<Page['getByRole']> {
  return page.getByRole('dialog', { name: 'Tệp đã thay đổi ở nơi khác' });
}

async function savedPlans(dataDir: string): Promise<string[]> {
  return (await readdir(join(dataDir, 'documents'))).filter((f) => f.endsWith('.kehoach')).sort();
}

async function text(path: string): Promise<string> {
  return readFile(path, 'utf8');
}

test('two tabs on one plan: the second save stops, and "save as copy" keeps both versions', async ({ host, dataDir, gallery, sheet, topbar, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await sheet.editField('Địa danh', 'Hà Nội');
  await topbar.save();
  const [file] = await savedPlans(dataDir);

  const tab2 = await page.context().newPage();
  const second = areasOf(tab2);
  await second.gallery.open(host.url);
  await second.gallery.recentFiles().first().click();
  await tab2.locator('.sheet').waitFor();
  await expect(second.topbar.notice()).toContainText('đang được mở ở nơi khác');

  await sheet.editField('Địa danh', 'Huế');
  await topbar.save();
  await second.sheet.editField('Địa danh', 'Đà Nẵng');
  await tab2.keyboard.press('Control+s');
  await expect(conflictDialog(tab2)).toBeVisible();
  await conflictDialog(tab2).getByRole('button', { name: 'Lưu thành bản sao' }).click();
  await expect(second.topbar.notice()).toContainText('Đã lưu');

  const plans = await savedPlans(dataDir);
  const copy = plans.find((f) => f !== file) ?? '';
  expect({ count: plans.length, original: await text(join(dataDir, 'documents', file ?? '')), copy: await text(join(dataDir, 'documents', copy)) }).toEqual({
    count: 2,
    original: expect.stringContaining('Huế'),
    copy: expect.stringContaining('Đà Nẵng'),
  });
  await expect(second.topbar.fileName()).toHaveText(copy);
});

test('two hosts on one file: the second sees it in use, its save stops, and "reload" shows the first host’s work', async ({ host, dataDir, gallery, sheet, topbar, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await sheet.editField('Địa danh', 'Hà Nội');
  await topbar.save();
  const [file] = await savedPlans(dataDir);

  const other = await startHost(dataDir);
  try {
    const page2 = await page.context().newPage();
    const second = areasOf(page2);
    await second.gallery.open(other.url);
    await second.gallery.recentFiles().first().click();
    await page2.locator('.sheet').waitFor();
    await expect(second.topbar.notice()).toContainText('đang được mở ở nơi khác');

    await sheet.editField('Địa danh', 'Huế');
    await topbar.save();
    await second.sheet.editField('Địa danh', 'Đà Nẵng');
    await page2.keyboard.press('Control+s');
    await expect(conflictDialog(page2)).toBeVisible();
    page2.once('dialog', (d) => void d.accept());
    await conflictDialog(page2).getByRole('button', { name: 'Tải lại bản trên đĩa' }).click();
    await expect(second.sheet.dateLine()).toContainText('Huế');
    await expect(second.topbar.fileName()).not.toContainText('•');
    expect({ plans: await savedPlans(dataDir), content: await text(join(dataDir, 'documents', file ?? '')) }).toEqual({
      plans: [file],
      content: expect.stringContaining('Huế'),
    });
  } finally {
    await other.stop();
  }
});

test('an outside edit: the save stops, and "overwrite" after confirming keeps the outside version as the backup and the file’s mode', async ({ host, dataDir, gallery, sheet, topbar, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await sheet.editField('Địa danh', 'Hà Nội');
  await topbar.save();
  const [name] = await savedPlans(dataDir);
  const file = join(dataDir, 'documents', name ?? '');
  // A colleague edits the file on the shared folder, and keeps it private to its owner.
  await writeFile(file, (await text(file)).replace('Hà Nội', 'Ninh Bình'));
  await chmod(file, 0o600);

  await sheet.editField('Địa danh', 'Huế');
  await page.keyboard.press('Control+s');
  await expect(conflictDialog(page)).toBeVisible();
  expect(await text(file)).toContain('Ninh Bình');
  const question = new Promise<string>((resolve) => {
    page.once('dialog', (d) => {
      resolve(d.message());
      void d.accept();
    });
  });
  await conflictDialog(page).getByRole('button', { name: 'Ghi đè…' }).click();
  expect(await question).toContain('.bak');
  await expect(topbar.notice()).toContainText('Đã lưu');
  expect({
    current: await text(file),
    backup: await text(`${file}.bak`),
    mode: (await stat(file)).mode & 0o777,
  }).toEqual({ current: expect.stringContaining('Huế'), backup: expect.stringContaining('Ninh Bình'), mode: 0o600 });
});

test('a live draft is offered neither in another tab nor by a second host, and is once its host is gone', async ({ host, dataDir, gallery, sheet, page }) => {
  await gallery.open(host.url);
  await gallery.newFromTemplate('ke-hoach-trien-khai');
  await sheet.editField('Địa danh', 'Lào Cai');
  await page.waitForResponse((r) => r.url().endsWith('/host/autosave') && r.ok(), { timeout: 10_000 });

  const tab2 = await page.context().newPage();
  const listedInTab2 = tab2.waitForResponse((r) => r.url().endsWith('/host/listRecoveries'));
  await areasOf(tab2).gallery.open(host.url);
  const other = await startHost(dataDir);
  try {
    const page3 = await page.context().newPage();
    const third = areasOf(page3);
    const listedByOtherHost = page3.waitForResponse((r) => r.url().endsWith('/host/listRecoveries'));
    await third.gallery.open(other.url);
    expect({ tab2: await (await listedInTab2).json(), otherHost: await (await listedByOtherHost).json() }).toEqual({
      tab2: { ok: true, value: [] },
      otherHost: { ok: true, value: [] },
    });
    await expect(areasOf(tab2).gallery.recoveryQuestion()).toBeHidden();
    await expect(third.gallery.recoveryQuestion()).toBeHidden();

    await host.kill();
    await third.gallery.open(other.url);
    await expect(third.gallery.recoveryQuestion()).toBeVisible();
    await third.gallery.restoreFirst();
    await expect(third.sheet.dateLine()).toContainText('Lào Cai');
  } finally {
    await other.stop();
  }
});
