/**
 * Page object: the Hồ sơ cơ quan dialog.
 */
import type { Page } from '@playwright/test';

export type ProfileValues = {
  readonly agency?: string;
  readonly agencyCode?: string;
  readonly place?: string;
  readonly signers?: string;
  readonly recipients?: string;
  readonly archiveCode?: string;
};

const LABELS: Readonly<Record<keyof ProfileValues, string>> = {
  agency: 'Cơ quan ban hành (mỗi dòng một dòng in)',
  agencyCode: 'Chữ viết tắt cơ quan trong ký hiệu (ví dụ UBND)',
  place: 'Địa danh',
  signers: 'Người ký (mỗi dòng: Họ và tên | CHỨC VỤ)',
  recipients: 'Nơi nhận thường dùng (mỗi dòng một nơi)',
  archiveCode: 'Đơn vị soạn thảo trên dòng "Lưu: VT, …"',
};

export class SettingsArea {
  constructor(private readonly page: Page) {}

  /** Opens the dialog (start screen or top bar), fills the given fields and saves. */
  async fill(values: ProfileValues): Promise<void> {
    await this.page.getByRole('button', { name: 'Hồ sơ cơ quan' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Hồ sơ cơ quan' });
    for (const [key, value] of Object.entries(values) as [keyof ProfileValues, string][]) {
      await dialog.getByLabel(LABELS[key], { exact: true }).fill(value);
    }
    await dialog.getByRole('button', { name: 'Lưu hồ sơ' }).click();
    await this.page.getByRole('status').filter({ hasText: 'Đã lưu hồ sơ cơ quan' }).waitFor();
  }
}
