import { describe, expect, it } from 'vitest';
import { structureSubsection } from '../../../../../core/rules/builtin/structure-subsection';
import { doc, goldenBody, h1, h2, li } from '../../../../helpers/doc-builders';
import { briefs } from '../../../../helpers/rules-check';

describe('structure.subsection', () => {
  it('stays silent when "1. Mục đích" and "2. Yêu cầu" are there', () => {
    expect(briefs(structureSubsection, doc())).toEqual([]);
  });

  it('warns when "Yêu cầu" is missing under "MỤC ĐÍCH, YÊU CẦU"', () => {
    const purpose = h1('MỤC ĐÍCH, YÊU CẦU', h2('Mục đích', li('Nâng cao nhận thức.')));
    const body = goldenBody();
    body[0] = purpose;
    expect(briefs(structureSubsection, doc(...body))).toEqual([
      { severity: 'warning', location: { part: 'body', blockId: purpose.id, path: 'I' }, message: expect.stringContaining('thiếu khoản "Yêu cầu"'), fixed: false },
    ]);
  });

  it('says which profile section an otherwise-worded heading was taken for', () => {
    const purpose = h1('MỤC TIÊU, YÊU CẦU CHỦ YẾU', h2('Mục đích', li('Nâng cao nhận thức.')));
    const body = goldenBody();
    body[0] = purpose;
    expect(briefs(structureSubsection, doc(...body)).map((b) => b.message.split(' thiếu')[0])).toEqual(['Mục I "MỤC TIÊU, YÊU CẦU CHỦ YẾU" (được hiểu là mục "MỤC ĐÍCH, YÊU CẦU")']);
  });
});
