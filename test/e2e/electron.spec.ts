/**
 * The same app in Electron through _electron.launch when an Electron binary is present
 * (ELECTRON_OVERRIDE_DIST_PATH); otherwise skipped, saying that the specs ran in the browser.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const dist = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
const binary = dist ? join(dist, process.platform === 'win32' ? 'electron.exe' : 'electron') : null;
const SKIP_REASON =
  'Không có Electron (đặt ELECTRON_OVERRIDE_DIST_PATH): các kịch bản end-to-end đã chạy trong trình duyệt Chromium với web host (kehoach serve).';

test('the Electron window shows the gallery and makes a plan from a template', async () => {
  const available = binary !== null && existsSync(binary) && existsSync('out/main/index.js');
  if (!available) {
    console.log(SKIP_REASON);
  }
  test.skip(!available, SKIP_REASON);
  const userData = await mkdtemp(join(tmpdir(), 'kehoach-electron-'));
  const app = await electron.launch({
    executablePath: binary ?? '',
    args: ['out/main/index.js', `--user-data-dir=${userData}`, '--no-sandbox'],
  });
  try {
    const win = await app.firstWindow();
    await expect(win.getByRole('heading', { name: 'Tạo kế hoạch mới từ mẫu' })).toBeVisible();
    await win.locator('.card[data-template="ke-hoach-trien-khai"]').click();
    await expect(win.locator('.letterhead__national')).toHaveText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(await win.evaluate(() => typeof (window as unknown as { host?: unknown }).host)).toBe('object');
  } finally {
    await app.close();
    await rm(userData, { recursive: true, force: true });
  }
});
