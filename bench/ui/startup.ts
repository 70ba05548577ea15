/**
 * Startup benchmark (not a test: it measures, never asserts). Starts the real web host over a temp data
 * folder, then in Chromium measures, per run in a fresh browser context:
 *   - start screen ready: navigation start → template cards shown;
 *   - new plan interactive: click on a template → a typed letter appears in the body editor;
 *   - 100-page plan interactive: upload of a ~100-page .kehoach → a typed letter appears in its editor.
 * Needs out/web (npm run build:web). Run: npx tsx bench/ui/startup.ts [--runs 5] [--pages 100]
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serializePlan } from '../../core/model/serialize';
import { startHost } from '../../test/e2e/host-process';
import { generatePlan } from '../generate-plan';
import { arg, launchChromium, median } from './bench-args';

/** ms since navigation start, in the page. */
async function now(page: Page): Promise<number> {
  return page.evaluate('performance.now()');
}

/** Types one letter at the end of the first editable block and waits until the DOM shows it. */
async function typeProbe(page: Page): Promise<void> {
  const editor = page.locator('.sheet__body [contenteditable="true"]');
  await editor.waitFor();
  await page.locator('.sheet__body [data-block-id]').nth(1).click();
  await page.keyboard.press('End');
  await page.keyboard.type('ữ');
  await page.waitForFunction("document.querySelector('.sheet__body [contenteditable=\"true\"]').textContent.includes('ữ')");
}

type Breakdown = { readonly dom: number; readonly templatesStart: number; readonly templatesEnd: number };
const breakdown: Breakdown[] = [];

async function run(page: Page, launchUrl: string, origin: string, planFile: string): Promise<{ start: number; newPlan: number; bigPlan: number }> {
  // The launch address works once: it sets the session cookie and redirects to the page.
  await page.goto(launchUrl);
  await page.locator('.card').first().waitFor();
  const start = await now(page);
  breakdown.push(
    await page.evaluate<Breakdown>(`(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const api = performance.getEntriesByType('resource').filter((e) => e.name.includes('/host/listTemplates'))[0];
      return { dom: nav ? nav.domContentLoadedEventEnd : NaN, templatesStart: api ? api.startTime : NaN, templatesEnd: api ? api.responseEnd : NaN };
    })()`),
  );
  const t0 = await now(page);
  await page.locator('.card').first().click();
  await typeProbe(page);
  const newPlan = (await now(page)) - t0;
  page.once('dialog', (d) => void d.accept());
  await page.goto(origin);
  await page.locator('.card').first().waitFor();
  const t1 = await now(page);
  await page.getByLabel('Chọn tệp để mở').setInputFiles(planFile);
  await typeProbe(page);
  const bigPlan = (await now(page)) - t1;
  return { start, newPlan, bigPlan };
}

async function main(): Promise<void> {
  const runs = arg('runs', 5);
  const pages = arg('pages', 100);
  const dir = await mkdtemp(join(tmpdir(), 'kehoach-bench-ui-'));
  const planFile = join(dir, `ke-hoach-${pages}-trang.kehoach`);
  const plan = serializePlan(generatePlan(pages));
  await writeFile(planFile, plan);
  const host = await startHost(join(dir, 'data'));
  const browser = await launchChromium();
  try {
    const results: { start: number; newPlan: number; bigPlan: number }[] = [];
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      results.push(await run(page, host.url, host.origin, planFile));
      await context.close();
    }
    const col = (key: 'start' | 'newPlan' | 'bigPlan'): string =>
      `median ${median(results.map((r) => r[key])).toFixed(0)} ms (runs: ${results.map((r) => r[key].toFixed(0)).join(', ')})`;
    console.log(`Chromium ${browser.version()}, ${runs} runs, plan file ${(plan.length / 1024).toFixed(0)} KB (${pages} pages)`);
    console.log(`start screen ready (navigation → template cards): ${col('start')}`);
    const part = (key: keyof Breakdown): string => median(breakdown.map((b) => b[key])).toFixed(0);
    console.log(`  of which: DOMContentLoaded ${part('dom')} ms; listTemplates request ${part('templatesStart')} → ${part('templatesEnd')} ms`);
    console.log(`new plan interactive (template click → typed letter shown): ${col('newPlan')}`);
    console.log(`${pages}-page plan interactive (upload → typed letter shown): ${col('bigPlan')}`);
  } finally {
    await browser.close();
    await host.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
