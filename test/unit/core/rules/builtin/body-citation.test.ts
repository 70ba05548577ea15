import { describe, expect, it } from 'vitest';
import { bodyCitation } from '../../../../../core/rules/builtin/body-citation';
import { doc, h1, h2, p } from '../../../../helpers/doc-builders';
import { briefs } from '../../../../helpers/rules-check';

describe('body.citation', () => {
  it('stays silent when the first mention is complete and later ones are short', () => {
    const plan = doc(h1('NỘI DUNG', h2('Tuyên truyền', p('Quán triệt Chỉ thị số 25/CT-TTg đến cán bộ.'))));
    expect(briefs(bodyCitation, plan)).toEqual([]);
  });

  it('accepts the issuer named before the citation ("đề xuất của Sở Ngoại vụ tại Công văn số …")', () => {
    const plan = { ...doc(), opening: [p('Trên cơ sở đề xuất của Sở Ngoại vụ tại Công văn số 87/SNgV-LSLTBC ngày 02/02/2018, Chủ tịch UBND tỉnh ban hành Kế hoạch như sau:')] };
    expect(briefs(bodyCitation, plan)).toEqual([]);
  });

  it('hints once when a first mention lacks its date', () => {
    const item = p('Thực hiện Nghị quyết số 33-NQ/TW về xây dựng văn hóa; tiếp tục thực hiện Nghị quyết số 33-NQ/TW.');
    const plan = doc(h1('NỘI DUNG', h2('Tuyên truyền', item)));
    expect(briefs(bodyCitation, plan)).toEqual([
      { severity: 'info', location: { part: 'body', blockId: item.id, path: 'I.1' }, message: expect.stringContaining('"Nghị quyết số 33-NQ/TW" chưa ghi ngày ban hành và cơ quan ban hành'), fixed: false },
    ]);
  });
});
