import { describe, expect, it } from 'vitest';
import { structureRequiredSection } from '../../../../../core/rules/builtin/structure-required-section';
import { asImported, doc, goldenBody, h1, h2, labelled, p } from '../../../../helpers/doc-builders';
import { briefs, run } from '../../../../helpers/rules-check';

describe('structure.required-section', () => {
  it('stays silent when every section is there, under its variant wording', () => {
    const [purpose, , funding, organise] = goldenBody();
    const plan = doc(
      { ...(purpose as ReturnType<typeof h1>), runs: [{ text: 'MỤC ĐÍCH - YÊU CẦU' }] },
      h1('NỘI DUNG, BIỆN PHÁP THỰC HIỆN', h2('Tuyên truyền', p('Cơ quan chủ trì: Sở Ngoại vụ.'))),
      funding as ReturnType<typeof h1>,
      organise as ReturnType<typeof h1>,
    );
    expect([...briefs(structureRequiredSection, plan), ...briefs(structureRequiredSection, asImported(doc()))]).toEqual([]);
  });

  it('matches "NHIỆM VỤ, GIẢI PHÁP" to Nội dung', () => {
    const body = goldenBody();
    body[1] = h1('NHIỆM VỤ, GIẢI PHÁP', h2('Tuyên truyền', p('Cơ quan chủ trì: Sở Ngoại vụ.')));
    expect(briefs(structureRequiredSection, doc(...body))).toEqual([]);
  });

  it('reports a missing required section as an error with an add-section fix after its predecessor', () => {
    const body = goldenBody();
    const plan = doc(body[0] as ReturnType<typeof h1>, body[2] as ReturnType<typeof h1>, body[3] as ReturnType<typeof h1>);
    const [f] = run(structureRequiredSection, plan);
    expect({ severity: f?.severity, edit: f?.fix?.edit }).toEqual({
      severity: 'error',
      edit: { kind: 'add-section', sectionKey: 'noi-dung', heading: 'NỘI DUNG', afterId: body[0]?.id },
    });
  });

  it('reports a missing recommended section as a warning and says where its content is', () => {
    const body = goldenBody();
    const organise = labelled('III.', h1('TỔ CHỨC THỰC HIỆN', labelled('1.', h2('Sở Ngoại vụ:', p('Theo dõi, báo cáo định kỳ.'))), labelled('2.', h2('Kinh phí:', p('Căn cứ dự toán được giao.')))));
    const plan = doc(labelled('I.', body[0] as ReturnType<typeof h1>), labelled('II.', body[1] as ReturnType<typeof h1>), organise);
    expect(briefs(structureRequiredSection, plan)).toEqual([
      { severity: 'warning', location: { part: 'body' }, message: expect.stringContaining('Nội dung này đang nằm ở khoản III.2'), fixed: true },
    ]);
  });

  it('stays silent without a profile', () => {
    expect(briefs(structureRequiredSection, doc(h1('NỘI DUNG', p('…'))), null)).toEqual([]);
  });

  it('makes a missing required section only a warning on an imported document (the decree sets no section list)', () => {
    const body = goldenBody();
    const plan = asImported(doc(body[0] as ReturnType<typeof h1>, body[2] as ReturnType<typeof h1>, body[3] as ReturnType<typeof h1>));
    expect(briefs(structureRequiredSection, plan).map((b) => [b.severity, b.message.split(':')[0]])).toEqual([['warning', 'Thiếu mục "NỘI DUNG" (hoặc tên tương đương như "NỘI DUNG THỰC HIỆN")']]);
  });

  it('takes headings by the words that carry their meaning, and says which section a heading was taken for', () => {
    const body = goldenBody();
    const withMeaning = (heading: string) => doc(body[0] as ReturnType<typeof h1>, h1(heading, h2('Tuyên truyền', p('Cơ quan chủ trì: Sở Ngoại vụ.'))), body[2] as ReturnType<typeof h1>, body[3] as ReturnType<typeof h1>);
    const found = ['GIẢI PHÁP CHỦ YẾU', 'NHIỆM VỤ VÀ GIẢI PHÁP', 'CÁC NHIỆM VỤ TRỌNG TÂM', 'NỘI DUNG THỰC HIỆN'].map((h) => briefs(structureRequiredSection, withMeaning(h)));
    const missingPurpose = doc(h1('GIẢI PHÁP CHỦ YẾU', p('…')), body[2] as ReturnType<typeof h1>, body[3] as ReturnType<typeof h1>);
    expect({ found, note: briefs(structureRequiredSection, missingPurpose)[0]?.message.split('Các đề mục đã đối chiếu: ')[1] }).toEqual({
      found: [[], [], [], []],
      note: 'I "GIẢI PHÁP CHỦ YẾU" được hiểu là mục "NỘI DUNG".',
    });
  });
});
