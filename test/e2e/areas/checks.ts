/**
 * Page object: the checks panel (findings grouped by part, quick fixes) and the outline.
 */
import type { Locator, Page } from '@playwright/test';

export class ChecksArea {
  constructor(private readonly page: Page) {}

  panel(): Locator {
    return this.page.getByRole('region', { name: 'Kiểm tra thể thức' });
  }

  /** Findings of a rule (by its id). */
  finding(rule: string): Locator {
    return this.panel().locator(`li.finding[data-rule="${rule}"]`);
  }

  findings(): Locator {
    return this.panel().locator('li.finding');
  }

  counts(): Locator {
    return this.panel().locator('.checks__counts');
  }

  /** The rule ids in the panel, in order. */
  async rules(): Promise<string[]> {
    return this.findings().evaluateAll((els) => els.map((el) => el.getAttribute('data-rule') ?? ''));
  }

  /** Clicks the quick-fix button of the first finding of a rule. */
  async applyFix(rule: string): Promise<void> {
    await this.finding(rule).first().locator('.finding__fix').click();
  }

  outline(): Locator {
    return this.page.getByRole('navigation', { name: 'Dàn ý' });
  }
}
