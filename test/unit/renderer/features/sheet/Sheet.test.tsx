// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paragraph } from '../../../../../core/model/builders';
import { Sheet } from '../../../../../renderer/features/sheet/Sheet';
import { samplePlan } from '../../../../helpers/ui-plans';

const handlers = { onHeader: vi.fn(), onOpening: vi.fn(), onSignature: vi.fn(), onRecipients: vi.fn() };

afterEach(cleanup);

describe('Sheet', () => {
  it('sets căn cứ lines in italic and "Thực hiện …" upright, as the exported .docx does, when editing and when read-only', async () => {
    const doc = { ...samplePlan(), opening: [paragraph('Căn cứ Luật Tổ chức chính quyền địa phương;', { id: 'o1' }), paragraph('Thực hiện Chỉ thị số 25/CT-TTg, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:', { id: 'o2' })] };
    const shapes: boolean[][] = [];
    for (const readOnly of [false, true]) {
      const view = render(<Sheet doc={doc} readOnly={readOnly} body={null} {...handlers} />);
      const lines = [...view.container.querySelectorAll('.opening__line, .opening .body-p')];
      shapes.push(lines.map((el) => el.classList.contains('opening--basis')));
      cleanup();
    }
    expect(shapes).toEqual([
      [true, false],
      [true, false],
    ]);
  });
});
