/**
 * Page object: the top bar (Mới, Mở, Lưu, Lưu thành…, Xuất .docx, Xem trước bản in, Hồ sơ cơ quan).
 */
import type { Download, Locator, Page } from '@playwright/test';

export class TopBarArea {
  constructor(private readonly page: Page) {}

  button(name: string): Locator {
    return this.page.getByRole('toolbar', { name: 'Thanh công cụ' }).getByRole('button', { name, exact: true });
  }

  fileName(): Locator {
    return this.page.getByLabel('Tệp đang mở');
  }

  /** Saves with Ctrl+S and waits for the confirmation. */
  async save(): Promise<void> {
    await this.page.keyboard.press('Control+s');
    await this.page.getByRole('status').filter({ hasText: 'Đã lưu' }).waitFor();
  }

  /** Exports the .docx (answering "Vẫn xuất" when errors are still open) and returns the browser download. */
  async exportDocx(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.button('Xuất .docx').click();
    const question = this.exportQuestion();
    const asked = await Promise.race([download.then(() => false), question.waitFor().then(() => true, () => false)]);
    if (asked) {
      await question.getByRole('button', { name: 'Vẫn xuất' }).click();
    }
    return download;
  }

  /** The question before exporting with errors still open. */
  exportQuestion(): Locator {
    return this.page.getByRole('dialog', { name: 'Xuất khi còn lỗi?' });
  }

  notice(): Locator {
    return this.page.locator('.notice');
  }
}
