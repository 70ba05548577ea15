/**
 * Find-all over a ~100-page plan (not a test: it measures, never asserts). In-process: findInDocument
 * (core/model/find.ts) for a frequent word, a whole-word and a case-sensitive query, a phrase and the
 * "{…}" placeholders, warm medians. In the page (web host, Chromium): from the last key typed into the
 * find field until the bar shows the count and the matches are highlighted (two task hops after React).
 * Run: npx tsx bench/find.ts [--pages 100] [--runs 30]   (the page part needs out/web: npm run build:web)
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findInDocument, findPlaceholders, serializePlan } from '../core/model/index';
import { startHost } from '../test/e2e/host-process';
import { generatePlan } from './generate-plan';
import { measure } from './timing';
import { arg, launchChromium, median } from './ui/bench-args';

async function main(): Promise<void> {
  const pages = arg('pages', 100);
  const runs = arg('runs', 30);
  const plan = generatePlan(pages);
  const plain = { matchCase: false, wholeWord: false };
  const queries: Array<[string, () => unknown]> = [
    ['"của" (frequent)', () => findInDocument(plan, 'của', plain)],
    ['"nhiệm vụ" whole word', () => findInDocument(plan, 'nhiệm vụ', { matchCase: false, wholeWord: true })],
    ['"Ủy ban" match case', () => findInDocument(plan, 'Ủy ban', { matchCase: true, wholeWord: false })],
    ['placeholders {…}', () => findPlaceholders(plan)],
  ];
  console.log(`in-process, ${pages}-page plan (${(serializePlan(plan).length / 1024).toFixed(0)} KB), warm median of ${runs}:`);
  for (const [name, work] of queries) {
    const count = (work() as readonly unknown[]).length;
    console.log(`  ${name}: ${(await measure(work, 1, runs)).median.toFixed(2)} ms (${count} matches)`);
  }

  const dir = await mkdtemp(join(tmpdir(), 'kehoach-bench-find-'));
  const planFile = join(dir, `ke-hoach-${pages}-trang.kehoach`);
  await writeFile(planFile, serializePlan(plan));
  const host = await startHost(join(dir, 'data'));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(host.url);
    await page.locator('.card').first().waitFor();
    await page.getByLabel('Chọn tệp để mở').setInputFiles(planFile);
    await page.locator('.sheet__body [contenteditable="true"]').waitFor();
    await page.locator('.sheet__body [data-block-id]').first().click();
    await page.keyboard.press('Control+f');
    const field = page.getByRole('search').getByLabel('Tìm', { exact: true });
    await field.waitFor();
    const samples: number[] = [];
    for (let i = 0; i < Math.min(runs, 15); i += 1) {
      await field.fill('củ');
      await page.waitForTimeout(50);
      // Time from the key that completes the query until the count shows, after React and layout.
      const ms = (await page.evaluate(`new Promise((resolve) => {
        const field = document.activeElement;
        const started = performance.now();
        field.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        setter.call(field, 'của');
        field.dispatchEvent(new Event('input', { bubbles: true }));
        setTimeout(() => setTimeout(() => { void document.body.offsetHeight; resolve(performance.now() - started); }, 0), 0);
      })`)) as number;
      samples.push(ms);
    }
    const shown = await page.getByRole('search').innerText();
    console.log(`in the page (Chromium ${browser.version()}): find-all "của" until counted and highlighted: median ${median(samples).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms (${samples.length} runs; bar: ${shown.replace(/\s+/g, ' ').slice(0, 60)})`);
  } finally {
    await browser.close();
    await host.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
