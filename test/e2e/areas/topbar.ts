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

  /** Exports the .docx and returns the browser download. */
  async exportDocx(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.button('Xuất .docx').click();
    return download;
  }

  notice(): Locator {
    return this.page.locator('.notice');
  }
}
