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
    return this.answerExport(download);
  }

  /** After an export was asked for (button or Ctrl+E): "Vẫn xuất" if errors are open, the default name kept. */
  async answerExport(download: Promise<Download>): Promise<Download> {
    const question = this.exportQuestion();
    const name = this.fileNameQuestion();
    // Errors still open are asked about first, then the web host asks the file name (the default kept).
    for (let step = 0; step < 2; step += 1) {
      const next = await Promise.race([
        download.then(() => 'download' as const),
        question.waitFor().then(() => 'errors' as const, () => 'none' as const),
        name.waitFor().then(() => 'name' as const, () => 'none' as const),
      ]);
      if (next === 'errors') {
        await question.getByRole('button', { name: 'Vẫn xuất' }).click();
        await question.waitFor({ state: 'hidden' });
      } else if (next === 'name') {
        await name.getByRole('button', { name: 'Xuất', exact: true }).click();
        break;
      } else {
        break;
      }
    }
    return download;
  }

  /** The in-page file name question of "Lưu thành…" and export (web host). */
  fileNameQuestion(): Locator {
    return this.page.getByRole('dialog', { name: /^(Lưu kế hoạch thành tệp|Xuất tệp Word \(\.docx\))$/u });
  }

  /** The question before exporting with errors still open. */
  exportQuestion(): Locator {
    return this.page.getByRole('dialog', { name: 'Xuất khi còn lỗi?' });
  }

  notice(): Locator {
    return this.page.locator('.notice');
  }
}
