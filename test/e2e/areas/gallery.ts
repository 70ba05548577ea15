/**
 * Page object: the start screen (templates, open, recent files, recovery question).
 */
import type { Locator, Page } from '@playwright/test';

export class GalleryArea {
  constructor(private readonly page: Page) {}

  /** Opens the app at the host's URL and waits for the template cards. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('heading', { name: 'Tạo kế hoạch mới từ mẫu' }).waitFor();
    await this.page.locator('.card').first().waitFor();
  }

  /** The template cards. */
  cards(): Locator {
    return this.page.locator('.card');
  }

  /** Creates a plan from the template with this id. */
  async newFromTemplate(templateId: string): Promise<void> {
    await this.page.locator(`.card[data-template="${templateId}"]`).click();
    await this.page.locator('.sheet').waitFor();
  }

  /** Opens a file from disk through the page's file input (the web host's upload). */
  async openFile(path: string): Promise<void> {
    await this.page.getByLabel('Chọn tệp để mở').setInputFiles(path);
    await this.page.locator('.sheet').waitFor();
  }

  recoveryQuestion(): Locator {
    return this.page.getByRole('alertdialog', { name: 'Khôi phục bản nháp chưa lưu?' });
  }

  async restoreFirst(): Promise<void> {
    await this.recoveryQuestion().getByRole('button', { name: 'Khôi phục' }).first().click();
    await this.page.locator('.sheet').waitFor();
  }

  recentFiles(): Locator {
    return this.page.getByRole('region', { name: 'Tệp mở gần đây' }).getByRole('button');
  }
}
