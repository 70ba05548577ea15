// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckResult } from '../../../../../core/rules/index';
import { ChecksPanel } from '../../../../../renderer/features/checks/index';
import { finding } from '../../../../helpers/ui-plans';

const archive = finding({
  severity: 'error',
  rule: 'recipients.archive',
  message: 'Nơi nhận thiếu dòng lưu văn bản.',
  basis: 'NĐ 30/2020, PL I, Phần I, Mục II, khoản 9',
  location: { part: 'recipients', index: 2 },
  fix: { title: 'Thêm "- Lưu: VT"', edit: { kind: 'set-recipients', items: [{ text: 'Lưu: VT', depth: 0 }] } },
});
const result: CheckResult = {
  findings: [archive, finding({ severity: 'info', rule: 'header.number', message: 'Số còn để trống.', location: { part: 'header', field: 'number', line: 3 } })],
  profile: null,
  profileChoice: 'none',
  profileNote: 'Không có mẫu phù hợp: chỉ kiểm tra thể thức chung.',
  notEvaluated: [{ group: 'format', reason: 'Tệp văn bản thuần không có định dạng.' }],
};

afterEach(cleanup);

describe('ChecksPanel', () => {
  it('groups findings by part in page order with counts, basis, line and the not-evaluated note', async () => {
    const view = render(<ChecksPanel result={result} onFix={vi.fn()} onReveal={vi.fn()} />);
    const groups = [...view.container.querySelectorAll('.checks__group h3')].map((h) => h.textContent);
    expect({
      counts: view.container.querySelector('.checks__counts')?.textContent,
      profile: view.container.querySelector('.checks__profile')?.textContent,
      groups,
      basis: [...view.container.querySelectorAll('.finding__basis')].map((b) => b.textContent),
      note: view.container.querySelector('.checks__not-evaluated')?.textContent,
    }).toEqual({
      counts: '1 lỗi · 0 cảnh báo · 1 gợi ý',
      profile: 'Không có mẫu phù hợp: chỉ kiểm tra thể thức chung.',
      groups: ['Phần đầu văn bản (thể thức) (1)', 'Nơi nhận (1)'],
      basis: ['Căn cứ: NĐ 30/2020 · dòng 3', 'Căn cứ: NĐ 30/2020, PL I, Phần I, Mục II, khoản 9'],
      note: 'Chưa đánh giá: Tệp văn bản thuần không có định dạng.',
    });
  });

  it('applies a quick fix and reveals the place when a finding is clicked', async () => {
    const onFix = vi.fn();
    const onReveal = vi.fn();
    const user = userEvent.setup();
    const view = render(<ChecksPanel result={result} onFix={onFix} onReveal={onReveal} />);
    await user.click(view.getByRole('button', { name: 'Thêm "- Lưu: VT"' }));
    await user.click(view.container.querySelector('[data-rule="header.number"] .finding__main') as Element);
    expect({ fixed: onFix.mock.calls.map((c) => (c[0] as typeof archive).rule), revealed: onReveal.mock.calls.map((c) => (c[0] as typeof archive).rule) }).toEqual({
      fixed: ['recipients.archive'],
      revealed: ['header.number'],
    });
  });

  it('shows no fix buttons in reviewer mode', async () => {
    const view = render(<ChecksPanel result={result} onFix={null} onReveal={vi.fn()} />);
    expect(view.container.querySelectorAll('.finding__fix')).toHaveLength(0);
  });

  it('names the paragraph a finding is about: its own text, else the reviewed file’s text on its line, in first words', () => {
    const named: CheckResult = {
      ...result,
      findings: [
        finding({ severity: 'warning', rule: 'format.font-size', message: 'Cỡ chữ 12.', location: { part: 'body', line: 14, text: 'Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 26 tháng 8 năm 2024;' } }),
        finding({ severity: 'info', rule: 'header.place-date', message: 'Ngày còn để trống.', location: { part: 'header', field: 'date', line: 9 } }),
        finding({ severity: 'info', rule: 'header.number', message: 'Số còn để trống.', location: { part: 'header', field: 'number', line: 3 } }),
      ],
    };
    const lines = new Map([[9, '   Lào Cai,  ngày       tháng 5 năm 2026']]);
    const view = render(<ChecksPanel result={named} onFix={null} onReveal={vi.fn()} paragraphAt={(line) => lines.get(line) ?? null} />);
    const where = (rule: string): string | null => view.container.querySelector(`li[data-rule="${rule}"] .finding__where`)?.textContent ?? null;
    expect([where('format.font-size'), where('header.place-date'), where('header.number')]).toEqual([
      ' · đoạn “Căn cứ Luật Quản lý, sử dụng vũ…”',
      ' · đoạn “Lào Cai, ngày tháng 5 năm 2026”',
      null,
    ]);
  });
});
