/**
 * Typing as a Vietnamese IME does (Telex/VNI in the OS): each word is composed (the composition text
 * replaced step by step), then committed; spaces and line breaks are plain keys between the words.
 */
import type { CDPSession, Page } from '@playwright/test';

const sessions = new WeakMap<Page, CDPSession>();

async function cdpOf(page: Page): Promise<CDPSession> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  return cdp;
}

/** Composes one word: the growing word as composition text, then the whole word committed. */
async function composeWord(cdp: CDPSession, word: string): Promise<void> {
  const letters = [...word.normalize('NFC')];
  for (let i = 1; i <= letters.length; i += 1) {
    const step = letters.slice(0, i).join('');
    await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  }
  await cdp.send('Input.insertText', { text: word.normalize('NFC') });
}

/** Types text into the focused field or editor through IME composition ("\n" presses Enter). */
export async function typeWithIme(page: Page, text: string): Promise<void> {
  const cdp = await cdpOf(page);
  const lines = text.split('\n');
  for (const [n, line] of lines.entries()) {
    if (n > 0) {
      await page.keyboard.press('Enter');
    }
    const words = line.split(' ');
    for (const [i, word] of words.entries()) {
      if (i > 0) {
        await page.keyboard.press('Space');
      }
      if (word !== '') {
        await composeWord(cdp, word);
      }
    }
  }
}
