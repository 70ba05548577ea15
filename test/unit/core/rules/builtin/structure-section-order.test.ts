import { describe, expect, it } from 'vitest';
import { structureSectionOrder } from '../../../../../core/rules/builtin/structure-section-order';
import { doc, goldenBody, type h1 } from '../../../../helpers/doc-builders';
import { briefs } from '../../../../helpers/rules-check';

type Section = ReturnType<typeof h1>;

describe('structure.section-order', () => {
  it('stays silent when sections follow the profile order', () => {
    expect(briefs(structureSectionOrder, doc())).toEqual([]);
  });

  it('warns at the section that comes too late', () => {
    const [a, b, c, d] = goldenBody() as Section[];
    const plan = doc(a as Section, b as Section, d as Section, c as Section);
    expect(briefs(structureSectionOrder, plan)).toEqual([
      { severity: 'warning', location: { part: 'body', blockId: c?.id, path: 'IV' }, message: expect.stringContaining('mục "KINH PHÍ" đứng trước mục "TỔ CHỨC THỰC HIỆN"'), fixed: false },
    ]);
  });
});
