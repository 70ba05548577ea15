import { describe, expect, it } from 'vitest';
import { contentFundingSource } from '../../../../../core/rules/builtin/content-funding-source';
import { doc, goldenBody, h1, p } from '../../../../helpers/doc-builders';
import { briefs } from '../../../../helpers/rules-check';

describe('content.funding-source', () => {
  it('stays silent when Kinh phí names the state budget', () => {
    expect(briefs(contentFundingSource, doc())).toEqual([]);
  });

  it('warns when Kinh phí does not say where the money comes from', () => {
    const body = goldenBody();
    const funding = h1('KINH PHÍ THỰC HIỆN', p('Các cơ quan, đơn vị bảo đảm kinh phí để thực hiện.'));
    body[2] = funding;
    expect(briefs(contentFundingSource, doc(...body))).toEqual([
      { severity: 'warning', location: { part: 'body', blockId: funding.id, path: 'III' }, message: expect.stringContaining('chưa nêu nguồn kinh phí'), fixed: false },
    ]);
  });
});
