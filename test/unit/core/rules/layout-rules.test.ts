/**
 * layout.signer-alone and layout.heading-last-line judge the pages of the export (core/layout).
 */
import { describe, expect, it } from 'vitest';
import { layoutHeadingLastLine } from '../../../../core/rules/builtin/layout-heading-last-line';
import { layoutSignerAlone } from '../../../../core/rules/builtin/layout-signer-alone';
import type { PlanDocument } from '../../../../core/model/plan-document';
import { doc, h1, p } from '../../../helpers/doc-builders';

const ctx = { profile: null };
const SENTENCE = 'Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố căn cứ chức năng, nhiệm vụ được giao chủ động xây dựng kế hoạch, tổ chức triển khai thực hiện có hiệu quả. ';

/**
 * A plan whose closing is one paragraph longer than a page and ends low on its last page: nothing can keep it with
 * the signer block (the first length from 45 sentences on where the block no longer fits under it).
 */
function longClosing(): PlanDocument {
  for (let n = 45; n < 90; n += 1) {
    const plan = { ...doc(), closing: [p(SENTENCE.repeat(n))] };
    if (layoutSignerAlone.check(plan, ctx).length > 0) {
      return plan;
    }
  }
  throw new Error('no closing length leaves the signer block alone');
}

/** A plan with `n` headings in a row before any content: a chain longer than a page. */
function headingRun(n: number): PlanDocument {
  return doc(...Array.from({ length: n }, (_, i) => h1(`Mục số ${i + 1} của kế hoạch`)), h1('Mục cuối', p('Nội dung.')));
}

describe('layout.signer-alone', () => {
  it('is silent on an ordinary plan, whose last paragraph the export keeps with the signer block', () => {
    expect(layoutSignerAlone.check(doc(), ctx)).toEqual([]);
  });

  it('warns when the last paragraph is longer than a page, and names the page', () => {
    const found = layoutSignerAlone.check(longClosing(), ctx);
    expect(found.map((f) => ({ rule: f.rule, severity: f.severity, part: f.location.part, page: /trang \d+/u.test(f.message) }))).toEqual([
      { rule: 'layout.signer-alone', severity: 'warning', part: 'signature', page: true },
    ]);
  });

  it('leaves an imported .docx to the check by rendering', () => {
    const plan = longClosing();
    expect(layoutSignerAlone.check({ ...plan, meta: { ...plan.meta, origin: 'docx' } }, ctx)).toEqual([]);
  });
});

describe('layout.heading-last-line', () => {
  it('is silent on an ordinary plan (headings keep with their content)', () => {
    expect(layoutHeadingLastLine.check(doc(), ctx)).toEqual([]);
  });

  it('reports a heading that ends a page, at its block', () => {
    const plan = headingRun(40);
    const found = layoutHeadingLastLine.check(plan, ctx);
    const ids = new Set(plan.body.map((b) => b.id));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.location.blockId !== undefined && ids.has(f.location.blockId) && /^Đề mục ".+" là dòng cuối của trang \d+/u.test(f.message))).toBe(true);
  });
});
