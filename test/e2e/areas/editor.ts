/**
 * Page object: the body editor on the sheet (Lexical contenteditable, or the read-only view).
 */
import type { Locator, Page } from '@playwright/test';

export class EditorArea {
  constructor(private readonly page: Page) {}

  root(): Locator {
    return this.page.locator('.sheet__body [contenteditable="true"]').first();
  }

  body(): Locator {
    return this.page.locator('.sheet__body').first();
  }

  /** The block whose whole text is this (labels are drawn by CSS, so they are not part of it). */
  block(text: string): Locator {
    const exact = new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
    return this.body().locator('[data-block-id]').filter({ hasText: exact }).first();
  }

  /** Puts the caret at the end of the block holding the text. */
  async caretAtEnd(text: string): Promise<void> {
    await this.block(text).click();
    await this.page.keyboard.press('End');
  }

  /** Types text as keystrokes (Vietnamese letters included). */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }
}
