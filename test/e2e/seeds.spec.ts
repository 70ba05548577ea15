/**
 * Real plans as text (test/fixtures/seeds) open on the page with their outline and their findings; a
 * Word file opens in reviewer mode (read-only, check report, "import as a new plan").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeDocx } from '../../core/docx/index';
import { importText } from '../../core/import/index';
import { expect, test } from './fixtures';

const SEEDS = 'test/fixtures/seeds';
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

for (const seed of seeds) {
  test(`seed ${seed} opens with its sections in the outline and its findings listed`, async ({ host, gallery, checks, topbar }) => {
    await gallery.open(host.url);
    await gallery.openFile(join(SEEDS, seed));
    await expect(topbar.fileName()).toHaveText(seed.replace(/\.txt$/, ''));
    await expect(checks.outline().getByRole('button', { name: /^I\. MỤC ĐÍCH/ })).toBeVisible();
    await expect(checks.outline().getByRole('button', { name: /^II\. / })).toBeVisible();
    await expect(checks.counts()).toHaveText(/^\d+ lỗi · \d+ cảnh báo · \d+ gợi ý$/);
    await expect(checks.panel()).toContainText('Tệp văn bản thuần');
  });
}

test('seed 000, which has no agency and no Quốc hiệu, gets exactly those errors and a blank-number hint', async ({ host, gallery, checks }) => {
  await gallery.open(host.url);
  await gallery.openFile(join(SEEDS, '000_98d291e9b77cf172.txt'));
  await expect(checks.finding('header.agency')).toHaveCount(1);
  await expect(checks.finding('header.national-motto').first()).toBeVisible();
  await expect(checks.finding('header.number')).toHaveAttribute('aria-label', /^Gợi ý:/);
  await expect(checks.finding('structure.numbering')).toHaveCount(0);
});

test('a Word file opens in reviewer mode with its findings, and can become a new editable plan', async ({ host, gallery, checks, topbar, sheet, page }, testInfo) => {
  const read = importText(readFileSync(join(SEEDS, '002_22334cb543bfff35.txt'), 'utf8'));
  if (!read.ok || !read.value[0]) {
    throw new Error('seed 002 did not import');
  }
  await mkdir(testInfo.outputDir, { recursive: true });
  const file = join(testInfo.outputDir, 'ke-hoach-002.docx');
  await writeFile(file, await writeDocx(read.value[0]));
  await gallery.open(host.url);
  await gallery.openFile(file);
  await expect(page.getByText('Chế độ kiểm tra (chỉ đọc)')).toBeVisible();
  await expect(topbar.button('Lưu')).toHaveCount(0);
  await expect(sheet.root().getByRole('button', { name: 'Sửa cơ quan ban hành' })).toHaveCount(0);
  await expect(checks.counts()).toBeVisible();
  await expect(sheet.root()).toContainText('I. MỤC ĐÍCH, YÊU CẦU');

  const report = page.waitForEvent('download');
  await topbar.button('In phiếu kiểm tra').click();
  const saved = await report;
  expect(saved.suggestedFilename()).toMatch(/^phieu-kiem-tra-.*\.html$/);
  const html = readFileSync((await saved.path()) ?? '', 'utf8');
  expect(html).toContain('Phiếu kiểm tra thể thức');

  await topbar.button('Nhập thành kế hoạch mới').click();
  await expect(page.getByText('Chế độ kiểm tra (chỉ đọc)')).toHaveCount(0);
  await expect(sheet.root().getByRole('button', { name: 'Sửa cơ quan ban hành' })).toBeVisible();
  await expect(topbar.fileName()).toHaveText('ke-hoach-002 •');
});

test('a text holding two plans offers a selector, and each plan is checked on its own', async ({ host, gallery, checks, topbar, sheet, page }, testInfo) => {
  const text = [readFileSync(join(SEEDS, '002_22334cb543bfff35.txt'), 'utf8'), readFileSync(join(SEEDS, '004_4703a2ed9937ac38.txt'), 'utf8')].join('\n\n');
  await mkdir(testInfo.outputDir, { recursive: true });
  const file = join(testInfo.outputDir, 'hai-ke-hoach.txt');
  await writeFile(file, text);
  await gallery.open(host.url);
  await gallery.openFile(file);
  const picker = page.getByRole('combobox', { name: 'Văn bản trong tệp' });
  await expect(picker.locator('option')).toHaveCount(2);
  await expect(sheet.root().locator('.title-block__summary')).toContainText('Chiến lược văn hóa đối ngoại');
  await picker.selectOption({ index: 1 });
  await expect(sheet.root().locator('.title-block__summary')).toContainText('NGOẠI GIAO VĂN HÓA');
  await expect(checks.outline().getByRole('button', { name: /^III\. TỔ CHỨC THỰC HIỆN/ })).toBeVisible();
  await expect(topbar.fileName()).toHaveText('hai-ke-hoach');
});

test('a text file dropped on the window opens like "Mở"', async ({ host, gallery, topbar, checks, page }) => {
  await gallery.open(host.url);
  const text = readFileSync(join(SEEDS, '004_4703a2ed9937ac38.txt'), 'utf8');
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'ke-hoach-keo-tha.txt', { type: 'text/plain' }));
    return data;
  }, text);
  await page.locator('.app').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(topbar.fileName()).toHaveText('ke-hoach-keo-tha');
  await expect(checks.outline().getByRole('button', { name: /^III\. TỔ CHỨC THỰC HIỆN/ })).toBeVisible();
});

test('a quick fix in reviewer mode starts a new plan with the fix, leaving the Word file untouched', async ({ host, gallery, checks, topbar, sheet, page }, testInfo) => {
  const read = importText(readFileSync(join(SEEDS, '002_22334cb543bfff35.txt'), 'utf8'));
  if (!read.ok || !read.value[0]) {
    throw new Error('seed 002 did not import');
  }
  const plan = read.value[0];
  // A deputy signing directly under "TM. ỦY BAN NHÂN DÂN", without "KT. CHỦ TỊCH".
  const deputyWithoutKt = { ...plan, signature: { onBehalfOf: 'ỦY BAN NHÂN DÂN', authority: null, headTitle: null, signerTitle: 'PHÓ CHỦ TỊCH', name: 'Tổng Thanh Hải' } };
  await mkdir(testInfo.outputDir, { recursive: true });
  const file = join(testInfo.outputDir, 'thieu-kt.docx');
  await writeFile(file, await writeDocx(deputyWithoutKt));
  await gallery.open(host.url);
  await gallery.openFile(file);
  await expect(page.getByText('Chế độ kiểm tra (chỉ đọc)')).toBeVisible();
  await expect(checks.finding('signature.authority')).toHaveCount(1);
  await checks.applyFix('signature.authority');
  await expect(page.getByText('Chế độ kiểm tra (chỉ đọc)')).toHaveCount(0);
  await expect(checks.finding('signature.authority')).toHaveCount(0);
  await expect(sheet.signer().locator('.signer__line')).toHaveText(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  await expect(topbar.fileName()).toHaveText('thieu-kt •');
});
