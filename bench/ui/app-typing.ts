/**
 * Typing latency in the whole app (not a test: it measures, never asserts): a ~100-page plan opened in
 * the web host in Chromium, keys typed into its middle; each sample runs from the keydown listener
 * (capture) until the editor, the app reducer and React have finished and layout is done (two task
 * hops, so React's scheduled render is included). Complements bench/ui/keystroke.ts (editor alone).
 * Needs out/web (npm run build:web). Run: npx tsx bench/ui/app-typing.ts [--pages 100] [--keys 200]
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializePlan } from '../../core/model/serialize';
import { startHost } from '../../test/e2e/host-process';
import { generatePlan } from '../generate-plan';
import { arg, launchChromium, percentile } from './bench-args';

const TYPED = 'Tổ chức thực hiện nghiêm túc, hiệu quả các nhiệm vụ được giao. ';

const PROBE = `(() => {
  const samples = [];
  let pending = null;
  document.addEventListener('keydown', () => {
    if (pending !== null) { return; }
    pending = performance.now();
    setTimeout(() => setTimeout(() => {
      void document.body.offsetHeight;
      samples.push(performance.now() - pending);
      pending = null;
    }, 0), 0);
  }, true);
  window.__appSamples = samples;
})()`;

async function main(): Promise<void> {
  const pages = arg('pages', 100);
  const keys = arg('keys', 200);
  const dir = await mkdtemp(join(tmpdir(), 'kehoach-bench-typing-'));
  const planFile = join(dir, `ke-hoach-${pages}-trang.kehoach`);
  await writeFile(planFile, serializePlan(generatePlan(pages)));
  const host = await startHost(join(dir, 'data'));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(host.url);
    await page.locator('.card').first().waitFor();
    await page.getByLabel('Chọn tệp để mở').setInputFiles(planFile);
    await page.locator('.sheet__body [contenteditable="true"]').waitFor();
    const blocks = page.locator('.sheet__body [data-block-id]');
    const count = await blocks.count();
    await blocks.nth(Math.floor(count / 2)).click();
    await page.keyboard.press('End');
    await page.evaluate(PROBE);
    for (let i = 0; i < 20; i += 1) {
      await page.keyboard.type('x');
    }
    await page.evaluate('window.__appSamples.length = 0');
    for (let i = 0; i < keys; i += 1) {
      await page.keyboard.type(TYPED[i % TYPED.length] ?? 'a');
    }
    await page.waitForTimeout(100);
    const samples = (await page.evaluate('window.__appSamples')) as number[];
    console.log(`Chromium ${browser.version()}: whole app, ${count} blocks (${pages}-page plan), ${samples.length} keys typed in the middle`);
    console.log(`keystroke p50 ${percentile(samples, 50).toFixed(2)} ms, p95 ${percentile(samples, 95).toFixed(2)} ms, max ${Math.max(...samples).toFixed(2)} ms (target p95 < 16 ms)`);
  } finally {
    await browser.close();
    await host.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
