import { describe, expect, it } from 'vitest';
import { structureNumbering } from '../../../../../core/rules/builtin/structure-numbering';
import { asImported, doc, h1, h2, h3, labelled, n2, p } from '../../../../helpers/doc-builders';
import { briefs, run } from '../../../../helpers/rules-check';

describe('structure.numbering', () => {
  it('stays silent on computed numbering and on correct labels as written, đ included', () => {
    const points = ['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)'].map((l) => labelled(l, h3(`Điểm ${l}`)));
    const plan = doc(labelled('I.', h1('NỘI DUNG', labelled('1.', h2('Nhiệm vụ', ...points)))));
    expect([...briefs(structureNumbering, doc()), ...briefs(structureNumbering, asImported(doc())), ...briefs(structureNumbering, plan)]).toEqual([]);
  });

  it('names a repeated item: "9." twice in section V', () => {
    const items = ['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.', '9.', '10.'].map((l) => labelled(l, h2(`Việc ${l}`, p('…'))));
    const second = items[9];
    const plan = doc(...['I.', 'II.', 'III.', 'IV.'].map((l) => labelled(l, h1(`MỤC ${l}`, p('…')))), labelled('V.', h1('TỔ CHỨC THỰC HIỆN', ...items)));
    expect(briefs(structureNumbering, plan)).toEqual([
      { severity: 'error', location: { part: 'body', blockId: second?.id, path: 'V.9' }, message: '"9." xuất hiện hai lần trong mục V — đánh số lại cho liên tục.', fixed: true },
    ]);
  });

  it('names the missing points of a gap: after "c)" comes "e)", "d)" and "đ)" are missing', () => {
    const points = ['a)', 'b)', 'c)', 'e)'].map((l) => labelled(l, h3(`Điểm ${l}`)));
    const plan = doc(labelled('I.', h1('NỘI DUNG', labelled('1.', h2('Nhiệm vụ', ...points)))));
    expect(run(structureNumbering, plan).map((f) => [f.location.path, f.message])).toEqual([
      ['I.1.e', 'Sau "c)" là "e)" trong mục I.1: thiếu "d)" và "đ)" — đánh số lại cho liên tục.'],
    ]);
  });

  it('flags Roman sections that start at "II." and offers to renumber', () => {
    const plan = doc(labelled('II.', h1('NỘI DUNG', p('…'))), labelled('III.', h1('TỔ CHỨC THỰC HIỆN', p('…'))));
    const [f] = run(structureNumbering, plan);
    expect({ severity: f?.severity, path: f?.location.path, edit: f?.fix?.edit }).toEqual({ severity: 'error', path: 'II', edit: { kind: 'renumber' } });
  });

  it('numbers the khoản of a Quyết định afresh in each "Điều N."', () => {
    const item = (label: string) => labelled(label, n2('Nội dung khoản.'));
    const decision = (second: string) => ({ ...doc(p('Điều 1. Thành lập Ban Chỉ đạo gồm:'), item('1.'), item('2.'), p('Điều 2. Nhiệm vụ:'), item(second), item('2.')), kind: 'quyet-dinh' as const });
    expect({ right: briefs(structureNumbering, decision('1.')), wrong: briefs(structureNumbering, decision('3.')).map((b) => b.message.slice(0, 40)) }).toEqual({
      right: [],
      wrong: ['Số thứ tự ở cấp ngoài cùng của phần nội dung bắt đầu bằng "3." — phải bắt đầu từ "1."'.slice(0, 40), 'Sau "3." là "2." ở cấp ngoài cùng của ph'],
    });
  });

  it('restarts the khoản also after a "Điều N." paragraph read as part of the last khoản before it', () => {
    const item = (label: string, ...children: Parameters<typeof n2>[1][]) => labelled(label, n2('Nội dung khoản.', ...children));
    const plan = { ...doc(p('Điều 1. Thành lập Ban Chỉ đạo:'), item('1.'), item('2.', p('Thành viên.'), p('Điều 2. Nhiệm vụ của Ban Chỉ đạo:')), item('1.'), item('2.')), kind: 'quyet-dinh' as const };
    expect(briefs(structureNumbering, plan)).toEqual([]);
  });

  it('judges a báo cáo whose top-level divisions are numbered "1.", "2." (read at section level) in that style', () => {
    const report = (labels: readonly string[]) => ({ ...doc(...labels.map((l) => labelled(l, h1(`PHẦN ${l}`, p('…'))))), kind: 'bao-cao' as const });
    expect({
      right: briefs(structureNumbering, report(['1.', '2.', '3.'])),
      gap: run(structureNumbering, report(['1.', '2.', '4.'])).map((f) => f.message),
    }).toEqual({ right: [], gap: ['Sau "2." là "4." ở cấp ngoài cùng của phần nội dung: thiếu "3." — đánh số lại cho liên tục.'] });
  });
});
