/**
 * Page object: the A4 sheet edited in place (letterhead, date picker, signer block, Nơi nhận).
 */
import type { Locator, Page } from '@playwright/test';
import { typeWithIme } from './ime';

export class SheetArea {
  constructor(private readonly page: Page) {}

  root(): Locator {
    return this.page.getByRole('article', { name: 'Trang văn bản' }).first();
  }

  /** Clicks a piece of the page (aria-label "Sửa …"), types the value and commits it. */
  async editField(label: string, value: string): Promise<void> {
    await this.root().getByRole('button', { name: `Sửa ${label.toLowerCase()}`, exact: true }).click();
    const field = this.root().getByLabel(label, { exact: true });
    await field.fill(value);
    await field.blur();
  }

  /** As editField, but the value is typed through IME composition over the field's old text. */
  async typeField(label: string, value: string): Promise<void> {
    await this.root().getByRole('button', { name: `Sửa ${label.toLowerCase()}`, exact: true }).click();
    const field = this.root().getByLabel(label, { exact: true });
    await field.press('Control+a');
    await field.press('Delete');
    await typeWithIme(this.page, value);
    await field.blur();
  }

  field(name: string): Locator {
    return this.root().locator(`[data-field="${name}"]`).first();
  }

  /** Picks a date in the date popover ("YYYY-MM-DD"). */
  async pickDate(iso: string): Promise<void> {
    await this.root().getByRole('button', { name: 'Chọn ngày ban hành' }).click();
    await this.page.getByLabel('Ngày ban hành', { exact: true }).fill(iso);
    await this.page.getByRole('dialog', { name: 'Chọn ngày ban hành' }).getByRole('button', { name: 'Xong' }).click();
  }

  dateLine(): Locator {
    return this.root().locator('.letterhead__date');
  }

  /** Fills the signer form. */
  async fillSigner(values: { preset?: string; signerTitle?: string; name?: string }): Promise<void> {
    await this.root().getByRole('button', { name: 'Sửa khối chữ ký' }).click();
    const form = this.page.getByRole('group', { name: 'Thẩm quyền ký và người ký' });
    if (values.preset) {
      await form.getByLabel('Mẫu khối chữ ký').selectOption({ label: values.preset });
    }
    if (values.signerTitle !== undefined) {
      await form.getByLabel('Chức vụ người ký').fill(values.signerTitle);
    }
    if (values.name !== undefined) {
      await form.getByLabel('Họ và tên người ký').fill(values.name);
    }
    await form.getByRole('button', { name: 'Xong' }).click();
  }

  /** Picks a signer preset and types the signer's name through IME composition. */
  async typeSigner(values: { preset: string; name: string }): Promise<void> {
    await this.root().getByRole('button', { name: 'Sửa khối chữ ký' }).click();
    const form = this.page.getByRole('group', { name: 'Thẩm quyền ký và người ký' });
    await form.getByLabel('Mẫu khối chữ ký').selectOption({ label: values.preset });
    const name = form.getByLabel('Họ và tên người ký');
    await name.click();
    await name.press('Control+a');
    await name.press('Delete');
    await typeWithIme(this.page, values.name);
    await form.getByRole('button', { name: 'Xong' }).click();
  }

  signer(): Locator {
    return this.root().locator('.signer');
  }

  /** Replaces the Nơi nhận list (one entry per line). */
  async fillRecipients(lines: readonly string[]): Promise<void> {
    await this.root().getByRole('button', { name: 'Sửa nơi nhận' }).click();
    const box = this.root().getByLabel('Nơi nhận', { exact: true });
    await box.fill(lines.join('\n'));
    await box.blur();
  }

  recipients(): Locator {
    return this.root().locator('.recipients__list li');
  }
}
