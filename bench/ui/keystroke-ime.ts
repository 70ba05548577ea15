/**
 * Vietnamese typing through IME paths in real Chromium (a check that prints, not a test suite):
 * Telex composition sent as the OS IME does (CDP imeSetComposition steps, then the commit), and
 * Unikey-style replacement (Backspace over letters, then insertText). Prints what the editor holds.
 * Run: npx tsx bench/ui/keystroke-ime.ts
 */
import type { CDPSession, Page } from 'playwright-core';
import { openBenchPage } from './keystroke-page';

/** Puts the caret at the end of the first paragraph of the bench plan and returns its id. */
async function caretAtParagraphEnd(page: Page): Promise<string> {
  return (await page.evaluate(`(() => {
    const el = document.querySelector('.plan-block[data-style="paragraph"]');
    window.__bench.reveal(el.dataset.blockId, el.textContent.length);
    return el.dataset.blockId;
  })()`)) as string;
}

async function textOf(page: Page, id: string): Promise<string> {
  return (await page.evaluate(`document.querySelector('[data-block-id="${id}"]').textContent`)) as string;
}

/** Telex "nghieem" as an IME shows it: each step replaces the composition, then the word is committed. */
async function composeTelex(cdp: CDPSession, steps: readonly string[]): Promise<void> {
  for (const step of steps) {
    await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  }
  await cdp.send('Input.insertText', { text: steps[steps.length - 1] ?? '' });
}

async function main(): Promise<void> {
  const { page, close } = await openBenchPage('sections=1&items=2');
  try {
    const cdp = await page.context().newCDPSession(page);
    await page.evaluate(`(() => {
      window.__ime = { compositionstart: 0, compositionupdate: 0, compositionend: 0 };
      for (const type of Object.keys(window.__ime)) {
        document.addEventListener(type, () => { window.__ime[type] += 1; }, true);
      }
    })()`);
    const id = await caretAtParagraphEnd(page);
    const before = await textOf(page, id);
    await page.keyboard.type(' ');
    await composeTelex(cdp, ['n', 'ng', 'ngh', 'nghi', 'nghie', 'nghiê', 'nghiêm']);
    await page.keyboard.type(' ');
    await composeTelex(cdp, ['t', 'tu', 'tú', 'túc']);
    await page.waitForTimeout(100);
    const composed = (await textOf(page, id)).slice(before.length);
    // Unikey without composition: "Vieej" → Backspace ×3 → "ệ", then "t".
    await page.keyboard.type(' Vieej');
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.press('Backspace');
    }
    await page.keyboard.insertText('ệ');
    await page.keyboard.type('t');
    await page.waitForTimeout(100);
    const replaced = (await textOf(page, id)).slice(before.length + composed.length);
    const report = (name: string, got: string, want: string): void => {
      console.log(`${got === want ? 'đúng' : 'SAI '}  ${name.padEnd(34)} ${JSON.stringify(got)}${got === want ? '' : ` (mong đợi ${JSON.stringify(want)})`}`);
    };
    report('Telex qua IME (composition)', composed, ' nghiêm túc');
    console.log(`      sự kiện composition: ${JSON.stringify(await page.evaluate('window.__ime'))}`);
    report('Unikey thay thế (Backspace+insertText)', replaced, ' Việt');
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
