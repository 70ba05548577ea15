/**
 * Batch review in the web host: the corpus folder picked through the page's folder input is checked with
 * a progress bar, and the table equals what `kehoach check <folder> --format json` gives for the same
 * files (same files in the same order, kinds, error and warning counts); its CSV is byte for byte the
 * command's `--format csv`; a row opens its phiếu kiểm tra, and the file itself in the reviewer view.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { kindNameOf } from '../../core/model/kinds';
import { expect, test } from './fixtures';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(ROOT, 'test', 'fixtures');

type JsonEntry = { file: string; error?: string; documents: { kind: string; findings: { severity: string }[] }[] };
type Expected = { file: string; kinds: string; errors: string; warnings: string; unreadable: boolean };

/** `kehoach check …` through the real bin, from `cwd`. */
function kehoach(args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [join(ROOT, 'packages', 'kehoach-cli', 'kehoach.cjs'), 'check', ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
      // Exit 1 (errors found) and 2 (a file unreadable) still write the report.
      if (error && typeof error.code !== 'number') {
        reject(new Error(`${error.message}\n${stderr}`));
      } else {
        resolve(stdout);
      }
    });
  });
}

function expectedRows(json: string): Expected[] {
  return (JSON.parse(json) as JsonEntry[]).map((e) => {
    const findings = e.documents.flatMap((d) => d.findings);
    const unreadable = e.error !== undefined;
    return {
      file: e.file.replace(/\\/g, '/'),
      kinds: e.documents.map((d) => kindNameOf(d.kind)).join(', '),
      errors: unreadable ? '' : String(findings.filter((f) => f.severity === 'error').length),
      warnings: unreadable ? '' : String(findings.filter((f) => f.severity === 'warning').length),
      unreadable,
    };
  });
}

async function tableRows(page: Page): Promise<Expected[]> {
  return page.locator('.batch__table tbody tr').evaluateAll((rows) =>
    rows.map((tr) => {
      const cells = Array.from(tr.querySelectorAll('td'), (td) => (td.textContent ?? '').trim());
      return {
        file: tr.getAttribute('data-file') ?? '',
        kinds: cells[2] ?? '',
        errors: cells[3] ?? '',
        warnings: cells[4] ?? '',
        unreadable: tr.classList.contains('batch__row--unreadable'),
      };
    }),
  );
}

async function openBatch(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.card').first().waitFor();
  await page.getByRole('button', { name: 'Kiểm tra hàng loạt…' }).click();
  await expect(page.getByRole('heading', { name: 'Kiểm tra hàng loạt' })).toBeVisible();
}

test('a folder of the corpus: progress, the command\'s rows, its CSV, a file\'s report and the file itself', async ({ host, page }) => {
  test.setTimeout(240_000);
  await openBatch(page, host.url);
  // Every value the progress bar shows, from its first render on.
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { seen: number[] }).seen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('.batch__progress progress');
      const value = bar === null ? null : Number(bar.getAttribute('value'));
      if (value !== null && seen[seen.length - 1] !== value) {
        seen.push(value);
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await page.locator('input[data-batch-input="folder"]').setInputFiles(join(FIXTURES, 'corpus'));
  const state = page.locator('[data-batch-state]');
  await expect(state).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.batch__progress progress')).toHaveAttribute('max', /\d+/);
  await expect(state).toHaveAttribute('data-batch-state', 'finished', { timeout: 180_000 });
  await expect(page.locator('.batch__progress')).toContainText('Bỏ qua 3 tệp');

  const expected = expectedRows(await kehoach(['corpus', '--format', 'json'], FIXTURES));
  expect(expected.length).toBeGreaterThan(20);
  const shown = await tableRows(page);
  expect(shown).toEqual(expected);
  const progress = page.locator('.batch__progress progress');
  await expect(progress).toHaveAttribute('value', String(expected.length));
  // The bar started below the total and only grew.
  const seen = await page.evaluate(() => (window as unknown as { seen: number[] }).seen);
  expect(seen[0]).toBeLessThan(expected.length);
  expect(seen[seen.length - 1]).toBe(expected.length);
  expect(seen.every((v, i) => i === 0 || v > (seen[i - 1] as number))).toBe(true);

  // Sorting by errors puts the file with the most errors first; by STT again restores file order.
  await page.getByRole('button', { name: /^Lỗi/ }).click();
  const most = Math.max(...expected.filter((e) => !e.unreadable).map((e) => Number(e.errors)));
  await expect(page.locator('.batch__table tbody tr').first().locator('td[data-col="errors"]')).toHaveText(String(most));
  await page.getByRole('button', { name: /^STT/ }).click();
  expect((await tableRows(page)).map((r) => r.file)).toEqual(expected.map((e) => e.file));

  // A row with errors opens its phiếu kiểm tra beside the table.
  const withErrors = expected.find((e) => !e.unreadable && Number(e.errors) > 0);
  if (!withErrors) {
    throw new Error('the corpus has no file with errors');
  }
  await page.locator(`.batch__table tbody tr[data-file="${withErrors.file}"]`).click();
  const report = page.locator('.batch__report');
  await expect(report.getByRole('heading', { name: `Phiếu kiểm tra — ${withErrors.file}` })).toBeVisible();
  const frame = page.frameLocator('.batch__report-frame');
  await expect(frame.locator('body')).toContainText(withErrors.file.split('/').pop() as string);
  await page.screenshot({ path: 'docs/screenshots/batch-review.png' });

  // The CSV is the command's CSV of the same folder.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất bảng (CSV)' }).click()]);
  const csv = await readFile(await download.path(), 'utf8');
  const cliCsv = await kehoach(['corpus', '--format', 'csv'], FIXTURES);
  expect(csv.startsWith('\ufeff')).toBe(true);
  expect(csv.replace(/\\/g, '/')).toBe(cliCsv.replace(/\\/g, '/'));
  await writeFile(join(ROOT, 'docs', 'screenshots', 'batch-review.csv'), csv);

  // …and the file itself in the reviewer view.
  await report.getByRole('button', { name: 'Mở tệp để xem' }).click();
  await expect(page.locator('.topbar')).toBeVisible();
  await expect(page.locator('.topbar__file')).toContainText(withErrors.file.split('/').pop()?.replace(/\.docx$/, '') as string);
});

test('several files, one of them unreadable: a row with its reason, the same rows as the command', async ({ host, page }) => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(join(tmpdir(), 'kehoach-batch-e2e-'));
  try {
    const names = ['01_lamdong-kh-cchc-2026.docx', '16_bentre-kh-7822-2021-excerpt.txt', '06_binhthuan-qd-1424.docx'];
    await writeFile(join(dir, 'hong.docx'), 'không phải tệp Word');
    for (const name of names) {
      await writeFile(join(dir, name), await readFile(join(FIXTURES, 'corpus', name)));
    }
    const files = [...names.slice(0, 2), 'hong.docx', names[2] as string];
    await openBatch(page, host.url);
    await page.locator('input[data-batch-input="files"]').setInputFiles(files.map((n) => join(dir, n)));
    await expect(page.locator('[data-batch-state]')).toHaveAttribute('data-batch-state', 'finished', { timeout: 90_000 });
    const expected = expectedRows(await kehoach([...files, '--format', 'json'], dir));
    expect(await tableRows(page)).toEqual(expected);
    const broken = page.locator('.batch__table tbody tr[data-file="hong.docx"]');
    await expect(broken).toHaveClass(/batch__row--unreadable/);
    await expect(broken.locator('.batch__first')).toContainText('Không đọc được');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
