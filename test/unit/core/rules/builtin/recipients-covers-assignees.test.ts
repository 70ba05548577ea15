import { describe, expect, it } from 'vitest';
import { recipientsCoversAssignees } from '../../../../../core/rules/builtin/recipients-covers-assignees';
import { doc, goldenBody, h1, h2, li, n2 } from '../../../../helpers/doc-builders';
import { briefs, run } from '../../../../helpers/rules-check';

describe('recipients.covers-assignees', () => {
  it('stays silent when assignees are named or covered by a group', () => {
    const body = goldenBody();
    body[3] = h1('TỔ CHỨC THỰC HIỆN', h2('Sở Ngoại vụ', li('…')), n2('Công an tỉnh: Chủ trì đấu tranh, ngăn chặn sản phẩm văn hóa độc hại.'), n2('Chế độ thông tin báo cáo: Hằng năm, các sở báo cáo trước ngày 15/11.'));
    expect([...briefs(recipientsCoversAssignees, doc()), ...briefs(recipientsCoversAssignees, doc(...body))]).toEqual([]);
  });

  it('hints at an assignee missing from Nơi nhận and offers to add it before "Lưu"', () => {
    const body = goldenBody();
    const task = h2('Liên hiệp các Tổ chức hữu nghị tỉnh', li('Phối hợp tổ chức các hoạt động.'));
    body[3] = h1('TỔ CHỨC THỰC HIỆN', task);
    const plan = doc(...body);
    const [f] = run(recipientsCoversAssignees, plan);
    const items = f?.fix?.edit.kind === 'set-recipients' ? f.fix.edit.items.map((i) => i.text).slice(-2) : [];
    expect({ brief: briefs(recipientsCoversAssignees, plan)[0]?.location, severity: f?.severity, items }).toEqual({
      brief: { part: 'body', blockId: task.id, path: 'IV.1' },
      severity: 'info',
      items: ['Liên hiệp các Tổ chức hữu nghị tỉnh', 'Lưu: VT, KGVX'],
    });
  });
});
