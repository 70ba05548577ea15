// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendix, paragraph, table } from '../../../../../core/model/builders';
import { AppendixSheet, BodyView } from '../../../../../renderer/features/sheet';
import { titleLines } from '../../../../../renderer/features/sheet/AppendixSheet';
import { samplePlan } from '../../../../helpers/ui-plans';

afterEach(cleanup);

describe('AppendixSheet', () => {
  const appendices = [
    appendix({ id: 'a1', title: 'DANH MỤC VĂN BẢN', blocks: [paragraph('Văn bản 1')] }),
    appendix({ id: 'a2', title: 'PHÂN CÔNG NHIỆM VỤ', orientation: 'landscape', blocks: [table([['STT', 'Nhiệm vụ'], ['1', 'Hội nghị']], { id: 't1', columnWidths: [1, 3] })] }),
  ];

  it('draws the label, title and the Kèm theo line from the header, on a landscape sheet when set, with its table', async () => {
    const doc = samplePlan();
    const lines: string[][] = [];
    for (const number of ['', '125']) {
      const header = { ...doc.header, number };
      const view = render(
        <AppendixSheet appendices={appendices} index={1} header={header} readOnly preview body={<BodyView blocks={appendices[1]?.blocks ?? []} endsWithMark={false} showPlaceholders={false} />} />,
      );
      const article = view.container.querySelector('article');
      lines.push([
        article?.className ?? '',
        ...[...view.container.querySelectorAll('.appendix__head > *')].map((el) => el.textContent ?? ''),
        [...view.container.querySelectorAll('th')].map((th) => th.textContent).join('|'),
        [...view.container.querySelectorAll('col')].map((c) => (c as HTMLElement).style.width).join(' '),
        String(view.container.querySelectorAll('.appendix__bar').length),
      ]);
      cleanup();
      }
    expect(lines).toEqual([
      ['appendix-sheet appendix-sheet--landscape appendix-sheet--preview', 'Phụ lục II', 'PHÂN CÔNG NHIỆM VỤ', '(Kèm theo Kế hoạch số     /KH-UBND ngày 05 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh Bắc Giang)', 'STT|Nhiệm vụ', '25.00% 75.00%', '0'],
      ['appendix-sheet appendix-sheet--landscape appendix-sheet--preview', 'Phụ lục II', 'PHÂN CÔNG NHIỆM VỤ', '(Kèm theo Kế hoạch số 125/KH-UBND ngày 05 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh Bắc Giang)', 'STT|Nhiệm vụ', '25.00% 75.00%', '0'],
    ]);
  });

  it('offers orientation and delete above an editable sheet; delete asks first', async () => {
    const onDelete = vi.fn();
    const onOrientation = vi.fn();
    const user = userEvent.setup();
    render(<AppendixSheet appendices={appendices} index={0} header={samplePlan().header} readOnly={false} body={null} onDelete={onDelete} onOrientation={onOrientation} />);
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    vi.stubGlobal('confirm', confirm);
    const button = screen.getByRole('button', { name: 'Xóa phụ lục' });
    await user.click(button);
    await user.click(button);
    expect({ asked: confirm.mock.calls.map((c) => c[0]), deleted: onDelete.mock.calls }).toEqual({
      asked: ['Xóa Phụ lục I “DANH MỤC VĂN BẢN”? Toàn bộ nội dung của phụ lục này sẽ bị xóa.', 'Xóa Phụ lục I “DANH MỤC VĂN BẢN”? Toàn bộ nội dung của phụ lục này sẽ bị xóa.'],
      deleted: [['a1']],
    });
    expect(screen.getByLabelText('Hướng trang Phụ lục I')).toBeTruthy();
    vi.unstubAllGlobals();
  });

  it('sets a typed title in capitals, line by line, a bracketed note keeping its case', () => {
    expect(titleLines(' Danh mục nhiệm vụ \n\n(kèm theo danh sách đơn vị)\nnăm 2026')).toBe('DANH MỤC NHIỆM VỤ\n(kèm theo danh sách đơn vị)\nNĂM 2026');
  });
});
