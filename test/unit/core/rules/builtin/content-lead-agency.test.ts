import { describe, expect, it } from 'vitest';
import { contentLeadAgency } from '../../../../../core/rules/builtin/content-lead-agency';
import { doc, goldenBody, h1, h2, li, p } from '../../../../helpers/doc-builders';
import { briefs } from '../../../../helpers/rules-check';

type Section = ReturnType<typeof h1>;

describe('content.lead-agency', () => {
  it('stays silent when each task names its lead, "Cơ quan thực hiện" included', () => {
    const body = goldenBody() as Section[];
    body[1] = h1('NỘI DUNG', h2('Tuyên truyền', p('…'), li('Cơ quan thực hiện: Sở Ngoại vụ.')), h2('Đào tạo', p('Sở Nội vụ chủ trì tổ chức lớp tập huấn.')));
    expect([...briefs(contentLeadAgency, doc()), ...briefs(contentLeadAgency, doc(...body))]).toEqual([]);
  });

  it('warns on the one task that names no lead', () => {
    const body = goldenBody() as Section[];
    const bare = h2('Quảng bá hình ảnh', p('Tổ chức các sự kiện quảng bá.'));
    body[1] = h1('NỘI DUNG', h2('Tuyên truyền', p('…'), li('Cơ quan chủ trì: Sở Ngoại vụ.')), bare);
    expect(briefs(contentLeadAgency, doc(...body))).toEqual([
      { severity: 'warning', location: { part: 'body', blockId: bare.id, path: 'II.2' }, message: expect.stringContaining('chưa nêu cơ quan chủ trì'), fixed: false },
    ]);
  });

  it('stays silent when no task names a lead but Tổ chức thực hiện assigns them body by body', () => {
    const body = goldenBody() as Section[];
    body[1] = h1('NỘI DUNG', h2('Tuyên truyền', p('…')), h2('Quảng bá', p('…')));
    expect(briefs(contentLeadAgency, doc(...body))).toEqual([]);
  });

  it('warns once for the section when no task names a lead and nobody is assigned elsewhere', () => {
    const body = goldenBody() as Section[];
    const content = h1('NỘI DUNG', h2('Tuyên truyền', p('…')), h2('Quảng bá', p('…')));
    body[1] = content;
    body[3] = h1('TỔ CHỨC THỰC HIỆN', p('Các cơ quan triển khai thực hiện; định kỳ báo cáo trước ngày 15/11.'));
    expect(briefs(contentLeadAgency, doc(...body)).map((b) => b.location.blockId)).toEqual([content.id]);
  });
});

describe('content.lead-agency with the body named as the subject', () => {
  it('accepts "Sở Nội vụ tổ chức …" but not "Các sở, ngành phối hợp …"', () => {
    const body = goldenBody() as Section[];
    const group = h2('Các sở, ngành phối hợp cập nhật dữ liệu chuyên ngành.');
    body[1] = h1('NỘI DUNG', h2('Sở Nội vụ tổ chức lớp tập huấn cho cán bộ.'), group);
    expect(briefs(contentLeadAgency, doc(...body)).map((b) => b.location.blockId)).toEqual([group.id]);
  });
});
